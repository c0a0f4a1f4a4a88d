import { FieldMessages, useDescription } from './Field';
import styles from './CheckboxGroup.module.css';

interface CheckboxGroupProps<T extends string> {
  /** The first box's id, so an error summary can link to the group. */
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: readonly { value: T; label: string }[];
  values: readonly T[];
  onChange: (values: T[]) => void;
}

/** Several independent choices under one question, with the question's hint and error announced. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  hint,
  error,
  options,
  values,
  onChange,
}: CheckboxGroupProps<T>) {
  const { hintId, errorId, describedBy } = useDescription(hint, error);
  return (
    <fieldset className={styles.group} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} classNames={styles} />
      <div className={styles.options}>
        {options.map((option, index) => (
          <label key={option.value} className={styles.option}>
            <input
              id={index === 0 ? id : undefined}
              type="checkbox"
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => {
                onChange(
                  event.target.checked
                    ? options.map((o) => o.value).filter((value) => value === option.value || values.includes(value))
                    : values.filter((value) => value !== option.value),
                );
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

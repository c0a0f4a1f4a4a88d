import styles from './RadioGroup.module.css';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
}

interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}

/** A small set of mutually exclusive choices, shown side by side where they fit (a segmented switch). */
export function RadioGroup<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  className,
}: RadioGroupProps<T>) {
  return (
    <fieldset className={[styles.group, className ?? ''].filter(Boolean).join(' ')}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option.value} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

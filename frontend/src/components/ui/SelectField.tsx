import type { ComponentProps, ReactNode } from 'react';
import { Field } from './Field';
import styles from './Field.module.css';

interface SelectFieldProps extends Omit<ComponentProps<'select'>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}

/** A labelled native select: the platform's picker is the most usable one on a phone. */
export function SelectField({ id, label, hint, error, className, children, ...selectProps }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...selectProps} {...control} className={`${styles.input} ${styles.select}`}>
          {children}
        </select>
      )}
    </Field>
  );
}

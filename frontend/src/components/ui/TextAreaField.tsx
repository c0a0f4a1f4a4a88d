import type { ComponentProps, ReactNode } from 'react';
import { Field } from './Field';
import styles from './Field.module.css';

interface TextAreaFieldProps extends Omit<ComponentProps<'textarea'>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

export function TextAreaField({ id, label, hint, error, className, rows = 4, ...areaProps }: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea {...areaProps} {...control} rows={rows} className={`${styles.input} ${styles.textarea}`} />
      )}
    </Field>
  );
}

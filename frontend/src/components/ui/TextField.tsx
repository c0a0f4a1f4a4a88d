import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from './Field';
import styles from './Field.module.css';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Reaches the input (react-hook-form's register focuses the first invalid field through it). */
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are part of its accessible description (see Field). */
export function TextField({ id, label, hint, error, className, ...inputProps }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...inputProps} {...control} className={styles.input} />}
    </Field>
  );
}

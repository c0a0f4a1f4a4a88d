import { type ReactNode, useId } from 'react';
import styles from './Field.module.css';

export interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string | undefined;
}

/** What the control inside a Field needs to be announced with its hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The ids a control's hint and error get, and the aria-describedby that names those shown. */
export function useDescription(hint: ReactNode, error: string | undefined) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

/** A control's hint, then its error in a live region, so a message appearing while the user types is announced. */
export function FieldMessages({
  hint,
  error,
  hintId,
  errorId,
  classNames = styles,
}: {
  hint: ReactNode;
  error: string | undefined;
  hintId: string;
  errorId: string;
  classNames?: { hint?: string | undefined; error?: string | undefined };
}) {
  return (
    <>
      {hint && (
        <p id={hintId} className={classNames.hint}>
          {hint}
        </p>
      )}
      <div aria-live="polite">
        {error && (
          <p id={errorId} className={classNames.error}>
            {error}
          </p>
        )}
      </div>
    </>
  );
}

/**
 * The frame every form control shares: a label, an optional hint, and an error that is part of the
 * control's accessible description and sits in a live region, so a message appearing while the
 * user types is announced.
 */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: FieldProps & { children: (control: FieldControlProps) => ReactNode }) {
  const { hintId, errorId, describedBy } = useDescription(hint, error);
  return (
    <div className={[styles.field, className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} />
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}

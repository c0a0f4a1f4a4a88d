import { type ChangeEvent, type SubmitEvent, useState } from 'react';
import type { SummaryItem } from '@/components/ui/FormErrorSummary';
import { ApiError } from '@/lib/api/api-error';
import type { FieldErrors } from './validation';

export interface ServerErrorReading<F extends string> {
  fieldErrors?: FieldErrors<F>;
  formError?: string | undefined;
}

interface AuthFormOptions<F extends string> {
  formId: string;
  fields: readonly F[];
  initialValues: Record<F, string>;
  validate: (values: Record<F, string>) => FieldErrors<F>;
  /** Form-specific wording for a status (401 on sign-in, 409 on sign-up); undefined for the default. */
  readServerError?: (error: ApiError) => ServerErrorReading<F> | undefined;
}

const UNREACHABLE = 'We could not reach Rounds. Check your connection and try again.';

/**
 * Values, validation and error display shared by the sign-in and sign-up forms. Errors are
 * checked on submit; after a first attempt they are re-checked as the user types.
 */
export function useAuthForm<F extends string>(options: AuthFormOptions<F>) {
  const { formId, fields, initialValues, validate, readServerError } = options;
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [attempted, setAttempted] = useState(false);

  const fieldId = (field: F) => `${formId}-${field}`;

  function focusFirstError(found: FieldErrors<F>) {
    const first = fields.find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  }

  function bind(field: F) {
    return {
      id: fieldId(field),
      name: field,
      value: values[field],
      error: errors[field],
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const next = { ...values, [field]: event.target.value };
        setValues(next);
        if (attempted) setErrors(validate(next));
      },
    };
  }

  function handleSubmit(send: (values: Record<F, string>) => void) {
    return (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      setAttempted(true);
      setFormError(undefined);
      const found = validate(values);
      setErrors(found);
      if (Object.keys(found).length > 0) focusFirstError(found);
      else send(values);
    };
  }

  function showServerError(error: unknown) {
    const reading = readError(error);
    const fieldErrors = reading.fieldErrors ?? {};
    setErrors(fieldErrors);
    setFormError(reading.formError);
    focusFirstError(fieldErrors);
  }

  function readError(error: unknown): ServerErrorReading<F> {
    if (!(error instanceof ApiError)) return { formError: UNREACHABLE };
    const specific = readServerError?.(error);
    if (specific) return specific;
    const fromServer = error.fieldErrors();
    const fieldErrors: FieldErrors<F> = {};
    const others: string[] = [];
    for (const [field, message] of Object.entries(fromServer)) {
      if ((fields as readonly string[]).includes(field)) fieldErrors[field as F] = message;
      else others.push(message);
    }
    const hasFieldErrors = Object.keys(fieldErrors).length > 0;
    const formError = others.length > 0 ? others.join(' ') : hasFieldErrors ? undefined : (error.detail ?? error.title);
    return { fieldErrors, formError };
  }

  const summary: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...fields.flatMap((field) => {
      const message = errors[field];
      return message ? [{ fieldId: fieldId(field), message }] : [];
    }),
  ];

  return { values, bind, handleSubmit, showServerError, summary };
}

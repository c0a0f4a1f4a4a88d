import { type ChangeEvent, type SubmitEvent, useState } from 'react';
import type { SummaryItem } from '@/components/ui/FormErrorSummary';
import { ApiError } from '@/lib/api/api-error';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface ServerErrorReading<F extends string> {
  fieldErrors?: FieldErrors<F>;
  formError?: string | undefined;
}

type StringFields<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

interface FormOptions<V extends object> {
  formId: string;
  /** The form's fields in screen order: the first with an error takes focus. */
  fields: readonly (keyof V & string)[];
  initialValues: V;
  validate: (values: V) => FieldErrors<keyof V & string>;
  /** Form-specific wording for a status (401 on sign-in, 409 on sign-up); undefined for the default. */
  readServerError?: (error: ApiError) => ServerErrorReading<keyof V & string> | undefined;
  /**
   * Labels of the fields, to turn the server's terse messages ("must be after the start") into
   * sentences ("Ends must be after the start.").
   */
  fieldLabels?: Partial<Record<keyof V & string, string>>;
  /** Check each field as soon as the user leaves it, not only from the first submit on. */
  validateOnBlur?: boolean;
}

const UNREACHABLE = 'We could not reach Rounds. Check your connection and try again.';

type InputLike = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Values, validation and error display for a form. Errors are checked on submit (and, if asked,
 * when a field is left); from then on they are re-checked as the user types. Errors from the
 * server land next to their fields. The summary appears once the user has tried to submit.
 */
export function useForm<V extends object>(options: FormOptions<V>) {
  type F = keyof V & string;
  const { formId, fields, initialValues, validate, readServerError, fieldLabels, validateOnBlur = false } = options;
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [attempted, setAttempted] = useState(false);
  const [visited, setVisited] = useState<ReadonlySet<F>>(new Set());

  const fieldId = (field: F) => `${formId}-${field}`;

  function focusFirstError(found: FieldErrors<F>) {
    const first = fields.find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  }

  /** Errors to show for these values: all of them after a submit, else those of visited fields. */
  function shownErrors(next: V, seen: ReadonlySet<F>): FieldErrors<F> {
    const found = validate(next);
    if (attempted) return found;
    const shown: FieldErrors<F> = {};
    for (const field of seen) if (found[field]) shown[field] = found[field];
    return shown;
  }

  /** Changes several fields at once (a specialty and the subspecialty that depends on it). */
  function update(change: Partial<V>) {
    const next = { ...values, ...change };
    setValues(next);
    if (attempted || visited.size > 0) setErrors(shownErrors(next, visited));
  }

  function setValue<K extends F>(field: K, value: V[K]) {
    update({ [field]: value } as unknown as Partial<V>);
  }

  /** Starts again from these values, as after a save that the server normalised. */
  function reset(next: V) {
    setValues(next);
    setErrors({});
    setFormError(undefined);
    setAttempted(false);
    setVisited(new Set());
  }

  function visit(field: F) {
    if (!validateOnBlur || visited.has(field)) return;
    const seen = new Set(visited).add(field);
    setVisited(seen);
    setErrors(shownErrors(values, seen));
  }

  function bind<K extends StringFields<V> & F>(field: K) {
    return {
      id: fieldId(field),
      name: field,
      value: values[field] as string,
      error: errors[field],
      onChange: (event: ChangeEvent<InputLike>) => {
        setValue(field, event.target.value as V[K]);
      },
      onBlur: () => {
        visit(field);
      },
    };
  }

  function handleSubmit(send: (values: V) => void) {
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
    setAttempted(true);
    setErrors(fieldErrors);
    setFormError(reading.formError);
    focusFirstError(fieldErrors);
  }

  function sentence(field: F, message: string): string {
    const label = fieldLabels?.[field];
    if (!label || !/^[a-z]/.test(message)) return message;
    return `${label} ${message}${/[.!?]$/.test(message) ? '' : '.'}`;
  }

  function readError(error: unknown): ServerErrorReading<F> {
    if (!(error instanceof ApiError)) return { formError: UNREACHABLE };
    const specific = readServerError?.(error);
    if (specific) return specific;
    const fromServer = error.fieldErrors();
    const fieldErrors: FieldErrors<F> = {};
    const others: string[] = [];
    for (const [path, message] of Object.entries(fromServer)) {
      // A list's item ("wantsReferred[2]") is shown at the list.
      const field = fields.find((name) => name === path.replace(/\[\d+\]$/, ''));
      if (field) fieldErrors[field] ??= sentence(field, message);
      else others.push(message);
    }
    const hasFieldErrors = Object.keys(fieldErrors).length > 0;
    const formError = others.length > 0 ? others.join(' ') : hasFieldErrors ? undefined : (error.detail ?? error.title);
    return { fieldErrors, formError };
  }

  const summary: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...(attempted
      ? fields.flatMap((field) => {
          const message = errors[field];
          return message ? [{ fieldId: fieldId(field), message }] : [];
        })
      : []),
  ];

  return { values, errors, fieldId, bind, update, setValue, visit, reset, handleSubmit, showServerError, summary };
}

import type { BaseSyntheticEvent } from 'react';
import {
  type DefaultValues,
  type FieldErrors as HookFieldErrors,
  type FieldValues,
  type Path,
  type Resolver,
  useForm,
  useWatch,
} from 'react-hook-form';
import type { SummaryItem } from '@/components/ui/FormErrorSummary';
import { ApiError } from '@/lib/api/api-error';

/** What a form's own check finds: a message per field, in plain words. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface ServerErrorReading<F extends string> {
  fieldErrors?: FieldErrors<F>;
  formError?: string | undefined;
}

interface CheckedFormOptions<V extends FieldValues> {
  formId: string;
  /** The form's fields in screen order: the first with an error takes focus. */
  fields: readonly (keyof V & string)[];
  defaultValues: V;
  /** The client-side mirror of the server's rules, over all values at once (so fields can depend on each other). */
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

type StringFields<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

const UNREACHABLE = 'We could not reach Rounds. Check your connection and try again.';
/** Where a message about the whole form (not one field) is kept among react-hook-form's errors. */
const FORM_ERROR = 'root.server';

/**
 * A react-hook-form form with Rounds' conventions: values checked by one `validate` function (on submit and, if
 * asked, from the first time a field is left; then as the user types), inputs with ids `<formId>-<field>` so the
 * error summary can link to them, the server's problem+json field errors shown at their fields, and the first field
 * in error focused. The summary lists field errors once the user has tried to submit.
 */
export function useCheckedForm<V extends FieldValues>(options: CheckedFormOptions<V>) {
  type F = keyof V & string;
  const { formId, fields, defaultValues, validate, readServerError, fieldLabels, validateOnBlur = false } = options;
  const form = useForm<V>({
    defaultValues: defaultValues as DefaultValues<V>,
    resolver: resolverOf(validate),
    mode: validateOnBlur ? 'onTouched' : 'onSubmit',
    reValidateMode: 'onChange',
    // Focus follows the screen order of `fields`, whichever kind of control holds the field.
    shouldFocusError: false,
  });
  const { errors, isSubmitted } = form.formState;
  const values = useWatch({ control: form.control }) as V;

  const path = (name: F) => name as unknown as Path<V>;
  const fieldId = (field: F) => `${formId}-${field}`;
  const errorOf = (field: F): string | undefined => {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[field]?.message;
    return typeof message === 'string' ? message : undefined;
  };

  function focusFirst(failed: (field: F) => boolean) {
    const first = fields.find(failed);
    if (first) document.getElementById(fieldId(first))?.focus();
  }

  /**
   * A native input, textarea or select registered with the form, with its id and error. Its value is held by the
   * form too, so a select whose options arrive later still shows the chosen one.
   */
  function field(name: StringFields<V> & F) {
    return { id: fieldId(name), error: errorOf(name), ...form.register(path(name)), value: values[name] as string };
  }

  /**
   * Sets a field that no native input holds (checkboxes, tags, radio groups) or that another field's change resets.
   * Checked at once when the user has already tried to submit, as typing is.
   */
  function choose<K extends F>(name: K, value: V[K]) {
    form.setValue(path(name), value, { shouldDirty: true, shouldValidate: isSubmitted });
  }

  function submit(send: (values: V) => void): (event: BaseSyntheticEvent) => void {
    const checkThenSend = form.handleSubmit(send, (found: HookFieldErrors<V>) => {
      focusFirst((name) => name in found);
    });
    return (event) => {
      void checkThenSend(event);
    };
  }

  function showServerError(error: unknown) {
    const reading = readError(error);
    const fieldErrors: FieldErrors<F> = reading.fieldErrors ?? {};
    for (const name of fields) {
      const message = fieldErrors[name];
      if (message) form.setError(path(name), { type: 'server', message });
    }
    if (reading.formError) form.setError(FORM_ERROR, { type: 'server', message: reading.formError });
    focusFirst((name) => fieldErrors[name] !== undefined);
  }

  function sentence(name: F, message: string): string {
    const label = fieldLabels?.[name];
    if (!label || !/^[a-z]/.test(message)) return message;
    return `${label} ${message}${/[.!?]$/.test(message) ? '' : '.'}`;
  }

  function readError(error: unknown): ServerErrorReading<F> {
    if (!(error instanceof ApiError)) return { formError: UNREACHABLE };
    const specific = readServerError?.(error);
    if (specific) return specific;
    const fieldErrors: FieldErrors<F> = {};
    const others: string[] = [];
    for (const [path, message] of Object.entries(error.fieldErrors())) {
      // A list's item ("wantsReferred[2]") is shown at the list.
      const name = fields.find((candidate) => candidate === path.replace(/\[\d+\]$/, ''));
      if (name) fieldErrors[name] ??= sentence(name, message);
      else others.push(message);
    }
    const hasFieldErrors = Object.keys(fieldErrors).length > 0;
    const formError = others.length > 0 ? others.join(' ') : hasFieldErrors ? undefined : (error.detail ?? error.title);
    return { fieldErrors, formError };
  }

  const formError = errors.root?.server?.message;
  const summary: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...(isSubmitted
      ? fields.flatMap((name) => {
          const message = errorOf(name);
          return message ? [{ fieldId: fieldId(name), message }] : [];
        })
      : []),
  ];

  return { ...form, values, fieldId, errorOf, field, choose, submit, showServerError, summary };
}

/** Adapts a `validate` function to react-hook-form, which then decides which of its findings to show when. */
function resolverOf<V extends FieldValues>(validate: (values: V) => FieldErrors<keyof V & string>): Resolver<V> {
  return (values) => {
    const found = Object.entries(validate(values)).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    if (found.length === 0) return { values, errors: {} };
    const errors = Object.fromEntries(found.map(([name, message]) => [name, { type: 'validate', message }]));
    return { values: {}, errors: errors as HookFieldErrors<V> };
  };
}

import { ApiError } from './api-error';

/** Said when the call failed on the way or on the server: nothing the user typed can fix it. */
export const UNREACHABLE = 'We could not reach Rounds. Check the connection and try again.';

/**
 * What to tell the user about a failed call. A refusal the server explained (4xx) is told in its words: the
 * first field error, else the detail, else the title; `byStatus` puts the page's own words on given statuses.
 * Anything else (network, 5xx) gets the fallback.
 */
export function errorMessage(
  error: unknown,
  fallback: string = UNREACHABLE,
  byStatus: Partial<Record<number, string>> = {},
): string {
  if (!(error instanceof ApiError)) return fallback;
  // The one refusal whose cure is the same everywhere: no page's own words for a 403 fit it better.
  if (isEmailNotVerified(error) && error.detail) return error.detail;
  const own = byStatus[error.status];
  if (own) return own;
  if (error.status >= 500) return fallback;
  return error.errors[0]?.message ?? error.detail ?? error.title;
}

/** Whether the failure means the thing asked for is not there (or not for this caller). */
export function isMissing(error: unknown, statuses: readonly number[] = [400, 404]): boolean {
  return error instanceof ApiError && statuses.includes(error.status);
}

/** Whether the server refused because the caller has not confirmed their email address yet. */
export function isEmailNotVerified(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && (error.type?.endsWith('/email-not-verified') ?? false);
}

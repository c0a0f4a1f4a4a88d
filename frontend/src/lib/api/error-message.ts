import { ApiError } from './api-error';

/** Said when the call failed on the way or on the server: nothing the user typed can fix it. */
export const UNREACHABLE = 'We could not reach Rounds. Check the connection and try again.';

/** Said when the request never left this device or was lost on the way: the server is not to blame. */
export const OFFLINE = 'You are offline, or the connection to Rounds dropped. Check the connection and try again.';

/**
 * What browsers say when a fetch or a page's code (a dynamic import, its CSS) could not be loaded: Chromium
 * ("Failed to fetch", "Failed to fetch dynamically imported module"), Firefox ("NetworkError when attempting to fetch
 * resource", "error loading dynamically imported module"), Safari ("Load failed", "Importing a module script
 * failed"), and Vite's "Unable to preload CSS".
 */
const CONNECTION_FAILURE =
  /failed to fetch|networkerror|network connection was lost|load failed|dynamically imported module|importing a module script failed|unable to preload/i;

/**
 * Whether a failure means the connection, not the server: no answer came at all. A server's answer is an ApiError;
 * any other failure counts while the browser knows it is offline.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof ApiError) return false;
  if (!navigator.onLine) return true;
  return error instanceof Error && CONNECTION_FAILURE.test(error.message);
}

/**
 * What to tell the user about a failed call. A refusal the server explained (4xx) is told in its words: the
 * first field error, else the detail, else the title; `byStatus` puts the page's own words on given statuses.
 * A call that never reached the server says so (OFFLINE); anything else (5xx, an unexpected answer) gets the fallback.
 */
export function errorMessage(
  error: unknown,
  fallback: string = UNREACHABLE,
  byStatus: Partial<Record<number, string>> = {},
): string {
  if (isConnectionFailure(error)) return OFFLINE;
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

export interface FieldError {
  field: string;
  message: string;
}

/** An HTTP failure from the API, normalised from an RFC 9457 problem+json body (or whatever came instead). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly requestId: string | undefined;
  readonly errors: FieldError[];
  /** Seconds to wait before trying again, from Retry-After (429, 503). */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    title: string;
    detail?: string | undefined;
    type?: string | undefined;
    requestId?: string | undefined;
    errors?: FieldError[];
    retryAfterSeconds?: number | undefined;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.requestId = init.requestId;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** Field errors keyed by the request property they concern. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.errors) {
      byField[field] ??= message;
    }
    return byField;
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  const body = await readJson(response);
  const problem = isRecord(body) ? body : {};
  return new ApiError({
    status: response.status,
    title: stringOr(problem.title, response.statusText || `HTTP ${response.status}`),
    detail: optionalString(problem.detail),
    type: optionalString(problem.type),
    requestId: optionalString(problem.requestId) ?? response.headers.get('X-Request-Id') ?? undefined,
    errors: fieldErrorsFrom(problem.errors),
    retryAfterSeconds: retryAfter(response.headers.get('Retry-After')),
  });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}

function fieldErrorsFrom(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((entry) => {
    const field = optionalString(entry.field);
    const message = optionalString(entry.message);
    return field && message ? [{ field: lastPathSegment(field), message }] : [];
  });
}

/** Bean Validation paths such as `signup.request.email` name the JSON property last. */
function lastPathSegment(field: string): string {
  return field.slice(field.lastIndexOf('.') + 1);
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function stringOr(value: unknown, fallback: string): string {
  return optionalString(value) ?? fallback;
}

/** The one error type of domain code; the edges render it as problem+json or an action result. */
export const errorCodes = {
  malformed_request: { status: 400, title: "Malformed request" },
  unauthenticated: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Forbidden" },
  not_found: { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Conflict" },
  payload_too_large: { status: 413, title: "Payload too large" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  validation_failed: { status: 422, title: "Validation failed" },
  rate_limited: { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal server error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: { errors?: FieldError[]; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(detail ?? errorCodes[code].title, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return errorCodes[this.code].status;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

interface IssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string;
  /** zod's `invalid_union`: the issues of each alternative. */
  errors?: ReadonlyArray<ReadonlyArray<IssueLike>>;
}

/**
 * The alternative of a failed union the input was meant for: not one that found keys it does not
 * know at its root (the input has the other shape), then the one with the fewest issues.
 */
function meantAlternative(alternatives: ReadonlyArray<ReadonlyArray<IssueLike>>) {
  const foreign = (issues: ReadonlyArray<IssueLike>) =>
    issues.some((i) => i.code === "unrecognized_keys" && i.path.length === 0);
  return [...alternatives].sort(
    (a, b) => Number(foreign(a)) - Number(foreign(b)) || a.length - b.length,
  )[0];
}

/**
 * Turns zod issues into the contract's `errors: [{ path, message }]`. A failed union (a saved
 * address by id, or one typed in full) reports the field of the alternative the input was meant
 * for, e.g. `deliveryAddress.pincode`, rather than the union as a whole.
 */
export function toFieldErrors(issues: ReadonlyArray<IssueLike>): FieldError[] {
  return issues.flatMap((issue) => {
    const meant =
      issue.code === "invalid_union" && issue.errors ? meantAlternative(issue.errors) : undefined;
    if (meant && meant.length > 0) {
      return toFieldErrors(meant.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
    }
    return [{ path: issue.path.map(String).join("."), message: issue.message }];
  });
}

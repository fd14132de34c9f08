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
  /** An `invalid_union`'s issues, one list per option. */
  errors?: ReadonlyArray<ReadonlyArray<IssueLike>>;
}

/**
 * The option of a failed union the input was shaped like: the only one whose problems are all
 * inside fields (the others refused the input as a whole, e.g. unknown keys). A typed address
 * against `{addressId} | address` then reports `deliveryAddress.pincode`, not the whole union.
 */
function shapedOption(issue: IssueLike): ReadonlyArray<IssueLike> | null {
  if (issue.code !== "invalid_union" || !issue.errors) return null;
  const fieldLevel = issue.errors.filter(
    (option) => option.length > 0 && option.every((i) => i.path.length > 0),
  );
  return fieldLevel.length === 1 ? fieldLevel[0]! : null;
}

/** Turns zod issues into the contract's `errors: [{ path, message }]`. */
export function toFieldErrors(issues: ReadonlyArray<IssueLike>): FieldError[] {
  return issues.flatMap((issue) => {
    const option = shapedOption(issue);
    if (option) {
      return toFieldErrors(option.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
    }
    return [{ path: issue.path.map(String).join("."), message: issue.message }];
  });
}

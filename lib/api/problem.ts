import { AppError, errorCodes, type ErrorCode, type FieldError } from "@/lib/errors";

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  errors?: FieldError[];
  requestId?: string;
}

const typeBase = "https://swasthai.dev/problems/";

/** RFC 9457 body for an AppError; never carries a stack, SQL text or an internal id. */
export function problemBody(error: AppError, requestId?: string): ProblemBody {
  const { status, title } = errorCodes[error.code];
  return {
    type: typeBase + error.code,
    title,
    status,
    ...(error.detail ? { detail: error.detail } : {}),
    code: error.code,
    ...(error.errors ? { errors: error.errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

export function problemResponse(error: AppError, requestId?: string): Response {
  const headers = new Headers({ "content-type": "application/problem+json" });
  if (requestId) headers.set("x-request-id", requestId);
  if (error.code === "unauthenticated") headers.set("www-authenticate", 'Bearer realm="swasthai"');
  if (error.retryAfterSeconds !== undefined)
    headers.set("retry-after", String(Math.ceil(error.retryAfterSeconds)));
  return new Response(JSON.stringify(problemBody(error, requestId)), {
    status: error.status,
    headers,
  });
}

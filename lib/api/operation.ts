import type { z } from "zod";
import type { Role } from "@/lib/auth/actor";

/** Who may call: anyone, anyone (the actor if signed in), any signed-in user, or a role. */
export type AuthMode = "none" | "optional" | "user" | Role;

type AnySchema = z.ZodType;

/**
 * One /api/v1 operation, declared once in lib/<domain>/openapi.ts: `apiRoute` authenticates and
 * validates with it, and the OpenAPI document is built from the very same object, so the two
 * cannot drift. The schemas are the domain's own zod schemas.
 */
export interface Operation<
  A extends AuthMode = AuthMode,
  Q extends AnySchema | undefined = AnySchema | undefined,
  B extends AnySchema | undefined = AnySchema | undefined,
  P extends AnySchema | undefined = AnySchema | undefined,
> {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path under /api/v1, parameters in braces: `/users/{id}`. */
  path: string;
  summary: string;
  /** Longer prose (rules, side effects, who may call it) when the summary cannot hold it. */
  description?: string;
  tag: string;
  auth: A;
  query?: Q;
  params?: P;
  /** The JSON body. */
  body?: B;
  /** The JSON body may be left out (no Content-Type, or Content-Length 0): then it parses `{}`. */
  bodyOptional?: boolean;
  /** A multipart upload the handler reads itself (apiRoute parses no body then). */
  upload?: { field: string; description: string };
  response?: {
    status: number;
    schema?: AnySchema;
    list?: boolean;
    /** A keyset-paged list: `{ data: [schema], nextCursor }` (the timeline). */
    cursorList?: boolean;
    description?: string;
    /** A body that is not `{ data }` JSON (a file, a calendar, this document). */
    contentType?: string;
  };
  errors: number[];
  /**
   * Counted per address only, never in the global bucket of anonymous calls, for this reason:
   * health probes must keep answering while a flood has used that bucket up.
   */
  outsideGlobalLimit?: string;
  /** Left out of the public document, for this reason (a development-only route). */
  undocumented?: string;
}

/** Declares an operation, keeping its schemas' types for the route's handler. */
export function defineOperation<
  const A extends AuthMode,
  Q extends AnySchema | undefined = undefined,
  B extends AnySchema | undefined = undefined,
  P extends AnySchema | undefined = undefined,
>(operation: Operation<A, Q, B, P>): Operation<A, Q, B, P> {
  return operation;
}

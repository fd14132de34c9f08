import "server-only";
import type { z } from "zod";
import { resolveApiActor, type Actor } from "@/lib/auth/actor";
import { AppError, isAppError, toFieldErrors } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import type { AuthMode, Operation } from "./operation";
import { problemResponse } from "./problem";
import { readJsonBody } from "./read-json";
import { checkSameOrigin } from "./same-origin";
import { limitCaller } from "./caller-limit";
import { withApiHeaders } from "./default-headers";

type AnySchema = z.ZodType;
type Infer<S> = S extends AnySchema ? z.output<S> : undefined;
type ActorFor<A extends AuthMode> = A extends "none" | "optional" ? Actor | null : Actor;

export interface RouteInput<A extends AuthMode, Q, B, P> {
  actor: ActorFor<A>;
  query: Infer<Q>;
  body: Infer<B>;
  params: Infer<P>;
  request: Request;
  requestId: string;
}

/** What a handler returns: data for 200, or an explicit status/headers (201 + Location, 204). */
export type RouteResult =
  Response | { status?: number; body?: unknown; headers?: Record<string, string> };

type Context = { params: Promise<Record<string, string | string[]>> };
type Handler = (request: Request, context: Context) => Promise<Response>;

const declared = Symbol("operation");

/**
 * The /api/v1 door for one declared operation (lib/<domain>/openapi.ts): authenticates, parses
 * query/body/params with the declaration's zod schemas, calls the handler (which calls one
 * lib/<domain> function), and renders every failure as problem+json. The OpenAPI document is built
 * from the same declaration.
 */
export function apiRoute<
  A extends AuthMode,
  Q extends AnySchema | undefined = undefined,
  B extends AnySchema | undefined = undefined,
  P extends AnySchema | undefined = undefined,
>(
  operation: Operation<A, Q, B, P>,
  handler: (input: RouteInput<A, Q, B, P>) => Promise<RouteResult>,
): Handler {
  const route = async (request: Request, context: Context): Promise<Response> => {
    const started = performance.now();
    const requestId = requestIdOf(request);
    let response: Response;
    let actor: Actor | null = null;
    try {
      const caller =
        operation.auth === "none" ? { actor: null, via: null } : await resolveApiActor(request);
      actor = caller.actor;
      authorizeRole(operation.auth, actor);
      if (caller.via === "cookie") checkSameOrigin(request);
      await limitCaller(actor, request, { global: !operation.outsideGlobalLimit });
      const params = operation.params
        ? parse(operation.params, await context.params, "params")
        : undefined;
      const query = operation.query
        ? parse(operation.query, Object.fromEntries(new URL(request.url).searchParams), "query")
        : undefined;
      const body = operation.body
        ? parse(operation.body, await readBody(request, operation.bodyOptional), "body")
        : undefined;
      const result = await handler({
        actor: actor as ActorFor<A>,
        query: query as Infer<Q>,
        body: body as Infer<B>,
        params: params as Infer<P>,
        request,
        requestId,
      });
      response = toResponse(result);
    } catch (error) {
      response = errorResponse(error, requestId, request);
    }
    response = withApiHeaders(response, isPersonal(operation, request, actor));
    response.headers.set("x-request-id", requestId);
    logger.info(
      {
        requestId,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        ms: Math.round(performance.now() - started),
      },
      "api",
    );
    return response;
  };
  return Object.assign(route, { [declared]: operation });
}

/** The declaration a route handler was built with (undefined for one not built by apiRoute). */
export function operationOf(handler: unknown): Operation | undefined {
  if (typeof handler !== "function") return undefined;
  return (handler as { [declared]?: Operation })[declared];
}

/**
 * Only an anonymous read of a public operation (doctor listings, health, the OpenAPI document)
 * may be cached; anything for a signed-in caller, and any write (a login answers with tokens), is
 * personal, its errors included.
 */
function isPersonal(operation: Operation, request: Request, actor: Actor | null): boolean {
  if (actor || (operation.auth !== "none" && operation.auth !== "optional")) return true;
  return request.method !== "GET" && request.method !== "HEAD";
}

/** An optional body may be left out entirely; one that is sent must still be JSON. */
function readBody(request: Request, optional = false): Promise<unknown> {
  const absent =
    !request.headers.has("content-type") || request.headers.get("content-length") === "0";
  return optional && absent ? Promise.resolve({}) : readJsonBody(request);
}

function authorizeRole(mode: AuthMode, actor: Actor | null): void {
  if (mode === "none" || mode === "optional") return;
  if (!actor) throw new AppError("unauthenticated", "Sign in or send a bearer token.");
  if (mode === "user") return;
  // An admin may do what any role may; a doctor also acts as a patient.
  const allowed =
    actor.role === "admin" ||
    actor.role === mode ||
    (mode === "patient" && actor.role === "doctor");
  if (!allowed) throw new AppError("forbidden", "Your role may not do this.");
}

function parse<S extends AnySchema>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error.issues);
  // Bad path parameters mean the thing does not exist; bad query or body is invalid input.
  if (where === "params") throw new AppError("not_found", "No such resource.");
  throw new AppError("validation_failed", `The ${where} is invalid.`, { errors });
}

function toResponse(result: RouteResult): Response {
  if (result instanceof Response) return result;
  const status = result.status ?? 200;
  const headers = new Headers(result.headers);
  if (status === 204 || result.body === undefined) return new Response(null, { status, headers });
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(result.body), { status, headers });
}

function errorResponse(error: unknown, requestId: string, request: Request): Response {
  if (isAppError(error)) {
    if (error.status >= 500) logger.error({ requestId, err: error.cause ?? error }, error.message);
    return problemResponse(error, requestId);
  }
  logger.error(
    { requestId, method: request.method, url: request.url, err: error },
    "unhandled error",
  );
  return problemResponse(
    new AppError(
      "internal",
      `Something went wrong. Quote request id ${requestId} if you contact support.`,
    ),
    requestId,
  );
}

function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && /^[\w.-]{8,64}$/.test(given) ? given : crypto.randomUUID();
}

/** `{ data }` with 200. */
export const ok = (data: unknown): RouteResult => ({ body: { data } });

/** `{ data }` with 201 and a Location header. */
export const created = (data: unknown, location: string): RouteResult => ({
  status: 201,
  body: { data },
  headers: { location },
});

import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

/**
 * `Idempotency-Key` for POSTs that create things (appointments; orders and lab bookings can reuse
 * it). The domain function of the operation calls it (`bookAppointmentOnce`), never a door, so the
 * REST header and a form's hidden key field get the same behaviour. Semantics, after the IETF
 * httpapi Idempotency-Key draft and Stripe:
 * - the same user + key within 24 h returns the FIRST response (status and body) again, with
 *   `Idempotent-Replayed: true`, and runs nothing;
 * - the same key with a different body (or on another endpoint) is 422 - the client has a bug;
 * - a duplicate arriving while the first is still running is 409 ("retry shortly"): the key row is
 *   inserted (and committed) BEFORE the work starts, so its unique index lets exactly one of any
 *   number of concurrent duplicates run;
 * - only successes are remembered: when the work fails, the key is released, so a retry after a
 *   409 slot-taken or a 500 runs again (nothing was created the first time).
 * A worker that died mid-request leaves its key "in progress"; after 60 s a retry may take it over
 * (for bookings, the patient's live-slot unique index still stops a second row).
 */

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const ABANDONED_AFTER_MS = 60 * 1000;

export interface IdempotentResponse<T> {
  status: number;
  body: T;
}

export interface IdempotencyScope {
  method: string;
  path: string;
}

const badKey = (message: string) =>
  new AppError("validation_failed", "The Idempotency-Key header is invalid.", {
    errors: [{ path: "headers.idempotency-key", message }],
  });

/**
 * The client's key (the header, or a form's hidden field): 1..255 visible ASCII characters, null
 * when absent; 422 when malformed (path `headers.idempotency-key`, the REST contract).
 */
export function parseIdempotencyKey(value: string | null): string | null {
  if (value === null) return null;
  const key = value.trim();
  if (key.length === 0 || key.length > 255) throw badKey("must be 1 to 255 characters");
  if (!/^[\x21-\x7e]+$/.test(key)) throw badKey("must be visible ASCII characters");
  return key;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** SHA-256 of the request's (parsed) body with keys sorted, so key order never matters. */
export function hashRequest(body: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(body ?? null)))
    .digest("hex");
}

type Claim = { kind: "owner"; id: number } | { kind: "replay"; status: number; body: unknown };

async function claim(
  actor: Actor,
  key: string,
  requestHash: string,
  scope: IdempotencyScope,
): Promise<Claim> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [inserted] = await db
      .insert(idempotencyKeys)
      .values({ userId: actor.userId, key, requestHash, method: scope.method, path: scope.path })
      .onConflictDoNothing({ target: [idempotencyKeys.userId, idempotencyKeys.key] })
      .returning({ id: idempotencyKeys.id });
    if (inserted) return { kind: "owner", id: inserted.id };

    const [existing] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, actor.userId), eq(idempotencyKeys.key, key)))
      .limit(1);
    if (!existing) continue; // released meanwhile: try to insert again
    const age = Date.now() - existing.createdAt.getTime();
    if (age > IDEMPOTENCY_TTL_MS) {
      await db
        .delete(idempotencyKeys)
        .where(
          and(
            eq(idempotencyKeys.id, existing.id),
            lt(idempotencyKeys.createdAt, new Date(Date.now() - IDEMPOTENCY_TTL_MS)),
          ),
        );
      continue;
    }
    const sameRequest =
      existing.requestHash === requestHash &&
      existing.method === scope.method &&
      existing.path === scope.path;
    if (!sameRequest) {
      throw badKey("was already used with a different request; use a new key for a new request");
    }
    if (existing.responseStatus !== null) {
      return { kind: "replay", status: existing.responseStatus, body: existing.responseBody };
    }
    if (age > ABANDONED_AFTER_MS) {
      const [taken] = await db
        .update(idempotencyKeys)
        .set({ createdAt: new Date() })
        .where(
          and(
            eq(idempotencyKeys.id, existing.id),
            isNull(idempotencyKeys.responseStatus),
            // Of two racing take-overs only one still sees the old timestamp after the row lock.
            lt(idempotencyKeys.createdAt, new Date(Date.now() - ABANDONED_AFTER_MS)),
          ),
        )
        .returning({ id: idempotencyKeys.id });
      if (taken) return { kind: "owner", id: taken.id };
    }
    throw new AppError(
      "conflict",
      "A request with this Idempotency-Key is still being processed; retry in a moment.",
      { retryAfterSeconds: 1 },
    );
  }
  throw new AppError("conflict", "The Idempotency-Key is busy; retry in a moment.");
}

/**
 * Runs `run` at most once per (actor, key) within 24 h and returns its response, or the stored
 * first response (`replayed: true`). Without a key it simply runs.
 */
export async function withIdempotency<T>(
  actor: Actor,
  key: string | null,
  requestHash: string,
  run: () => Promise<IdempotentResponse<T>>,
  scope: IdempotencyScope = { method: "POST", path: "" },
): Promise<IdempotentResponse<T> & { replayed: boolean }> {
  if (key === null) return { ...(await run()), replayed: false };
  const claimed = await claim(actor, key, requestHash, scope);
  if (claimed.kind === "replay") {
    return { status: claimed.status, body: claimed.body as T, replayed: true };
  }
  let result: IdempotentResponse<T>;
  try {
    result = await run();
  } catch (err) {
    await db.delete(idempotencyKeys).where(eq(idempotencyKeys.id, claimed.id));
    throw err;
  }
  await db
    .update(idempotencyKeys)
    .set({ responseStatus: result.status, responseBody: result.body as object })
    .where(eq(idempotencyKeys.id, claimed.id));
  return { ...result, replayed: false };
}

/** Deletes keys older than 24 h (a scheduled job may call it; claims also skip expired keys). */
export async function purgeExpiredIdempotencyKeys(): Promise<number> {
  const gone = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(Date.now() - IDEMPOTENCY_TTL_MS)))
    .returning({ id: idempotencyKeys.id });
  return gone.length;
}

import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { db } from "@/db/client";
import { refreshTokens } from "@/db/schema";
import { hashOpaqueToken, newOpaqueToken } from "./opaque-token";

const REFRESH_TOKEN_DAYS = 30;

interface IssueOptions {
  familyId?: string;
  userAgent?: string | null;
  ip?: string | null;
}

/** Creates a refresh token (a new family unless one is given); returns the plain token once. */
export async function issueRefreshToken(on: Queryable, userId: number, options: IssueOptions = {}) {
  const { token, hash } = newOpaqueToken();
  const familyId = options.familyId ?? crypto.randomUUID();
  const [row] = await on
    .insert(refreshTokens)
    .values({
      userId,
      tokenHash: hash,
      familyId,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000),
      userAgent: options.userAgent?.slice(0, 300) ?? null,
      ip: options.ip ?? null,
    })
    .returning({ id: refreshTokens.id });
  return { token, id: row!.id, familyId };
}

type RotateResult =
  | { ok: true; userId: number; token: string; familyId: string }
  | { ok: false; reason: "unknown" | "expired" | "reused" };

/**
 * Spends a refresh token: the old one dies and a new one of the same family is returned. Presenting
 * a dead token again means it leaked, so its whole family is revoked.
 */
export async function rotateRefreshToken(
  token: string,
  options: IssueOptions = {},
): Promise<RotateResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, hashOpaqueToken(token)))
      .for("update")
      .limit(1);
    if (!row) return { ok: false, reason: "unknown" };
    if (row.revokedAt) {
      await revokeFamily(tx, row.familyId);
      return { ok: false, reason: "reused" };
    }
    if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" };
    const next = await issueRefreshToken(tx, row.userId, { ...options, familyId: row.familyId });
    await tx
      .update(refreshTokens)
      .set({ revokedAt: new Date(), replacedById: next.id })
      .where(eq(refreshTokens.id, row.id));
    return { ok: true, userId: row.userId, token: next.token, familyId: row.familyId };
  });
}

async function revokeFamily(on: Queryable, familyId: string): Promise<void> {
  await on
    .update(refreshTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

/** Revokes the family of a token if it belongs to the user; returns whether it did. */
export async function revokeTokenFamilyOf(
  on: Queryable,
  token: string,
  userId?: number,
): Promise<boolean> {
  const [row] = await on
    .select({ familyId: refreshTokens.familyId, userId: refreshTokens.userId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashOpaqueToken(token)))
    .limit(1);
  if (!row || (userId !== undefined && row.userId !== userId)) return false;
  await revokeFamily(on, row.familyId);
  return true;
}

/** Revokes every live refresh token of the user (password reset, sign-out everywhere). */
export async function revokeAllRefreshTokens(on: Queryable, userId: number): Promise<void> {
  await on
    .update(refreshTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
}

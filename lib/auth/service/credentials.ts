import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { users } from "@/db/schema";
import { translateDbErrors } from "@/db/errors";
import { AppError } from "@/lib/errors";
import { guardAttempt } from "@/lib/rate-limit";
import { ACCESS_TOKEN_SECONDS, signAccessToken } from "../access-token";
import type { Actor } from "../actor";
import { revokeAllBrowserSessions } from "../browser-sessions";
import { toAuthUserDto, type AuthUserRow } from "../mappers";
import { hashPassword, verifyPassword } from "../password";
import { findAuthUser, findAuthUserByEmail } from "../queries";
import {
  issueRefreshToken,
  revokeAllRefreshTokens,
  revokeTokenFamilyOf,
  rotateRefreshToken,
} from "../refresh-tokens";
import type { RequestContext } from "../request-context";
import type { LoginInput, RegisterInput, TokenPair } from "../schemas";
import { limitAddress } from "./common";
import { sendVerificationEmail } from "./verification";

const emailTaken = (_info: unknown, cause: unknown) =>
  new AppError("conflict", "An account with this email already exists.", {
    errors: [{ path: "email", message: "An account with this email already exists." }],
    cause,
  });

/** The answer to a suspended account's correct credentials (403 forbidden, code in the detail). */
export const accountSuspended = () =>
  new AppError("forbidden", "This account is suspended. Contact support to have it restored.");

// A real argon2id hash of a random password: unknown emails cost the same time as wrong passwords.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

async function tokenPair(
  user: AuthUserRow,
  refresh: { token: string; familyId: string },
): Promise<TokenPair> {
  return {
    user: toAuthUserDto(user),
    accessToken: await signAccessToken({
      userUuid: user.uuid,
      sessionVersion: user.sessionVersion,
      familyId: refresh.familyId,
    }),
    refreshToken: refresh.token,
    expiresIn: ACCESS_TOKEN_SECONDS,
  };
}

/** A token pair of a new refresh-token family (a new API session). */
export async function newTokenPair(user: AuthUserRow, ctx: RequestContext): Promise<TokenPair> {
  const refresh = await issueRefreshToken(db, user.id, { ip: ctx.ip, userAgent: ctx.userAgent });
  return tokenPair(user, refresh);
}

/** `POST /auth/register`: creates the account and signs it in with an API token pair. */
export async function register(input: RegisterInput, ctx: RequestContext): Promise<TokenPair> {
  return newTokenPair(await createAccount(input, ctx), ctx);
}

/** Creates a patient account and sends the verification mail (the browser signs in via Auth.js). */
export async function createAccount(
  input: RegisterInput,
  ctx: RequestContext,
): Promise<AuthUserRow> {
  await limitAddress("register_ip", ctx.ip);
  const passwordHash = await hashPassword(input.password);
  const [row] = await translateDbErrors(
    () =>
      db
        .insert(users)
        .values({
          email: input.email,
          fullName: input.fullName,
          phone: input.phone ?? null,
          passwordHash,
          role: "patient",
          locale: input.locale ?? "en",
        })
        .returning({ id: users.id }),
    { users_email_lower_uniq: emailTaken },
  );
  const user = (await findAuthUser(eq(users.id, row!.id)))!;
  await sendVerificationEmail(user, ctx);
  return user;
}

/**
 * Checks email and password with rate limits per address and per account. The account's attempt
 * is counted before the hash, so parallel guesses get at most the limit of checks (429 after).
 * Wrong email and wrong password look the same: same error, about the same time, same count.
 */
export async function authenticate(input: LoginInput, ctx: RequestContext): Promise<AuthUserRow> {
  await limitAddress("login_ip", ctx.ip);
  const account = input.email.toLowerCase();
  const user = await guardAttempt("login_account", account, async () => {
    const found = await findAuthUserByEmail(account);
    const hash = found?.passwordHash ?? (await getDummyHash());
    const valid = await verifyPassword(hash, input.password);
    return found?.passwordHash && valid ? found : null;
  });
  if (!user) throw new AppError("unauthenticated", "Email or password is incorrect.");
  // Told only after a correct password, so the answer reveals nothing to someone guessing.
  if (user.suspendedAt) throw accountSuspended();
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return user;
}

/** `POST /auth/login`: a token pair for valid credentials. */
export async function login(input: LoginInput, ctx: RequestContext): Promise<TokenPair> {
  return newTokenPair(await authenticate(input, ctx), ctx);
}

/** Spends a refresh token for a new pair; reuse of a spent one revokes the family (401). */
export async function refresh(refreshToken: string, ctx: RequestContext): Promise<TokenPair> {
  await limitAddress("refresh_ip", ctx.ip);
  const result = await rotateRefreshToken(refreshToken, { ip: ctx.ip, userAgent: ctx.userAgent });
  if (!result.ok) {
    const detail =
      result.reason === "reused"
        ? "This refresh token was already used; sign in again."
        : "The refresh token is invalid or expired.";
    throw new AppError("unauthenticated", detail);
  }
  const user = await findAuthUser(eq(users.id, result.userId));
  if (!user) throw new AppError("unauthenticated", "The refresh token is invalid or expired.");
  if (user.suspendedAt) throw accountSuspended();
  return tokenPair(user, result);
}

/**
 * Ends one session (its refresh-token family, else the browser session whose cookie came with the
 * request) or, with `all`, every session of the user.
 */
export async function logout(
  actor: Actor | null,
  input: { refreshToken?: string; all?: boolean },
): Promise<void> {
  if (input.all) {
    if (!actor) throw new AppError("unauthenticated", "Sign in to sign out everywhere.");
    await signOutEverywhere(actor.userId);
    return;
  }
  if (input.refreshToken) {
    await revokeTokenFamilyOf(db, input.refreshToken, actor?.userId);
    return;
  }
  if (!actor) throw new AppError("unauthenticated", "Send the refresh token to end its session.");
  // Loaded on use: the session module reaches Auth.js, whose config imports this file.
  const { endCurrentBrowserSession } = await import("../session");
  await endCurrentBrowserSession();
}

/** Kills every refresh token, access token and browser session of the user. */
export async function signOutEverywhere(userId: number): Promise<void> {
  await db.transaction((tx) => endAllSessions(tx, userId));
}

/**
 * Sign-out-everywhere inside the caller's transaction (an admin's suspension reuses it): revokes
 * every refresh token and browser session and bumps the session version, so access tokens and
 * session cookies already handed out stop working on their next request.
 */
export async function endAllSessions(tx: Tx, userId: number): Promise<void> {
  await revokeAllRefreshTokens(tx, userId);
  await revokeAllBrowserSessions(tx, userId);
  await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

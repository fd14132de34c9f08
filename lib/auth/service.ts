import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, emailVerificationTokens, passwordResetTokens, users } from "@/db/schema";
import { isUniqueViolation } from "@/db/errors";
import { AppError } from "@/lib/errors";
import { sendTemplate } from "@/lib/email/send";
import { enforceRateLimit, peekRateLimit, rateLimit, resetRateLimit } from "@/lib/rate-limit";
import { defer } from "@/lib/tasks/defer";
import { ACCESS_TOKEN_SECONDS, signAccessToken } from "./access-token";
import type { Actor } from "./actor";
import { newOpaqueToken, hashOpaqueToken } from "./opaque-token";
import { hashPassword, verifyPassword } from "./password";
import {
  issueRefreshToken,
  revokeAllRefreshTokens,
  revokeTokenFamilyOf,
  rotateRefreshToken,
} from "./refresh-tokens";
import type { AuthUserDto, LoginInput, RegisterInput, TokenPair } from "./schemas";

/** Where a request came from: the vouched-for client address, agent, and the public origin. */
export interface RequestContext {
  ip: string;
  userAgent: string | null;
  origin: string;
}

// Per-address limits need an address the platform vouches for; "direct" would put every caller in
// one bucket, letting one abuser lock everyone out. Per-account limits apply regardless.
async function limitAddress(
  policy: "login_ip" | "register_ip" | "forgot_ip" | "refresh_ip",
  ip: string,
) {
  if (ip !== "direct") await enforceRateLimit(policy, ip);
}

const VERIFY_EMAIL_HOURS = 48;
const RESET_PASSWORD_HOURS = 1;

// A real argon2id hash of a random password: unknown emails cost the same time as wrong passwords.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

const userColumns = {
  id: users.id,
  uuid: users.uuid,
  email: users.email,
  fullName: users.fullName,
  phone: users.phone,
  role: users.role,
  locale: users.locale,
  emailVerifiedAt: users.emailVerifiedAt,
  sessionVersion: users.sessionVersion,
  passwordHash: users.passwordHash,
  doctorUuid: doctors.uuid,
};
type UserRecord = {
  [K in keyof typeof userColumns]: (typeof userColumns)[K]["_"]["data"] | null;
} & {
  id: number;
  uuid: string;
  email: string;
  fullName: string;
  role: "patient" | "doctor" | "admin";
  locale: "en" | "hi" | "as" | "bn";
  sessionVersion: number;
};

async function findUser(where: ReturnType<typeof eq>): Promise<UserRecord | undefined> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .leftJoin(doctors, eq(doctors.userId, users.id))
    .where(and(where, isNull(users.deletedAt)))
    .limit(1);
  return row as UserRecord | undefined;
}

const findUserByEmail = (email: string) =>
  findUser(sql`lower(${users.email}) = ${email.toLowerCase()}` as ReturnType<typeof eq>);

export function toAuthUserDto(u: UserRecord): AuthUserDto {
  return {
    id: u.uuid,
    email: u.email,
    fullName: u.fullName,
    phone: u.phone,
    role: u.role,
    locale: u.locale,
    emailVerified: u.emailVerifiedAt !== null,
    doctorId: u.doctorUuid,
  };
}

async function tokenPair(
  user: UserRecord,
  ctx: RequestContext,
  familyId?: string,
  refreshToken?: string,
): Promise<TokenPair> {
  const refresh =
    refreshToken ??
    (await issueRefreshToken(db, user.id, { familyId, ip: ctx.ip, userAgent: ctx.userAgent }))
      .token;
  return {
    user: toAuthUserDto(user),
    accessToken: await signAccessToken({
      userUuid: user.uuid,
      sessionVersion: user.sessionVersion,
    }),
    refreshToken: refresh,
    expiresIn: ACCESS_TOKEN_SECONDS,
  };
}

/** `POST /auth/register`: creates the account and signs it in with an API token pair. */
export async function register(input: RegisterInput, ctx: RequestContext): Promise<TokenPair> {
  return tokenPair(await createAccount(input, ctx), ctx);
}

/** Creates a patient account and sends the verification mail (the browser signs in via Auth.js). */
export async function createAccount(
  input: RegisterInput,
  ctx: RequestContext,
): Promise<UserRecord> {
  await limitAddress("register_ip", ctx.ip);
  const passwordHash = await hashPassword(input.password);
  let userId: number;
  try {
    const [row] = await db
      .insert(users)
      .values({
        email: input.email,
        fullName: input.fullName,
        phone: input.phone ?? null,
        passwordHash,
        role: "patient",
      })
      .returning({ id: users.id });
    userId = row!.id;
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError("conflict", "An account with this email already exists.", {
        errors: [{ path: "email", message: "An account with this email already exists." }],
      });
    }
    throw err;
  }
  const user = (await findUser(eq(users.id, userId)))!;
  await sendVerificationEmail(user, ctx);
  return user;
}

/**
 * Checks email and password with rate limits per address and per account (failures only).
 * Wrong email and wrong password look the same: same error, about the same time.
 */
export async function authenticate(input: LoginInput, ctx: RequestContext): Promise<UserRecord> {
  await limitAddress("login_ip", ctx.ip);
  const account = input.email.toLowerCase();
  const peek = await peekRateLimit("login_account", account);
  if (peek.remaining <= 0) {
    throw new AppError("rate_limited", "Too many failed sign-in attempts. Try again later.", {
      retryAfterSeconds: peek.retryAfterSeconds,
    });
  }
  const user = await findUserByEmail(account);
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  if (!user || !user.passwordHash || !valid) {
    await rateLimit("login_account", account);
    throw new AppError("unauthenticated", "Email or password is incorrect.");
  }
  await resetRateLimit("login_account", account);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return user;
}

/** `POST /auth/login`: a token pair for valid credentials. */
export async function login(input: LoginInput, ctx: RequestContext): Promise<TokenPair> {
  return tokenPair(await authenticate(input, ctx), ctx);
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
  const user = await findUser(eq(users.id, result.userId));
  if (!user) throw new AppError("unauthenticated", "The refresh token is invalid or expired.");
  return tokenPair(user, ctx, undefined, result.token);
}

/** Ends one session (its refresh-token family) or, with `all`, every session of the user. */
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
}

/** Kills every refresh token, access token and browser session of the user. */
export async function signOutEverywhere(userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await revokeAllRefreshTokens(tx, userId);
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
  });
}

/**
 * Always answers the same way; the lookup and the mail happen after the response so that neither
 * the answer nor its timing says whether the address has an account.
 */
export async function forgotPassword(email: string, ctx: RequestContext): Promise<void> {
  await limitAddress("forgot_ip", ctx.ip);
  await enforceRateLimit("forgot_email", email.toLowerCase());
  defer(async () => {
    const user = await findUserByEmail(email);
    if (!user || !user.passwordHash) return;
    const { token, hash } = newOpaqueToken();
    await db.insert(passwordResetTokens).values({
      userId: user.id,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + RESET_PASSWORD_HOURS * 3_600_000),
    });
    const url = `${ctx.origin}/reset-password?token=${token}`;
    await sendTemplate(user.email, "reset_password", mailLocale(user.locale), {
      name: user.fullName,
      url,
    });
  });
}

const invalidLink = (path: string) =>
  new AppError("validation_failed", "This link is invalid or has expired. Ask for a new one.", {
    errors: [{ path, message: "This link is invalid or has expired." }],
  });

/** Sets a new password with a single-use, one-hour token and ends every session. */
export async function resetPassword(token: string, password: string): Promise<void> {
  // A cheap look first, so a stream of made-up tokens costs no password hashing.
  const [live] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashOpaqueToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, new Date()),
      ),
    )
    .limit(1);
  if (!live) throw invalidLink("token");
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashOpaqueToken(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!row) throw invalidLink("token");
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        // Following the mailed link proves the address.
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
      })
      .where(and(eq(users.id, row.userId), isNull(users.deletedAt)))
      .returning({ id: users.id });
    if (!user) throw invalidLink("token");
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    await revokeAllRefreshTokens(tx, user.id);
  });
}

/** Marks the address verified with the token from the verification mail. */
export async function verifyEmail(token: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(emailVerificationTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(emailVerificationTokens.tokenHash, hashOpaqueToken(token)),
          isNull(emailVerificationTokens.usedAt),
          gt(emailVerificationTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: emailVerificationTokens.userId });
    if (!row) throw invalidLink("token");
    await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(and(eq(users.id, row.userId), isNull(users.deletedAt)));
  });
}

/** Sends (again) the verification mail to a signed-in user whose address is unverified. */
export async function resendVerificationEmail(actor: Actor, ctx: RequestContext): Promise<void> {
  await enforceRateLimit("forgot_email", `verify:${actor.userId}`);
  const user = await findUser(eq(users.id, actor.userId));
  if (!user) throw new AppError("not_found", "No such user.");
  if (user.emailVerifiedAt) return;
  await sendVerificationEmail(user, ctx);
}

async function sendVerificationEmail(user: UserRecord, ctx: RequestContext): Promise<void> {
  const { token, hash } = newOpaqueToken();
  await db.insert(emailVerificationTokens).values({
    userId: user.id,
    tokenHash: hash,
    expiresAt: new Date(Date.now() + VERIFY_EMAIL_HOURS * 3_600_000),
  });
  const url = `${ctx.origin}/verify-email?token=${token}`;
  defer(() =>
    sendTemplate(user.email, "verify_email", mailLocale(user.locale), { name: user.fullName, url }),
  );
}

const mailLocale = (l: string): "en" | "hi" => (l === "hi" ? "hi" : "en");

/** The signed-in user (`GET /auth/me`). */
export async function getMe(actor: Actor): Promise<AuthUserDto> {
  const user = await findUser(eq(users.id, actor.userId));
  if (!user) throw new AppError("unauthenticated", "This account no longer exists.");
  return toAuthUserDto(user);
}

/** The user behind a verified Auth.js credentials sign-in, for the session token. */
export type SessionUser = Pick<
  UserRecord,
  "uuid" | "email" | "fullName" | "role" | "sessionVersion"
>;

import "server-only";
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { env } from "@/lib/env";
import { isAppLocale } from "@/lib/i18n/config";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { requestContextOf } from "./request-context";
import { loginSchema } from "./schemas";
import { revokeBrowserSession, startBrowserSession } from "./browser-sessions";
import { resolveOAuthUser } from "./oauth";
import { authenticate } from "./service/credentials";
import { authenticateWithCode } from "./otp/service";
import { otpVerifySchema } from "./otp/schemas";
import { authSecret } from "./secret";
import { SESSION_LIFETIME_SECONDS, SESSION_TOUCH_SECONDS } from "./session-policy";

class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

class SuspendedSignin extends CredentialsSignin {
  code = "suspended";
}

/** A right code for a number no live account verified (told only after the code). */
class NoAccountSignin extends CredentialsSignin {
  code = "no_account";
}

/** Our errors as Auth.js sign-in failures; a wrong secret is `null` (Auth.js's generic failure). */
function signinFailure(err: unknown): null {
  if (isAppError(err) && err.code === "rate_limited") throw new RateLimitedSignin();
  if (isAppError(err) && err.code === "forbidden") throw new SuspendedSignin();
  if (isAppError(err) && err.code === "not_found") throw new NoAccountSignin();
  if (isAppError(err) && err.code === "unauthenticated") return null;
  throw err;
}

/** Which OAuth buttons to show: a provider is on only when its keys are set. */
export const oauthProviders = {
  google: Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET),
  github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
};

const providers: NextAuthConfig["providers"] = [
  Credentials({
    credentials: {
      email: { label: "Email", type: "email" },
      password: { label: "Password", type: "password" },
    },
    async authorize(credentials, request) {
      const parsed = loginSchema.safeParse(credentials);
      if (!parsed.success) return null;
      try {
        const user = await authenticate(parsed.data, requestContextOf(request));
        return { id: user.uuid, email: user.email, name: user.fullName };
      } catch (err) {
        return signinFailure(err);
      }
    },
  }),
  // The same check as POST /auth/otp/verify; the session is then made as for a password.
  Credentials({
    id: "phone-otp",
    name: "Mobile number",
    credentials: {
      phone: { label: "Mobile number", type: "tel" },
      code: { label: "Code", type: "text" },
    },
    async authorize(credentials, request) {
      const parsed = otpVerifySchema.safeParse(credentials);
      if (!parsed.success) return null;
      try {
        const user = await authenticateWithCode(parsed.data, requestContextOf(request));
        return { id: user.uuid, email: user.email, name: user.fullName };
      } catch (err) {
        return signinFailure(err);
      }
    },
  }),
];
if (oauthProviders.google)
  providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
if (oauthProviders.github)
  providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));

/**
 * Auth.js: JWT sessions carrying our user id, session version and server-side session id, nothing
 * else. The cookie lives no longer than the server-side session may (updateAge only matters to
 * Auth.js's database sessions; ours are touched by lib/auth/actor-store at the same pace).
 */
export const authConfig: NextAuthConfig = {
  secret: authSecret(),
  trustHost: true,
  session: {
    strategy: "jwt",
    maxAge: SESSION_LIFETIME_SECONDS,
    updateAge: SESSION_TOUCH_SECONDS,
  },
  pages: { signIn: "/login", error: "/login" },
  providers,
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logger.error({ err: error }, "auth.js error");
    },
    warn(code) {
      logger.warn({ code }, "auth.js warning");
    },
  },
  callbacks: {
    async signIn({ account, profile, user }) {
      if (!account || account.type === "credentials") return true;
      // Google says whether it verified the address; GitHub's profile does not, so a GitHub sign-in
      // never links to an existing account by email (it may still create a new one).
      const verified = account.provider === "google" && profile?.email_verified === true;
      const outcome = await resolveOAuthUser({
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        type: account.type,
        email: user.email ?? null,
        emailVerified: verified,
        name: user.name ?? null,
        locale: await getLocale(),
      });
      if (!outcome.ok) return `/login?error=${outcome.reason}`;
      user.id = outcome.userUuid;
      return true;
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        // Credentials return our uuid as the id; the signIn callback above set it for OAuth.
        const claims = user.id ? await startBrowserSession(user.id) : null;
        if (!claims) return null;
        // The account's language follows it to every browser it signs in on (password, code or
        // OAuth all pass here); a language with no translated interface leaves the browser's own.
        if (isAppLocale(claims.locale)) await setLocaleCookie(claims.locale);
        token.uid = claims.uid;
        token.sv = claims.sv;
        token.sid = claims.sid;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        uid: token.uid as string | undefined,
        sv: token.sv as number | undefined,
        sid: token.sid as string | undefined,
      };
    },
  },
  events: {
    // Every sign-out (the sign-out and delete-account actions, Auth.js's own endpoint) ends the
    // session on the server too: deleting the cookie alone would leave any copy of it working.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.uid === "string" && typeof token.sid === "string")
        await revokeBrowserSession(token.uid, token.sid);
    },
  },
};

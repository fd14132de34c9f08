import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { db } from "@/db/client";
import { authSessions } from "@/db/schema";
import { signOutAction } from "@/app/actions/auth";
import { GET as getProfileRoute } from "@/app/api/v1/users/[id]/health-profile/route";
import { POST as loginRoute } from "@/app/api/v1/auth/login/route";
import { POST as logoutRoute } from "@/app/api/v1/auth/logout/route";
import { POST as refreshRoute } from "@/app/api/v1/auth/refresh/route";
import { GET as meRoute } from "@/app/api/v1/auth/me/route";
import { revokeBrowserSession } from "@/lib/auth/browser-sessions";
import { authSecret } from "@/lib/auth/secret";
import { getActor } from "@/lib/auth/session";
import { signOutEverywhere } from "@/lib/auth/service/credentials";
import { call } from "@/tests/api-client";
import { createUserWithPassword } from "@/tests/factories-users";

// Pen-test finding 3: a copied session cookie kept working after sign-out. Sign-in and sign-out
// run through the real Auth.js (its HTTP handlers and the sign-out server action); only Next's
// request scope is stubbed: headers() hands Auth.js the cookie of the request under test.
const scope = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => scope.headers,
  cookies: async () => ({ set: () => {}, get: () => undefined, getAll: () => [] }),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  },
}));

const origin = "http://127.0.0.1:3000";
const cookieName = "authjs.session-token";
const requestHeaders = (cookie: string) =>
  new Headers({ cookie, host: "127.0.0.1:3000", "x-forwarded-proto": "http" });
const cookiePairs = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");

/** Auth.js's CSRF token and the cookie that goes with it, as a browser would fetch them. */
async function csrf() {
  const res = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`));
  return {
    token: ((await res.json()) as { csrfToken: string }).csrfToken,
    cookie: cookiePairs(res),
  };
}

/** Signs in through the sign-in form's Auth.js endpoint; returns the session cookie it set. */
async function signIn(email: string, password: string): Promise<string> {
  const { token, cookie } = await csrf();
  const res = await handlers.POST(
    new NextRequest(`${origin}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin },
      body: new URLSearchParams({ csrfToken: token, email, password }),
    }),
  );
  const session = res.headers.getSetCookie().find((c) => c.startsWith(`${cookieName}=`));
  expect(session, "a session cookie").toBeDefined();
  return session!.split(";")[0]!;
}

/** GET /api/v1/users/me/health-profile with nothing but this cookie. */
async function readHealthProfile(cookie: string): Promise<number> {
  scope.headers = requestHeaders(cookie);
  const res = await call(getProfileRoute, {
    path: "/users/me/health-profile",
    params: { id: "me" },
    headers: { cookie },
  });
  return res.status;
}

async function actorOf(cookie: string) {
  scope.headers = requestHeaders(cookie);
  return getActor();
}

async function signOutWithAction(cookie: string) {
  scope.headers = requestHeaders(cookie);
  await expect(signOutAction()).rejects.toMatchObject({ to: expect.any(String) });
}

async function signOutWithEndpoint(cookie: string) {
  const { token, cookie: csrfCookie } = await csrf();
  await handlers.POST(
    new NextRequest(`${origin}/api/auth/signout`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `${csrfCookie}; ${cookie}`,
        origin,
      },
      body: new URLSearchParams({ csrfToken: token }),
    }),
  );
}

async function signedInPatient() {
  const { user, password } = await createUserWithPassword();
  return { user, password, cookie: await signIn(user.email, password) };
}

const sessionsOf = (userId: number) =>
  db.select().from(authSessions).where(eq(authSessions.userId, userId));

beforeEach(() => {
  scope.headers = new Headers();
});

describe("a copied session cookie after sign-out", () => {
  it("reads the health profile while signed in and gets 401 once the browser signs out", async () => {
    const { cookie } = await signedInPatient();
    expect(await readHealthProfile(cookie)).toBe(200);
    expect(await actorOf(cookie)).not.toBeNull();

    const copy = cookie;
    await signOutWithAction(cookie);

    expect(await readHealthProfile(copy)).toBe(401);
    expect(await actorOf(copy)).toBeNull();
  });

  it("dies the same way when the browser signs out through Auth.js's own endpoint", async () => {
    const { cookie } = await signedInPatient();
    expect(await readHealthProfile(cookie)).toBe(200);
    await signOutWithEndpoint(cookie);
    expect(await readHealthProfile(cookie)).toBe(401);
  });

  it("dies when the browser signs out through POST /api/v1/auth/logout with its cookie", async () => {
    const { cookie } = await signedInPatient();
    scope.headers = requestHeaders(cookie);
    const res = await call(logoutRoute, {
      path: "/auth/logout",
      body: {},
      headers: { cookie, origin, host: "127.0.0.1:3000" },
    });
    expect(res.status).toBe(204);
    expect(await readHealthProfile(cookie)).toBe(401);
  });

  it("leaves the user's other browser signed in", async () => {
    const { user, password, cookie: laptop } = await signedInPatient();
    const phone = await signIn(user.email, password);
    await signOutWithAction(laptop);
    expect(await readHealthProfile(laptop)).toBe(401);
    expect(await readHealthProfile(phone)).toBe(200);
  });

  it("is refused when it predates server-side sessions (no session id)", async () => {
    const { user } = await createUserWithPassword();
    const old = await encode({
      token: { uid: user.uuid, sv: user.sessionVersion },
      secret: authSecret(),
      salt: cookieName,
    });
    expect(await readHealthProfile(`${cookieName}=${old}`)).toBe(401);
  });
});

describe("sign-out everywhere", () => {
  it("ends every browser session of the user and no one else's", async () => {
    const { user, password, cookie: laptop } = await signedInPatient();
    const phone = await signIn(user.email, password);
    const other = await signedInPatient();
    await signOutEverywhere(user.id);
    expect(await readHealthProfile(laptop)).toBe(401);
    expect(await readHealthProfile(phone)).toBe(401);
    expect((await sessionsOf(user.id)).every((s) => s.revokedAt !== null)).toBe(true);
    expect(await readHealthProfile(other.cookie)).toBe(200);
  });
});

describe("session lifetime and idle timeout, enforced on the server", () => {
  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

  async function signedIn(role: "patient" | "doctor" | "admin") {
    const { user, password } = await createUserWithPassword(undefined, { role });
    return { user, cookie: await signIn(user.email, password) };
  }

  async function setTimes(userId: number, times: { lastSeenAt?: Date; expiresAt?: Date }) {
    await db.update(authSessions).set(times).where(eq(authSessions.userId, userId));
  }

  it("signs a doctor or admin out after 30 idle minutes, a patient only after 12 hours", async () => {
    const doctor = await signedIn("doctor");
    const admin = await signedIn("admin");
    const patient = await signedIn("patient");
    for (const { user } of [doctor, admin, patient])
      await setTimes(user.id, { lastSeenAt: minutesAgo(31) });
    expect(await actorOf(doctor.cookie)).toBeNull();
    expect(await actorOf(admin.cookie)).toBeNull();
    expect(await readHealthProfile(patient.cookie)).toBe(200);

    await setTimes(patient.user.id, { lastSeenAt: minutesAgo(12 * 60 + 1) });
    expect(await readHealthProfile(patient.cookie)).toBe(401);
  });

  it("keeps an active doctor signed in: use moves the idle clock", async () => {
    const doctor = await signedIn("doctor");
    await setTimes(doctor.user.id, { lastSeenAt: minutesAgo(29) });
    expect(await actorOf(doctor.cookie)).not.toBeNull();
    const [seen] = await sessionsOf(doctor.user.id);
    expect(Date.now() - seen!.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it("writes last_seen_at at most once a minute, not on every request", async () => {
    const { user, cookie } = await signedIn("patient");
    const [before] = await sessionsOf(user.id);
    for (let i = 0; i < 3; i++) expect(await readHealthProfile(cookie)).toBe(200);
    const [after] = await sessionsOf(user.id);
    expect(after!.lastSeenAt).toEqual(before!.lastSeenAt);
  });

  it("ends any session seven days after sign-in, however busy", async () => {
    const { user, cookie } = await signedIn("patient");
    const [row] = await sessionsOf(user.id);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(7 * 86_400_000);
    await setTimes(user.id, { lastSeenAt: new Date(), expiresAt: minutesAgo(1) });
    expect(await readHealthProfile(cookie)).toBe(401);
  });
});

describe("who may end a session", () => {
  it("B cannot revoke A's session, even knowing its id", async () => {
    const a = await signedInPatient();
    const b = await signedInPatient();
    const [aSession] = await sessionsOf(a.user.id);
    expect(await revokeBrowserSession(b.user.uuid, aSession!.id)).toBe(false);
    expect(await readHealthProfile(a.cookie)).toBe(200);
    expect(await revokeBrowserSession(a.user.uuid, aSession!.id)).toBe(true);
    expect(await readHealthProfile(a.cookie)).toBe(401);
  });
});

describe("API access tokens after logout", () => {
  it("die with their refresh-token family instead of living out their 15 minutes", async () => {
    const { user, password } = await createUserWithPassword();
    const login = async () =>
      (await call(loginRoute, { body: { email: user.email, password } })).body.data;
    const app = await login();
    const script = await login();
    expect((await call(meRoute, { token: app.accessToken })).status).toBe(200);

    const out = await call(logoutRoute, { body: { refreshToken: app.refreshToken } });
    expect(out.status).toBe(204);

    expect((await call(meRoute, { token: app.accessToken })).status).toBe(401);
    expect((await call(meRoute, { token: script.accessToken })).status).toBe(200);
  });

  it("die when a spent refresh token comes back and the family is revoked for reuse", async () => {
    const { user, password } = await createUserWithPassword();
    const pair = (await call(loginRoute, { body: { email: user.email, password } })).body.data;
    const next = (await call(refreshRoute, { body: { refreshToken: pair.refreshToken } })).body
      .data;
    expect((await call(meRoute, { token: next.accessToken })).status).toBe(200);
    expect((await call(refreshRoute, { body: { refreshToken: pair.refreshToken } })).status).toBe(
      401,
    );
    expect((await call(meRoute, { token: next.accessToken })).status).toBe(401);
  });
});

import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { POST as registerRoute } from "@/app/api/v1/auth/register/route";
import { POST as loginRoute } from "@/app/api/v1/auth/login/route";
import { POST as refreshRoute } from "@/app/api/v1/auth/refresh/route";
import { POST as logoutRoute } from "@/app/api/v1/auth/logout/route";
import { POST as forgotRoute } from "@/app/api/v1/auth/forgot-password/route";
import { POST as resetRoute } from "@/app/api/v1/auth/reset-password/route";
import { POST as verifyRoute } from "@/app/api/v1/auth/verify-email/route";
import { GET as meRoute } from "@/app/api/v1/auth/me/route";
import { GET as getUser } from "@/app/api/v1/users/[id]/route";
import { apiRoute, ok } from "@/lib/api/api-route";
import { listMailbox } from "@/lib/email/outbox";
import { flushDeferred } from "@/lib/tasks/defer";
import { call } from "@/tests/api-client";

const password = "Swasth@2026";
let n = 0;
const newEmail = () => `person${++n}-${Date.now()}@example.test`;

async function registerUser(email = newEmail(), fullName = "Asha Rao") {
  const res = await call(registerRoute, {
    path: "/auth/register",
    body: { email, password, fullName },
  });
  expect(res.status).toBe(201);
  await flushDeferred();
  return { email, ...res.body.data };
}

async function mailedToken(
  email: string,
  path: "verify-email" | "reset-password",
): Promise<string> {
  await flushDeferred();
  const mail = (await listMailbox(email)).find((m) => m.text.includes(`/${path}?token=`));
  expect(mail, `a ${path} mail to ${email}`).toBeDefined();
  return /token=([\w-]+)/.exec(mail!.text)![1]!;
}

describe("register", () => {
  it("creates a patient, signs them in, and mails a verification link", async () => {
    const email = newEmail();
    const res = await call(registerRoute, {
      path: "/auth/register",
      body: { email: email.toUpperCase(), password, fullName: "Asha Rao", phone: "9876543210" },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/users/${res.body.data.user.id}`);
    expect(res.body.data).toMatchObject({
      user: {
        email,
        fullName: "Asha Rao",
        role: "patient",
        phone: "+919876543210",
        emailVerified: false,
        doctorId: null,
      },
      expiresIn: 900,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|\$argon2/);
    const token = await mailedToken(email, "verify-email");
    expect((await call(verifyRoute, { body: { token } })).status).toBe(200);
    const me = await call(meRoute, { token: res.body.data.accessToken });
    expect(me.body.data.emailVerified).toBe(true);
    expect((await call(verifyRoute, { body: { token } })).status).toBe(422);
  });

  it("refuses a taken email whatever its case with 409 on the email field", async () => {
    const { email } = await registerUser();
    const res = await call(registerRoute, {
      body: { email: email.toUpperCase(), password, fullName: "Someone" },
    });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: "email" })]);
  });

  it("explains a weak password and malformed JSON", async () => {
    const weak = await call(registerRoute, {
      body: { email: newEmail(), password: "password", fullName: "X" },
    });
    expect(weak.status).toBe(422);
    expect(weak.body.errors.map((e: { path: string }) => e.path)).toEqual(["password"]);
    expect((await call(registerRoute, { body: "{not json" })).status).toBe(400);
  });
});

describe("login", () => {
  it("gives a token pair that works on /auth/me", async () => {
    const { email } = await registerUser();
    const res = await call(loginRoute, { body: { email, password } });
    expect(res.status).toBe(200);
    const me = await call(meRoute, { token: res.body.data.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.data.email).toBe(email);
  });

  it("answers a wrong password and an unknown email identically", async () => {
    const { email } = await registerUser();
    const wrong = await call(loginRoute, { body: { email, password: "Wrong@2026" } });
    const unknown = await call(loginRoute, { body: { email: newEmail(), password } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (b: { requestId?: string }) => ({ ...b, requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.headers.get("www-authenticate")).toContain("Bearer");
  });

  // The per-account lock (sequential and parallel guesses) is in tests/security/login-lock.int.test.ts.
});

describe("tokens", () => {
  it("401 without a token, 401 with a forged one", async () => {
    expect((await call(meRoute)).status).toBe(401);
    expect((await call(meRoute, { token: "eyJhbGciOiJIUzI1NiJ9.e30.x" })).status).toBe(401);
  });

  it("rotates refresh tokens and revokes the family when a spent one comes back", async () => {
    const first = await registerUser();
    const second = await call(refreshRoute, { body: { refreshToken: first.refreshToken } });
    expect(second.status).toBe(200);
    expect(second.body.data.refreshToken).not.toBe(first.refreshToken);
    const reuse = await call(refreshRoute, { body: { refreshToken: first.refreshToken } });
    expect(reuse.status).toBe(401);
    // The thief's reuse killed the legitimate holder's newer token too.
    expect(
      (await call(refreshRoute, { body: { refreshToken: second.body.data.refreshToken } })).status,
    ).toBe(401);
  });

  it("logout revokes the refresh token; logout all kills access tokens", async () => {
    const user = await registerUser();
    expect((await call(logoutRoute, { body: { refreshToken: user.refreshToken } })).status).toBe(
      204,
    );
    expect((await call(refreshRoute, { body: { refreshToken: user.refreshToken } })).status).toBe(
      401,
    );
    const pair = (await call(loginRoute, { body: { email: user.email, password } })).body.data;
    expect((await call(logoutRoute, { token: pair.accessToken, body: { all: true } })).status).toBe(
      204,
    );
    expect((await call(meRoute, { token: pair.accessToken })).status).toBe(401);
  });

  it("a deleted user's token stops working", async () => {
    const user = await registerUser();
    await db.update(users).set({ deletedAt: new Date() }).where(eq(users.uuid, user.user.id));
    expect((await call(meRoute, { token: user.accessToken })).status).toBe(401);
    expect((await call(refreshRoute, { body: { refreshToken: user.refreshToken } })).status).toBe(
      401,
    );
  });
});

describe("password reset", () => {
  it("answers 202 the same way for known and unknown emails; mails only the known", async () => {
    const { email } = await registerUser();
    const unknownEmail = newEmail();
    const known = await call(forgotRoute, { body: { email } });
    const unknown = await call(forgotRoute, { body: { email: unknownEmail } });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    await flushDeferred();
    expect(await listMailbox(unknownEmail)).toEqual([]);
    expect((await listMailbox(email)).some((m) => m.text.includes("/reset-password?token="))).toBe(
      true,
    );
  });

  it("sets the new password once, ends old sessions, and the token dies", async () => {
    const user = await registerUser();
    await call(forgotRoute, { body: { email: user.email } });
    const token = await mailedToken(user.email, "reset-password");
    expect((await call(resetRoute, { body: { token, password: "Nayi@Parol1" } })).status).toBe(200);
    expect((await call(resetRoute, { body: { token, password: "Other@Parol2" } })).status).toBe(
      422,
    );
    expect((await call(meRoute, { token: user.accessToken })).status).toBe(401);
    expect((await call(refreshRoute, { body: { refreshToken: user.refreshToken } })).status).toBe(
      401,
    );
    expect((await call(loginRoute, { body: { email: user.email, password } })).status).toBe(401);
    expect(
      (await call(loginRoute, { body: { email: user.email, password: "Nayi@Parol1" } })).status,
    ).toBe(200);
  });
});

describe("401 vs 403 vs 404", () => {
  const adminOnly = apiRoute(
    {
      method: "get",
      path: "/admin/things",
      summary: "An admin-only route for this test",
      tag: "Test",
      auth: "admin",
      errors: [],
    },
    async () => ok({ secret: "admin things" }),
  );
  const getUserRoute = getUser;

  it("401 without credentials, 403 for a patient on an admin route, 200 for an admin", async () => {
    const patient = await registerUser();
    expect((await call(adminOnly)).status).toBe(401);
    const forbidden = await call(adminOnly, { token: patient.accessToken });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe("forbidden");
    const admin = await registerUser();
    await db.update(users).set({ role: "admin" }).where(eq(users.uuid, admin.user.id));
    expect((await call(adminOnly, { token: admin.accessToken })).status).toBe(200);
  });

  it("404 for another user's account, the same as for one that does not exist", async () => {
    const a = await registerUser();
    const b = await registerUser();
    const other = await call(getUserRoute, { token: a.accessToken, params: { id: b.user.id } });
    const missing = await call(getUserRoute, {
      token: a.accessToken,
      params: { id: crypto.randomUUID() },
    });
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body.detail).toBe(missing.body.detail);
    expect(
      (await call(getUserRoute, { token: a.accessToken, params: { id: "me" } })).body.data.email,
    ).toBe(a.email);
  });

  it("bearer writes need no Origin check", async () => {
    const a = await registerUser();
    const res = await call(logoutRoute, {
      token: a.accessToken,
      body: { all: true },
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(204);
  });
});

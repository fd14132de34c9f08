import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { phoneOtps, smsOutbox, users } from "@/db/schema";
import { POST as requestRoute } from "@/app/api/v1/auth/otp/request/route";
import { POST as verifyRoute } from "@/app/api/v1/auth/otp/verify/route";
import { GET as meRoute } from "@/app/api/v1/auth/me/route";
import { PUT as putUser, GET as getUser } from "@/app/api/v1/users/[id]/route";
import { POST as requestVerification } from "@/app/api/v1/users/[id]/phone/verification/route";
import { POST as confirmVerification } from "@/app/api/v1/users/[id]/phone/verification/confirm/route";
import { authenticateWithCode, requestSignInCode } from "@/lib/auth/otp/service";
import type { RequestContext } from "@/lib/auth/request-context";
import { env } from "@/lib/env";
import { flushDeferred } from "@/lib/tasks/defer";
import { call, type CallResult } from "@/tests/api-client";
import { createPatientWithToken } from "@/tests/factories-appointments";

// Each test counts from zero: the in-process limiter lives on globalThis.
const configured = { ...env };
function configure(settings: Partial<typeof env>): void {
  Object.assign(env, configured, settings);
  delete (globalThis as { __swasthaiRateLimiter?: unknown }).__swasthaiRateLimiter;
}
beforeEach(() => configure({}));
afterEach(() => configure({}));

let n = 0;
const newPhone = () =>
  `+9198${String(Date.now() % 1e6).padStart(6, "0")}${String(++n % 100).padStart(2, "0")}`;
const ctx: RequestContext = { ip: "direct", userAgent: "vitest", origin: "http://localhost:3000" };

async function accountWithVerifiedPhone(phone = newPhone()) {
  const created = await createPatientWithToken({ phone, phoneVerifiedAt: new Date() });
  return { ...created, phone };
}

async function textsTo(phone: string) {
  await flushDeferred();
  return db
    .select()
    .from(smsOutbox)
    .where(eq(smsOutbox.toPhone, phone))
    .orderBy(desc(smsOutbox.createdAt));
}

async function textedCode(phone: string): Promise<string> {
  const [last] = await textsTo(phone);
  expect(last, `an SMS to ${phone}`).toBeDefined();
  return /^(\d{6}) /.exec(last!.body)![1]!;
}

const requestCode = (phone: string, headers: Record<string, string> = {}) =>
  call(requestRoute, { path: "/auth/otp/request", body: { phone }, headers });
const verify = (phone: string, code: string) =>
  call(verifyRoute, { path: "/auth/otp/verify", body: { phone, code } });

function expectRateLimited(res: CallResult): void {
  expect(res.status).toBe(429);
  expect(res.body.code).toBe("rate_limited");
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
}

const wrongOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("phone sign-in", () => {
  it("signs in with the texted code: the login answer, the account's own tokens", async () => {
    const { user, phone } = await accountWithVerifiedPhone();
    const asked = await requestCode(phone.slice(3));
    expect(asked.status).toBe(202);
    const code = await textedCode(phone);
    const [sms] = await textsTo(phone);
    expect(sms!.body).toMatch(/SwasthAI sign-in code\. It expires in 5 minutes\. Never share it\./);
    expect(sms!.body.split("\n").at(-1)).toBe(`@127.0.0.1 #${code}`);

    const res = await verify(phone, code);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ user: { id: user.uuid }, expiresIn: 900 });
    const me = await call(meRoute, { token: res.body.data.accessToken });
    expect(me.body.data.id).toBe(user.uuid);
    // Single use.
    expect((await verify(phone, code)).status).toBe(401);
  });

  it("never stores the code in clear", async () => {
    const { phone } = await accountWithVerifiedPhone();
    await requestCode(phone);
    const code = await textedCode(phone);
    const rows = await db.select().from(phoneOtps).where(eq(phoneOtps.phone, phone));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ purpose: "sign_in", userId: null, attempts: 0 });
    expect(rows[0]!.codeHash).not.toContain(code);
    expect(JSON.stringify(rows[0])).not.toContain(code);
    expect(rows[0]!.codeHash.length).toBeGreaterThanOrEqual(43);
  });

  it("stops brute force: after 5 wrong codes the right one is refused with the same 401", async () => {
    const { phone } = await accountWithVerifiedPhone();
    await requestCode(phone);
    const code = await textedCode(phone);
    const wrong = await Promise.all(
      Array.from({ length: 5 }, (_, i) => verify(phone, wrongOf(String(Number(code) + i)))),
    );
    expect(wrong.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    const right = await verify(phone, code);
    expect(right.status).toBe(401);
    expect(right.body).toEqual({ ...wrong[0]!.body, requestId: expect.any(String) });
    expect(right.body.detail).toBe("The code is wrong or has expired. Ask for a new one.");
    const [row] = await db.select().from(phoneOtps).where(eq(phoneOtps.phone, phone));
    expect(row!.attempts).toBe(5);
  });

  it("refuses an expired code with the same 401", async () => {
    const { phone } = await accountWithVerifiedPhone();
    const t0 = new Date();
    await requestSignInCode({ phone }, ctx, { now: t0 });
    const code = await textedCode(phone);
    const late = new Date(t0.getTime() + 5 * 60_000 + 1);
    await expect(authenticateWithCode({ phone, code }, ctx, { now: late })).rejects.toMatchObject({
      code: "unauthenticated",
      detail: "The code is wrong or has expired. Ask for a new one.",
    });
    const inTime = new Date(t0.getTime() + 5 * 60_000 - 1000);
    await expect(
      authenticateWithCode({ phone, code }, ctx, { now: inTime }),
    ).resolves.toMatchObject({ phone });
  });

  it("refuses a resend within 30 s (429, Retry-After); a later code replaces the first", async () => {
    const { phone } = await accountWithVerifiedPhone();
    expect((await requestCode(phone)).status).toBe(202);
    const first = await textedCode(phone);
    const again = await requestCode(phone);
    expectRateLimited(again);
    expect(Number(again.headers.get("retry-after"))).toBeLessThanOrEqual(30);
    expect(await textsTo(phone)).toHaveLength(1);

    await requestSignInCode({ phone }, ctx, { now: new Date(Date.now() + 31_000) });
    const second = await textedCode(phone);
    const later = { now: new Date(Date.now() + 32_000) };
    if (first !== second)
      await expect(authenticateWithCode({ phone, code: first }, ctx, later)).rejects.toThrow();
    await expect(authenticateWithCode({ phone, code: second }, ctx, later)).resolves.toBeDefined();
  });

  it("lets one of ten parallel requests for a number store and text a code; the rest get 429", async () => {
    const { phone } = await accountWithVerifiedPhone();
    const answers = await Promise.all(Array.from({ length: 10 }, () => requestCode(phone)));
    expect(answers.map((a) => a.status).sort()).toEqual([202, ...Array<number>(9).fill(429)]);
    expect(await textsTo(phone)).toHaveLength(1);
    expect(await db.select().from(phoneOtps).where(eq(phoneOtps.phone, phone))).toHaveLength(1);
  });

  it("applies the 30 s rule to a number without an account too, and texts it nothing", async () => {
    const phone = newPhone();
    const [known] = await Promise.all([accountWithVerifiedPhone()]);
    const unknownAnswer = await requestCode(phone);
    const knownAnswer = await requestCode(known.phone);
    expect(unknownAnswer.status).toBe(202);
    expect(unknownAnswer.body).toEqual(knownAnswer.body);
    expect(await textsTo(phone)).toEqual([]);
    expectRateLimited(await requestCode(phone));
  });

  it("limits codes per number to 5 an hour (429 with Retry-After), accounts or not", async () => {
    for (const phone of [newPhone(), (await accountWithVerifiedPhone()).phone]) {
      const t0 = Date.now();
      for (let i = 0; i < 5; i++)
        await requestSignInCode({ phone }, ctx, { now: new Date(t0 + i * 31_000) });
      await expect(
        requestSignInCode({ phone }, ctx, { now: new Date(t0 + 5 * 31_000) }),
      ).rejects.toMatchObject({ code: "rate_limited", retryAfterSeconds: expect.any(Number) });
    }
  });

  it("limits code requests per client address (429 with Retry-After)", async () => {
    // otp_request_ip is 20 an hour; at RATE_LIMIT_SCALE 0.25 that is 5.
    configure({ TRUSTED_PROXY_HOPS: 1, RATE_LIMIT_SCALE: 0.25 });
    const from = { "x-forwarded-for": "203.0.113.50" };
    for (let i = 0; i < 5; i++) expect((await requestCode(newPhone(), from)).status).toBe(202);
    expectRateLimited(await requestCode(newPhone(), from));
    // Another address is not held back.
    expect((await requestCode(newPhone(), { "x-forwarded-for": "203.0.113.51" })).status).toBe(202);
  });

  it("lets exactly one of two parallel checks with the right code sign in", async () => {
    const { phone } = await accountWithVerifiedPhone();
    await requestCode(phone);
    const code = await textedCode(phone);
    const both = await Promise.all([verify(phone, code), verify(phone, code)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it("links only a verified number: an unverified one gets no SMS", async () => {
    const phone = newPhone();
    await createPatientWithToken({ phone });
    expect((await requestCode(phone)).status).toBe(202);
    expect(await textsTo(phone)).toEqual([]);
    expect((await verify(phone, "123456")).status).toBe(401);
  });

  it("tells a right code for a number no account holds any more, and refuses suspended accounts", async () => {
    const gone = await accountWithVerifiedPhone();
    await requestCode(gone.phone);
    const goneCode = await textedCode(gone.phone);
    await db.update(users).set({ phoneVerifiedAt: null }).where(eq(users.id, gone.user.id));
    const noAccount = await verify(gone.phone, goneCode);
    expect(noAccount.status).toBe(404);
    expect(noAccount.body.detail).toMatch(/^No account uses this number yet/);

    const held = await accountWithVerifiedPhone();
    await db
      .update(users)
      .set({ suspendedAt: new Date(), suspensionReason: "test" })
      .where(eq(users.id, held.user.id));
    await requestCode(held.phone);
    const res = await verify(held.phone, await textedCode(held.phone));
    expect(res.status).toBe(403);
  });

  it("answers a malformed number or code with 422 on the field", async () => {
    const bad = await requestCode("12345");
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: "phone" })]);
    const badCode = await verify(newPhone(), "12ab56");
    expect(badCode.status).toBe(422);
    expect(badCode.body.errors).toEqual([expect.objectContaining({ path: "code" })]);
  });
});

describe("verifying a number on the profile", () => {
  const askFor = (token: string, id: string, phone: string) =>
    call(requestVerification, {
      path: `/users/${id}/phone/verification`,
      token,
      params: { id },
      body: { phone },
    });
  const confirm = (token: string, id: string, phone: string, code: string) =>
    call(confirmVerification, {
      path: `/users/${id}/phone/verification/confirm`,
      token,
      params: { id },
      body: { phone, code },
    });

  it("makes the number the account's verified phone; it then signs in", async () => {
    const { user, token } = await createPatientWithToken({ phone: "+919000000001" });
    const phone = newPhone();
    expect((await askFor(token, "me", phone)).status).toBe(202);
    const code = await textedCode(phone);
    expect((await confirm(token, "me", phone, wrongOf(code))).body.errors).toEqual([
      expect.objectContaining({ path: "code" }),
    ]);
    const res = await confirm(token, "me", phone, code);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ phone, verified: true });
    const me = await call(getUser, { token, params: { id: "me" } });
    expect(me.body.data).toMatchObject({ phone, phoneVerified: true });

    await requestSignInCode({ phone }, ctx, { now: new Date(Date.now() + 31_000) });
    const signIn = await authenticateWithCode({ phone, code: await textedCode(phone) }, ctx, {
      now: new Date(Date.now() + 32_000),
    });
    expect(signIn.id).toBe(user.id);
  });

  it("refuses with 409 a number another live account verified, after the code", async () => {
    const owner = await accountWithVerifiedPhone();
    const other = await createPatientWithToken();
    expect((await askFor(other.token, "me", owner.phone)).status).toBe(202);
    const res = await confirm(other.token, "me", owner.phone, await textedCode(owner.phone));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: "phone" })]);
    const [row] = await db.select().from(users).where(eq(users.id, other.user.id));
    expect(row!.phoneVerifiedAt).toBeNull();
  });

  it("acts on one's own account only: another user's id is 404, and their code is no use", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const phone = newPhone();
    expect((await askFor(b.token, a.user.uuid, phone)).status).toBe(404);
    expect(await textsTo(phone)).toEqual([]);
    expect((await askFor(a.token, "me", phone)).status).toBe(202);
    const code = await textedCode(phone);
    expect((await confirm(b.token, a.user.uuid, phone, code)).status).toBe(404);
    // B cannot spend A's code as their own either.
    expect((await confirm(b.token, "me", phone, code)).status).toBe(422);
    expect((await confirm(a.token, "me", phone, code)).status).toBe(200);
  });

  it("makes the phone unverified again when it changes elsewhere (PUT /users/:id)", async () => {
    const { token, phone } = await accountWithVerifiedPhone();
    const put = (body: unknown) =>
      call(putUser, { method: "PUT", token, params: { id: "me" }, body });
    expect((await put({ fullName: "Same Phone", phone })).body.data.phoneVerified).toBe(true);
    expect((await put({ phone: newPhone() })).body.data.phoneVerified).toBe(false);
    expect((await put({ phone })).body.data.phoneVerified).toBe(false);
  });
});

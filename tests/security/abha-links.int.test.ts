import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  DELETE as unlinkRoute,
  GET as getRoute,
  PUT as linkRoute,
} from "@/app/api/v1/users/[id]/abha/route";
import { POST as otpRoute } from "@/app/api/v1/users/[id]/abha/otp/route";
import { POST as verifyRoute } from "@/app/api/v1/users/[id]/abha/verify/route";
import { AbdmHttpAdapter } from "@/lib/abha/abdm/http";
import { requestAbhaOtp, verifyAbhaOtp } from "@/lib/abha/verification";
import { requestAbhaOtpSchema } from "@/lib/abha/schemas";
import { parseInput } from "@/lib/validation/parse-input";
import { call } from "@/tests/api-client";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { actorFor } from "@/tests/factories-users";
import { FakeAbdm, type FakeAbhaAccount } from "@/tests/fake-abdm-server";
import { errorOf } from "@/tests/app-error";

type Person = Awaited<ReturnType<typeof createPatientWithToken>>;

const link = (p: Person, body: unknown, id = "me") =>
  call(linkRoute, {
    method: "PUT",
    path: `/users/${id}/abha`,
    token: p.token,
    params: { id },
    body,
  });
const read = (p: Person, id = "me") =>
  call(getRoute, { path: `/users/${id}/abha`, token: p.token, params: { id } });

describe("ABHA links without proof (issue 9, flaw 4)", () => {
  let a: Person;
  let b: Person;
  beforeEach(async () => {
    a = await createPatientWithToken();
    b = await createPatientWithToken();
  });

  it("B links A's number unverified, answered exactly as a number nobody holds", async () => {
    expect((await link(a, { abhaNumber: "91-2345-6789-0123" })).status).toBe(200);

    const taken = await link(b, { abhaNumber: "91 2345 6789 0123" });
    const c = await createPatientWithToken();
    const fresh = await link(c, { abhaNumber: "55-1234-5678-9012" });

    expect(taken.status).toBe(200);
    expect(taken.status).toBe(fresh.status);
    expect(Object.keys(taken.body.data)).toEqual(Object.keys(fresh.body.data));
    expect(taken.body.data).toMatchObject({
      linked: true,
      abhaNumber: "91-2345-6789-0123",
      verified: false,
      verifiedAt: null,
    });
    // A still sees their own link, untouched by B's claim.
    expect((await read(a)).body.data).toMatchObject({
      abhaNumber: "91-2345-6789-0123",
      verified: false,
    });
  });

  it("B cannot read, change, unlink or verify A's link (404), and A's stays", async () => {
    await link(a, { abhaNumber: "91-2345-6789-0123" });
    const id = a.user.uuid;
    const answers = [
      await read(b, id),
      await link(b, { abhaNumber: "11111111111111" }, id),
      await call(unlinkRoute, {
        method: "DELETE",
        path: `/users/${id}/abha`,
        token: b.token,
        params: { id },
      }),
      await call(otpRoute, {
        path: `/users/${id}/abha/otp`,
        token: b.token,
        params: { id },
        body: { abhaNumber: "91234567890123" },
      }),
      await call(verifyRoute, {
        path: `/users/${id}/abha/verify`,
        token: b.token,
        params: { id },
        body: { otp: "123456" },
      }),
    ];
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect((await read(a)).body.data.abhaNumber).toBe("91-2345-6789-0123");
  });

  it("without ABDM credentials the OTP doors say plainly that verification is unavailable", async () => {
    const otp = await call(otpRoute, {
      path: "/users/me/abha/otp",
      token: a.token,
      params: { id: "me" },
      body: { abhaNumber: "91234567890123" },
    });
    const verify = await call(verifyRoute, {
      path: "/users/me/abha/verify",
      token: a.token,
      params: { id: "me" },
      body: { otp: "123456" },
    });
    for (const answer of [otp, verify]) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get("content-type")).toBe("application/problem+json");
      expect(answer.body.detail).toMatch(/ABHA verification is not available here/);
    }
  });
});

describe("ABHA verified by ABDM's OTP (through a local fake ABDM)", () => {
  let fake: FakeAbdm;
  let abdm: AbdmHttpAdapter;
  const owner: FakeAbhaAccount = {
    abhaNumber: "91234567890123",
    abhaAddress: "asha.verma@sbx",
    otp: "482913",
  };

  beforeAll(async () => {
    fake = await new FakeAbdm().start();
    fake.accounts.push(owner);
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    // A fresh adapter per test: each starts with its own session and certificate fetch.
    abdm = new AbdmHttpAdapter({
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      baseUrl: `${fake.url}/abha/api`,
      gatewayUrl: fake.url,
      cmId: "sbx",
    });
  });

  it("a squatter's unverified claim does not block the owner, who verifies by OTP", async () => {
    const squatter = await createPatientWithToken();
    const real = await createPatientWithToken();
    await link(squatter, { abhaNumber: owner.abhaNumber });

    const sent = await requestAbhaOtp(
      actorFor(real.user),
      "me",
      { abhaNumber: owner.abhaNumber },
      { abdm },
    );
    expect(sent).toMatchObject({
      sentFor: "abhaNumber",
      message: expect.stringMatching(/\*+4321/),
    });
    const verified = await verifyAbhaOtp(actorFor(real.user), "me", { otp: owner.otp }, { abdm });
    expect(verified).toMatchObject({
      linked: true,
      verified: true,
      abhaNumber: "91-2345-6789-0123",
      abhaAddress: "asha.verma@sbx",
    });
    expect((await read(real)).body.data.verified).toBe(true);
    expect((await read(squatter)).body.data).toMatchObject({ verified: false });
    expect(fake.violations).toEqual([]);
    expect(fake.calls).toEqual(
      [
        "POST /api/hiecm/gateway/v3/sessions",
        "GET /abha/api/v3/profile/public/certificate",
        "POST /abha/api/v3/profile/login/request/otp",
        "POST /abha/api/v3/profile/login/verify",
      ].slice(0, fake.calls.length),
    );
  });

  it("a verified ABHA is unique: a second account proving it too gets 409, only after the OTP", async () => {
    const first = await createPatientWithToken();
    const second = await createPatientWithToken();
    const byAddress = parseInput(requestAbhaOtpSchema, { abhaAddress: "Asha.Verma@SBX" });
    await requestAbhaOtp(actorFor(first.user), "me", byAddress, { abdm });
    await verifyAbhaOtp(actorFor(first.user), "me", { otp: owner.otp }, { abdm });

    // Asking for the OTP says nothing about the other account.
    await expect(
      requestAbhaOtp(actorFor(second.user), "me", { abhaNumber: owner.abhaNumber }, { abdm }),
    ).resolves.toMatchObject({ sentFor: "abhaNumber" });
    const wrong = await errorOf(
      verifyAbhaOtp(actorFor(second.user), "me", { otp: "000000" }, { abdm }),
    );
    expect(wrong.status).toBe(422);

    const conflict = await errorOf(
      verifyAbhaOtp(actorFor(second.user), "me", { otp: owner.otp }, { abdm }),
    );
    expect(conflict.status).toBe(409);
    expect(conflict.errors?.[0]?.path).toBe("abhaNumber");
    expect((await read(second)).body.data.verified).toBe(false);
    expect((await read(first)).body.data).toMatchObject({
      verified: true,
      abhaAddress: "asha.verma@sbx",
    });
    expect(fake.violations).toEqual([]);
  });

  it("a wrong OTP is refused and counted: after 5 attempts even the right one is 429, unseen by ABDM", async () => {
    const p = await createPatientWithToken();
    await requestAbhaOtp(actorFor(p.user), "me", { abhaNumber: owner.abhaNumber }, { abdm });
    const verifyPath = "/abha/api/v3/profile/login/verify";
    const before = fake.count(verifyPath);
    for (let i = 0; i < 5; i++) {
      const err = await errorOf(
        verifyAbhaOtp(actorFor(p.user), "me", { otp: `10000${i}` }, { abdm }),
      );
      expect(err.status).toBe(422);
      expect(err.errors?.[0]?.path).toBe("otp");
    }
    const limited = await errorOf(
      verifyAbhaOtp(actorFor(p.user), "me", { otp: owner.otp }, { abdm }),
    );
    expect(limited.status).toBe(429);
    expect(fake.count(verifyPath) - before).toBe(5);
    expect((await read(p)).body.data.verified).toBe(false);
  });

  it("an ABHA ABDM does not know is a 422 on the field, and no OTP is pending", async () => {
    const p = await createPatientWithToken();
    const err = await errorOf(
      requestAbhaOtp(actorFor(p.user), "me", { abhaNumber: "11111111111111" }, { abdm }),
    );
    expect(err.status).toBe(422);
    expect(err.errors?.[0]?.path).toBe("abhaNumber");
    const none = await errorOf(verifyAbhaOtp(actorFor(p.user), "me", { otp: "123456" }, { abdm }));
    expect(none.errors?.[0]).toMatchObject({
      path: "otp",
      message: expect.stringMatching(/request a new one/),
    });
  });
});

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeAbdm } from "@/tests/fake-abdm-server";
import { AbdmHttpAdapter } from "./http";
import { errorOf } from "@/tests/app-error";

let fake: FakeAbdm;
const owner = { abhaNumber: "91234567890123", abhaAddress: "ravi.kumar@sbx", otp: "314159" };

beforeAll(async () => {
  fake = await new FakeAbdm().start();
  fake.accounts.push(owner);
});
afterAll(() => fake.stop());

const adapterFor = (url: string, secret = fake.clientSecret) =>
  new AbdmHttpAdapter({
    clientId: fake.clientId,
    clientSecret: secret,
    baseUrl: `${url}/abha/api`,
    gatewayUrl: url,
    cmId: "sbx",
    timeoutMs: 2000,
  });

describe("AbdmHttpAdapter against a fake ABDM that checks the v3 wire format", () => {
  it("proves an ABHA number by OTP: session, certificate, request, verify, all well-formed", async () => {
    const abdm = adapterFor(fake.url);
    const sent = await abdm.requestOtp("abha-number", owner.abhaNumber);
    expect(sent.txnId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await abdm.verifyOtp("abha-number", sent.txnId, owner.otp)).toEqual({
      ok: true,
      identity: { abhaNumber: owner.abhaNumber, abhaAddress: owner.abhaAddress },
    });
    expect(fake.violations).toEqual([]);
  });

  it("proves an ABHA address through the PHR login pair", async () => {
    const abdm = adapterFor(fake.url);
    const sent = await abdm.requestOtp("abha-address", owner.abhaAddress);
    expect(await abdm.verifyOtp("abha-address", sent.txnId, owner.otp)).toMatchObject({
      ok: true,
      identity: { abhaNumber: owner.abhaNumber },
    });
    expect(fake.count("/abha/api/v3/phr/web/login/abha/verify")).toBeGreaterThan(0);
    expect(fake.violations).toEqual([]);
  });

  it("opens one gateway session and fetches the certificate once for several calls", async () => {
    const abdm = adapterFor(fake.url);
    const sessions = fake.count("/api/hiecm/gateway/v3/sessions");
    await abdm.requestOtp("abha-number", owner.abhaNumber);
    await abdm.requestOtp("abha-number", owner.abhaNumber);
    expect(fake.count("/api/hiecm/gateway/v3/sessions") - sessions).toBe(1);
  });

  it("a wrong OTP is a refusal, not an error", async () => {
    const abdm = adapterFor(fake.url);
    const sent = await abdm.requestOtp("abha-number", owner.abhaNumber);
    expect(await abdm.verifyOtp("abha-number", sent.txnId, "000000")).toEqual({ ok: false });
  });

  it("refused credentials and an unreachable ABDM are a 503, never a 500", async () => {
    expect(
      (await errorOf(adapterFor(fake.url, "wrong").requestOtp("abha-number", owner.abhaNumber)))
        .status,
    ).toBe(503);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    expect(
      (await errorOf(adapterFor(url).requestOtp("abha-number", owner.abhaNumber))).status,
    ).toBe(503);
  });
});

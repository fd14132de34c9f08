import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { startFakeProvider } from "@/tests/fake-sms-servers";
import { publishDelayed, verifyQstashSignature } from "./qstash";

const url = "https://swasthai.example/api/cron/deliver";
const keys = { current: "sig_current_7kB2", next: "sig_next_9xQ4" };
const body = JSON.stringify({ reason: "delivery retry" });
const now = new Date("2026-12-06T05:00:00Z");
const epoch = Math.floor(now.getTime() / 1000);

/** A token as QStash signs it (docs: HS256, iss Upstash, sub the URL, body = base64url SHA-256). */
function sign(
  key: string,
  overrides: { sub?: string; iss?: string; body?: string; exp?: number; nbf?: number } = {},
) {
  const hash = createHash("sha256").update(body).digest("base64url");
  return new SignJWT({ body: overrides.body ?? `${hash}=` })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(overrides.iss ?? "Upstash")
    .setSubject(overrides.sub ?? url)
    .setIssuedAt(epoch)
    .setNotBefore(overrides.nbf ?? epoch)
    .setExpirationTime(overrides.exp ?? epoch + 300)
    .setJti("jwt_67kxXD6UBAk7DqU6hzuHMDdXFXfP")
    .sign(new TextEncoder().encode(key));
}

const verify = async (signature: string | null, overrides: { body?: string; url?: string } = {}) =>
  verifyQstashSignature(
    { signature, body: overrides.body ?? body, url: overrides.url ?? url },
    keys,
    now,
  );

describe("verifyQstashSignature", () => {
  it("accepts a token signed with the current key, or the next one during a rotation", async () => {
    expect(await verify(await sign(keys.current))).toBe(true);
    expect(await verify(await sign(keys.next))).toBe(true);
  });

  it("refuses a missing signature, another key, another body, URL or issuer, and expired tokens", async () => {
    expect(await verify(null)).toBe(false);
    expect(await verify(await sign("someone-else"))).toBe(false);
    expect(await verify(await sign(keys.current), { body: '{"reason":"other"}' })).toBe(false);
    expect(await verify(await sign(keys.current, { sub: "https://evil.example/x" }))).toBe(false);
    expect(await verify(await sign(keys.current, { iss: "NotUpstash" }))).toBe(false);
    expect(await verify(await sign(keys.current, { exp: epoch - 60, nbf: epoch - 360 }))).toBe(
      false,
    );
    expect(await verify(await sign(keys.current, { nbf: epoch + 120 }))).toBe(false);
    expect(await verify("not.a.jwt")).toBe(false);
  });
});

describe("publishDelayed", () => {
  let fake: Awaited<ReturnType<typeof startFakeProvider>> | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it("posts to /v2/publish/<destination> with the token, the delay and a dedupe id", async () => {
    fake = await startFakeProvider([{ status: 201, body: { messageId: "msg_1" } }]);
    await publishDelayed(url, 30, { token: "qstash-token", baseUrl: fake.url }, now);
    const [call] = fake.received;
    expect(call!.method).toBe("POST");
    expect(call!.path).toBe(`/v2/publish/${url}`);
    expect(call!.headers.authorization).toBe("Bearer qstash-token");
    expect(call!.headers["upstash-delay"]).toBe("30s");
    expect(call!.headers["upstash-deduplication-id"]).toMatch(/^swasthai-deliver-\d+$/);
    expect(JSON.parse(call!.body)).toEqual({ reason: "delivery retry" });
  });

  it("throws when QStash refuses", async () => {
    fake = await startFakeProvider([{ status: 401, body: { error: "unauthorized" } }]);
    await expect(publishDelayed(url, 30, { token: "bad", baseUrl: fake.url }, now)).rejects.toThrow(
      "401",
    );
  });
});

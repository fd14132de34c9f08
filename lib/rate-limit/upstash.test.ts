import { randomUUID } from "node:crypto";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startUpstashRestServer, type UpstashRestServer } from "@/tests/upstash-rest-server";

// Runs the real @upstash/redis and @upstash/ratelimit code against a real Redis through the
// Upstash-REST test server. No Redis at 127.0.0.1:6379 (or TEST_REDIS_URL) fails beforeAll loudly.
let server: UpstashRestServer;
const prefix = `swasthai:test:${Date.now().toString(36)}:${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  server = await startUpstashRestServer();
});

afterAll(async () => {
  if (!server) return;
  await server.redis.deleteMatching(`${prefix}*`);
  await server.close();
});

const client = (options: { responseEncoding?: false } = {}) =>
  new Redis({
    url: server.url,
    token: server.token,
    enableTelemetry: false,
    retry: false,
    ...options,
  });

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${server.token}`,
      "content-type": "application/json",
      ...headers,
    },
    body: JSON.stringify(body),
  });

describe("the Upstash REST test server", () => {
  it("refuses a wrong bearer token", async () => {
    const res = await fetch(server.url, {
      method: "POST",
      headers: { authorization: "Bearer wrong" },
      body: JSON.stringify(["PING"]),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Unauthorized" });
  });

  it("answers { result }, base64-encoding strings (not OK) when asked", async () => {
    const key = `${prefix}:raw`;
    expect(await (await post("/", ["SET", key, "नमस्ते"])).json()).toEqual({ result: "OK" });
    expect(await (await post("/", ["GET", key])).json()).toEqual({ result: "नमस्ते" });
    const encoded = await (await post("/", ["GET", key], { "Upstash-Encoding": "base64" })).json();
    expect(encoded).toEqual({ result: Buffer.from("नमस्ते").toString("base64") });
    expect(await (await post("/", ["PING"], { "Upstash-Encoding": "base64" })).json()).toEqual({
      result: Buffer.from("PONG").toString("base64"),
    });
  });

  it("answers errors with 400 { error }, and per command in a pipeline", async () => {
    const res = await post("/", ["NOSUCHCOMMAND"]);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^ERR unknown command/);
    const key = `${prefix}:pipe-raw`;
    const pipe = await post("/pipeline", [
      ["SET", key, "x"],
      ["INCR", key],
      ["GET", key],
    ]);
    expect(pipe.status).toBe(200);
    const [set, incr, get] = (await pipe.json()) as Array<{ result?: unknown; error?: string }>;
    expect(set).toEqual({ result: "OK" });
    expect(incr!.error).toMatch(/not an integer/);
    expect(get).toEqual({ result: "x" });
  });

  it("serves @upstash/redis: commands, JSON values, pipelines and transactions", async () => {
    for (const redis of [client(), client({ responseEncoding: false })]) {
      const key = `${prefix}:client:${randomUUID()}`;
      await redis.set(key, { name: "आशा", visits: 2 });
      expect(await redis.get(key)).toEqual({ name: "आशा", visits: 2 });
      expect(await redis.ping()).toBe("PONG");
      const [, n, ttl] = await redis
        .pipeline()
        .set(`${key}:n`, 1)
        .incr(`${key}:n`)
        .ttl(`${key}:n`)
        .exec();
      expect([n, ttl]).toEqual([2, -1]);
      expect(await redis.multi().incr(`${key}:m`).incr(`${key}:m`).exec()).toEqual([1, 2]);
    }
    expect(server.requests["/pipeline"]).toBeGreaterThan(0);
    expect(server.requests["/multi-exec"]).toBeGreaterThan(0);
  });

  it("runs scripts with Upstash's allow-key-locking shebang via EVAL, EVALSHA and SCRIPT LOAD", async () => {
    const redis = client();
    const script = `#!lua flags=allow-key-locking\nreturn redis.call("INCRBY", KEYS[1], ARGV[1])`;
    const key = `${prefix}:script`;
    expect(await redis.eval(script, [key], [2])).toBe(2);
    const sha = await redis.scriptLoad(script);
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await redis.evalsha(sha, [key], [3])).toBe(5);
    await expect(redis.evalsha("0".repeat(40), [key], [1])).rejects.toThrow(/NOSCRIPT/);
  });
});

describe("@upstash/ratelimit sliding window on real Redis", () => {
  const limiter = (redis: Redis, tokens = 3) =>
    new Ratelimit({
      redis,
      limiter: Ratelimit.slidingWindow(tokens, "1 h"),
      prefix: `${prefix}:rl`,
      ephemeralCache: false,
    });

  it("allows N, refuses N+1 with a reset inside the window", async () => {
    const rl = limiter(client());
    const id = randomUUID();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await rl.limit(id));
    expect(results.map((r) => [r.success, r.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    const retryAfterMs = results[3]!.reset - Date.now();
    expect(retryAfterMs).toBeGreaterThan(0);
    expect(retryAfterMs).toBeLessThanOrEqual(3_600_000);
    // The count lives in Redis under the prefix: real keys, not a client-side cache.
    const keys = (await server.redis.call(["KEYS", `${prefix}:rl:${id}:*`])) as Buffer[];
    expect(keys).toHaveLength(1);
  });

  it("keeps separate identifiers independent", async () => {
    const rl = limiter(client(), 1);
    const [a, b] = [randomUUID(), randomUUID()];
    expect((await rl.limit(a)).success).toBe(true);
    expect((await rl.limit(a)).success).toBe(false);
    expect((await rl.limit(b)).success).toBe(true);
  });

  it("reports remaining without consuming, and resets", async () => {
    const rl = limiter(client(), 2);
    const id = randomUUID();
    await rl.limit(id);
    expect((await rl.getRemaining(id)).remaining).toBe(1);
    expect((await rl.getRemaining(id)).remaining).toBe(1);
    await rl.limit(id);
    expect((await rl.limit(id)).success).toBe(false);
    await rl.resetUsedTokens(id);
    expect((await rl.getRemaining(id)).remaining).toBe(2);
    expect((await rl.limit(id)).success).toBe(true);
  });

  it("shares one count between two instances with their own clients", async () => {
    const first = limiter(client(), 4);
    const second = limiter(client({ responseEncoding: false }), 4);
    const id = randomUUID();
    await first.limit(id);
    await second.limit(id);
    await first.limit(id);
    expect((await second.limit(id)).remaining).toBe(0);
    expect((await first.limit(id)).success).toBe(false);
    await second.resetUsedTokens(id);
    expect((await first.limit(id)).success).toBe(true);
  });

  it("reuses loaded scripts: EVALSHA hits after the first EVAL of each script", () => {
    // Each script is EVALed once (NOSCRIPT fallback); after that the SHA mapping serves EVALSHA.
    expect(server.commands.EVALSHA).toBeGreaterThan(10);
    expect(server.commands.EVAL).toBeLessThanOrEqual(4);
  });
});

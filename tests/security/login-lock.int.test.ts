import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as loginRoute } from "@/app/api/v1/auth/login/route";
import { authConfig } from "@/lib/auth/config";
import { rateLimitPolicies } from "@/lib/rate-limit";
import { call } from "@/tests/api-client";
import { createUserWithPassword } from "@/tests/factories-users";

// Pen-test finding (issue #9, high): 200 parallel guesses at one account were all checked, and the
// right password sent last signed in. The probe counts the argon2 checks actually run.
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    verifyPassword: (hash: string, password: string) => {
      hashes.count += 1;
      return real.verifyPassword(hash, password);
    },
  };
});

// next-auth's entry imports Next's request scope, which does not load outside Next; its error
// classes are @auth/core's, and authorize() below is our code, unchanged.
vi.mock("next-auth", async () => ({
  CredentialsSignin: (await import("@auth/core/errors")).CredentialsSignin,
}));

const { limit, windowSeconds } = rateLimitPolicies.login_account;
const windowMs = windowSeconds * 1000;
const wrong = "Galat@Parol9";
const burst = 200;

// A frozen clock at the start of a window: no request of a test straddles a window edge, and the
// lock's end is reached by moving the clock, not by waiting 15 minutes.
let start: number;
beforeEach(() => {
  hashes.count = 0;
  start = Math.ceil(Date.now() / windowMs) * windowMs;
  vi.useFakeTimers({ toFake: ["Date"], now: start });
});
afterEach(() => {
  vi.useRealTimers();
});

const login = (email: string, password: string) =>
  call(loginRoute, { path: "/auth/login", body: { email, password } });

/** How many of each answer: `{ 401: 10, 429: 190 }`. */
const tally = (answers: Array<string | number>) =>
  answers.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a]: (acc[a] ?? 0) + 1 }), {});

describe("the per-account lock through POST /api/v1/auth/login", () => {
  it(`checks at most ${limit} of ${burst} parallel guesses and refuses the rest with 429`, async () => {
    const { user, password } = await createUserWithPassword();
    const answers = await Promise.all(
      Array.from({ length: burst }, () => login(user.email, wrong)),
    );

    expect(hashes.count).toBe(limit);
    expect(tally(answers.map((a) => a.status))).toEqual({ 401: limit, 429: burst - limit });
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.every((a) => Number(a.headers.get("retry-after")) > 0)).toBe(true);

    // The right password, sent after the burst, is refused without a check until the lock ends.
    const locked = await login(user.email, password);
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
    vi.setSystemTime(start + (retryAfter - 1) * 1000);
    expect((await login(user.email, password)).status).toBe(429);
    expect(hashes.count).toBe(limit);

    vi.setSystemTime(start + (retryAfter + 1) * 1000);
    expect((await login(user.email, password)).status).toBe(200);
  });

  it("an unknown email is refused the same way, after the same number of checks", async () => {
    const email = `nobody-${crypto.randomUUID()}@example.com`;
    const answers = await Promise.all(Array.from({ length: 30 }, () => login(email, wrong)));
    expect(hashes.count).toBe(limit);
    expect(tally(answers.map((a) => a.status))).toEqual({ 401: limit, 429: 30 - limit });
  });

  it("a locked account lets a burst through only as far as the window has freed attempts", async () => {
    const { user } = await createUserWithPassword();
    for (let i = 0; i < limit; i++) expect((await login(user.email, wrong)).status).toBe(401);
    expect((await login(user.email, wrong)).status).toBe(429);

    // Just past the window's end the sliding window frees exactly one attempt.
    vi.setSystemTime(start + windowMs + 1000);
    hashes.count = 0;
    const answers = await Promise.all(Array.from({ length: 50 }, () => login(user.email, wrong)));
    expect(hashes.count).toBe(1);
    expect(tally(answers.map((a) => a.status))).toEqual({ 401: 1, 429: 49 });
  });

  it("a successful sign-in clears the failures before it", async () => {
    const { user, password } = await createUserWithPassword();
    for (let i = 0; i < limit - 1; i++) await login(user.email, wrong);
    expect((await login(user.email, password)).status).toBe(200);
    for (let i = 0; i < limit; i++) expect((await login(user.email, wrong)).status).toBe(401);
    expect((await login(user.email, password)).status).toBe(429);
  });
});

describe("the per-account lock through the sign-in form's Auth.js credentials callback", () => {
  const credentials = authConfig.providers.find(
    (p) => typeof p === "object" && "id" in p && p.id === "credentials",
  ) as unknown as {
    options: { authorize: (input: Record<string, string>, request: Request) => Promise<unknown> };
  };
  const authorize = (email: string, password: string) =>
    credentials.options
      .authorize(
        { email, password },
        new Request("http://127.0.0.1:3000/api/auth/callback/credentials", { method: "POST" }),
      )
      .then(
        (user) => (user ? "signed in" : "refused"),
        (err: { code?: string }) => (err.code === "rate_limited" ? "rate limited" : "error"),
      );

  it(`checks at most ${limit} of ${burst} parallel guesses`, async () => {
    const { user, password } = await createUserWithPassword();
    const answers = await Promise.all(
      Array.from({ length: burst }, () => authorize(user.email, wrong)),
    );
    expect(hashes.count).toBe(limit);
    expect(tally(answers)).toEqual({ refused: limit, "rate limited": burst - limit });
    expect(await authorize(user.email, password)).toBe("rate limited");

    vi.setSystemTime(start + windowMs + 1000);
    expect(await authorize(user.email, password)).toBe("signed in");
  });
});

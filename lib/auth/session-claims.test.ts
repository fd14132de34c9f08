import { beforeEach, describe, expect, it, vi } from "vitest";

const door = vi.hoisted(() => ({
  cookie: "",
  proto: null as string | null,
  session: null as unknown,
  calls: 0,
}));
vi.mock("next/headers", () => ({
  headers: async () => {
    const h = new Headers({ cookie: door.cookie });
    if (door.proto) h.set("x-forwarded-proto", door.proto);
    return h;
  },
}));
vi.mock("@/auth", () => ({
  auth: async () => {
    door.calls++;
    return door.session;
  },
}));

const { sessionClaims } = await import("./session-claims");

const claims = { uid: "0190a1b2-0000-7000-8000-000000000001", sv: 2, sid: "s-1" };
let token = 0;
/** A cookie nobody sent before (the cache is process-wide, like the server's). */
const freshCookie = () => `theme=dark; authjs.session-token=tok-${++token}; NEXT_LOCALE=hi`;

beforeEach(() => {
  door.calls = 0;
  door.proto = null;
  door.session = { ...claims, user: { name: "Asha" }, expires: "2026-12-13T00:00:00.000Z" };
});

describe("sessionClaims", () => {
  it("asks Auth.js nothing when the request carries no session cookie", async () => {
    door.cookie = "theme=dark; NEXT_LOCALE=hi";
    expect(await sessionClaims()).toBeNull();
    expect(door.calls).toBe(0);
  });

  it("decodes a cookie once and answers from memory for a minute", async () => {
    door.cookie = freshCookie();
    const t0 = Date.parse("2026-12-06T10:00:00Z");
    expect(await sessionClaims(t0)).toEqual(claims);
    expect(await sessionClaims(t0 + 59_000)).toEqual(claims);
    expect(door.calls).toBe(1);
    expect(await sessionClaims(t0 + 61_000)).toEqual(claims);
    expect(door.calls).toBe(2);
  });

  it("keeps cookies apart: another token, or the same one over https, is decoded on its own", async () => {
    const first = freshCookie();
    door.cookie = first;
    await sessionClaims();
    door.cookie = freshCookie();
    door.session = { ...claims, uid: "0190a1b2-0000-7000-8000-000000000002" };
    expect((await sessionClaims())?.uid).toBe("0190a1b2-0000-7000-8000-000000000002");
    door.cookie = first;
    door.proto = "https";
    await sessionClaims();
    expect(door.calls).toBe(3);
  });

  it("remembers no refusal: a cookie Auth.js rejects is asked about again", async () => {
    door.cookie = freshCookie();
    door.session = null;
    expect(await sessionClaims()).toBeNull();
    expect(await sessionClaims()).toBeNull();
    expect(door.calls).toBe(2);
  });

  it("treats a cookie without a server-side session id as signed out", async () => {
    door.cookie = freshCookie();
    door.session = { uid: claims.uid, sv: 1 };
    expect(await sessionClaims()).toBeNull();
  });

  it("reads a session cookie Auth.js split into chunks", async () => {
    door.cookie = `authjs.session-token.1=part-b-${++token}; authjs.session-token.0=part-a`;
    expect(await sessionClaims()).toEqual(claims);
    expect(await sessionClaims()).toEqual(claims);
    expect(door.calls).toBe(1);
  });
});

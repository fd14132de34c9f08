import { describe, expect, it } from "vitest";
import { hashRequest, parseIdempotencyKey } from "./index";

describe("idempotency helpers", () => {
  it("hashes bodies independently of key order and undefined fields", () => {
    expect(hashRequest({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(
      hashRequest({ b: { d: "x", c: [1, 2] }, a: 1, e: undefined }),
    );
    expect(hashRequest({ a: 1 })).not.toBe(hashRequest({ a: 2 }));
    expect(hashRequest({ a: [1, 2] })).not.toBe(hashRequest({ a: [2, 1] }));
  });

  it("accepts 1..255 visible ASCII characters and nothing else", () => {
    expect(parseIdempotencyKey(null)).toBeNull();
    expect(parseIdempotencyKey(" 8e0f-4c1b ")).toBe("8e0f-4c1b");
    for (const bad of ["", "   ", "x".repeat(256), "key with space", "ключ"]) {
      expect(() => parseIdempotencyKey(bad)).toThrow(/Idempotency-Key/);
    }
  });
});

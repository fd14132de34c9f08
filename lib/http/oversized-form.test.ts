import { describe, expect, it } from "vitest";
import { formPostByteCap, isOversizedFormPost } from "./oversized-form";

const post = (headers: Record<string, string>, path = "/records/new", method = "POST") => ({
  method,
  headers: new Headers(headers),
  nextUrl: { pathname: path },
});
const form = { "content-type": "multipart/form-data; boundary=x" };
const over = String(formPostByteCap + 1);

describe("isOversizedFormPost (a no-JavaScript upload past what a server action reads)", () => {
  it("catches a plain form post to a page longer than the cap", () => {
    expect(isOversizedFormPost(post({ ...form, "content-length": over }))).toBe(true);
  });

  it("lets through what Next reads itself: up to the cap, JavaScript's actions, API uploads", () => {
    const atCap = String(formPostByteCap);
    expect(isOversizedFormPost(post({ ...form, "content-length": atCap }))).toBe(false);
    expect(
      isOversizedFormPost(post({ ...form, "content-length": over, "next-action": "abc" })),
    ).toBe(false);
    expect(
      isOversizedFormPost(post({ ...form, "content-length": over }, "/api/v1/health-records")),
    ).toBe(false);
  });

  it("ignores other methods, bodies and a missing length", () => {
    expect(isOversizedFormPost(post({ ...form, "content-length": over }, "/x", "GET"))).toBe(false);
    expect(
      isOversizedFormPost(post({ "content-type": "text/plain", "content-length": over })),
    ).toBe(false);
    expect(isOversizedFormPost(post(form))).toBe(false);
  });
});

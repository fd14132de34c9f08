import { describe, expect, it } from "vitest";
import { homeFor, safeCallbackUrl } from "./callback-url";

describe("homeFor", () => {
  it("sends each role to its own place", () => {
    expect(homeFor("patient")).toBe("/dashboard");
    expect(homeFor("doctor")).toBe("/doctor");
    expect(homeFor("admin")).toBe("/admin");
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    "/profile",
    "/doctors?city=Pune&page=2",
    "/profile/abha#top",
    "/",
    "/verify-email?token=abc",
  ])("keeps the same-site path %s", (path) => expect(safeCallbackUrl(path)).toBe(path));

  it.each([
    "https://evil.example/profile",
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/ /evil.example",
    "javascript:alert(1)",
    "profile",
    "",
    "/login",
    "/login?callbackUrl=%2Fprofile",
    "/signup/",
    `/${"a".repeat(3000)}`,
    undefined,
    null,
    42,
  ])("refuses %j", (value) => expect(safeCallbackUrl(value)).toBeNull());
});

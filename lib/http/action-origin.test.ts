import { describe, expect, it } from "vitest";
import { isCrossSiteAction } from "./action-origin";

const post = (headers: Record<string, string>, path = "/profile", method = "POST") => ({
  method,
  headers: new Headers({ host: "swasthai.example", ...headers }),
  nextUrl: { pathname: path },
});
const action = { "next-action": "7f3a0c" };

describe("isCrossSiteAction (Next's own origin rule, answered 403 by proxy.ts)", () => {
  it("refuses an action posted from another site", () => {
    expect(isCrossSiteAction(post({ ...action, origin: "https://evil.example" }))).toBe(true);
  });

  it("refuses the same host on another port, an opaque origin and an unreadable one", () => {
    expect(isCrossSiteAction(post({ ...action, origin: "https://swasthai.example:8443" }))).toBe(
      true,
    );
    expect(isCrossSiteAction(post({ ...action, origin: "null" }))).toBe(true);
    expect(isCrossSiteAction(post({ ...action, origin: "not a url" }))).toBe(true);
  });

  it("refuses a multipart form posted to a page from another site (a no-JavaScript action)", () => {
    const form = {
      "content-type": "multipart/form-data; boundary=x",
      origin: "https://evil.example",
    };
    expect(isCrossSiteAction(post(form))).toBe(true);
    // Route handlers take their own uploads and check the origin themselves.
    expect(isCrossSiteAction(post(form, "/api/v1/users/me/photo"))).toBe(false);
  });

  it("lets same-origin actions and requests without an Origin through, as Next does", () => {
    expect(isCrossSiteAction(post({ ...action, origin: "https://swasthai.example" }))).toBe(false);
    expect(isCrossSiteAction(post({ ...action, origin: "http://swasthai.example" }))).toBe(false);
    expect(isCrossSiteAction(post(action))).toBe(false);
  });

  it("compares with the first forwarded host when there is one, as Next does", () => {
    const behindProxy = { ...action, host: "127.0.0.1:3000", origin: "https://swasthai.example" };
    expect(
      isCrossSiteAction(post({ ...behindProxy, "x-forwarded-host": "swasthai.example, lb" })),
    ).toBe(false);
    expect(isCrossSiteAction(post(behindProxy))).toBe(true);
  });

  it("leaves other requests alone", () => {
    const evil = { origin: "https://evil.example" };
    expect(isCrossSiteAction(post({ ...action, ...evil }, "/profile", "GET"))).toBe(false);
    expect(isCrossSiteAction(post({ "content-type": "application/json", ...evil }))).toBe(false);
  });

  it("accepts serverActions.allowedOrigins, wildcards included", () => {
    const from = (origin: string) => post({ ...action, origin });
    const allowed = ["app.partner.example", "*.clinics.example", "**.hospital.example"];
    expect(isCrossSiteAction(from("https://app.partner.example"), allowed)).toBe(false);
    expect(isCrossSiteAction(from("https://pune.clinics.example"), allowed)).toBe(false);
    expect(isCrossSiteAction(from("https://a.b.clinics.example"), allowed)).toBe(true);
    expect(isCrossSiteAction(from("https://clinics.example"), allowed)).toBe(true);
    expect(isCrossSiteAction(from("https://a.b.hospital.example"), allowed)).toBe(false);
    expect(isCrossSiteAction(from("https://evil.example"), ["*"])).toBe(true);
  });
});

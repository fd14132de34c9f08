import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./same-origin";

const req = (method: string, headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/api/v1/users/me", {
    method,
    headers: { host: "127.0.0.1:3000", ...headers },
  });

describe("same-origin check for cookie-authenticated writes", () => {
  it("lets reads through whatever their origin", () => {
    expect(() => checkSameOrigin(req("GET", { origin: "https://evil.example" }))).not.toThrow();
  });

  it("accepts writes from our own origin", () => {
    expect(() => checkSameOrigin(req("PUT", { origin: "http://127.0.0.1:3000" }))).not.toThrow();
    expect(() => checkSameOrigin(req("DELETE", { "sec-fetch-site": "same-origin" }))).not.toThrow();
  });

  it.each([
    [{ origin: "https://evil.example" }],
    [{ origin: "null" }],
    [{}],
    [{ "sec-fetch-site": "cross-site" }],
  ])("refuses a write with %j as forbidden", (headers) => {
    expect(() => checkSameOrigin(req("POST", headers))).toThrow(
      expect.objectContaining({ code: "forbidden", status: 403 }),
    );
  });
});

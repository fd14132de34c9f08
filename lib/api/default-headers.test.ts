import { describe, expect, it } from "vitest";
import { keepPrivate, withApiHeaders } from "./default-headers";

describe("keepPrivate", () => {
  it("marks an answer without a policy private, no-store", () => {
    expect(keepPrivate(new Response("{}")).headers.get("cache-control")).toBe("private, no-store");
  });

  it("keeps a policy the handler chose", () => {
    const photo = new Response("", { headers: { "cache-control": "private, max-age=86400" } });
    expect(keepPrivate(photo).headers.get("cache-control")).toBe("private, max-age=86400");
  });

  it("copies a redirect's immutable headers, cookies included", async () => {
    const redirect = Response.redirect("http://127.0.0.1/next", 302);
    const marked = keepPrivate(redirect);
    expect(marked.status).toBe(302);
    expect(marked.headers.get("location")).toBe("http://127.0.0.1/next");
    expect(marked.headers.get("cache-control")).toBe("private, no-store");
  });

  it("gives API answers the strict CSP unless they bring their own", () => {
    const json = withApiHeaders(new Response("{}"), false);
    expect(json.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(json.headers.has("cache-control")).toBe(false);
    expect(json.headers.get("x-content-type-options")).toBe("nosniff");
    const photo = new Response("", {
      headers: { "content-security-policy": "default-src 'none'; sandbox" },
    });
    expect(withApiHeaders(photo, true).headers.get("content-security-policy")).toBe(
      "default-src 'none'; sandbox",
    );
  });
});

import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { config, proxy } from "./proxy";

// The count's database write, loaded by the proxy on an article's first open.
const views = vi.hoisted(() => ({
  countArticleViewQuietly: vi.fn<(slug: string) => Promise<void>>(async () => {}),
}));
vi.mock("@/lib/articles/views", () => views);

const request = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
  new NextRequest(`http://127.0.0.1:3000${path}`, {
    ...init,
    headers: { host: "127.0.0.1:3000", ...Object.fromEntries(new Headers(init.headers)) },
  });

const scriptSrc = (csp: string | null) =>
  csp?.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";

describe("proxy: Content-Security-Policy", () => {
  it("gives each page a fresh nonce, without 'unsafe-inline' for scripts", () => {
    const first = proxy(request("/hospitals")).headers.get("content-security-policy");
    const second = proxy(request("/hospitals")).headers.get("content-security-policy");
    expect(scriptSrc(first)).toMatch(/'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(scriptSrc(first)).not.toContain("unsafe-inline");
    expect(first).not.toBe(second);
  });

  it("hands Next the same policy on the request, so its scripts carry the nonce", () => {
    const response = proxy(request("/hospitals"));
    // How NextResponse.next({ request: { headers } }) tells Next to rewrite the request.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(
      response.headers.get("content-security-policy"),
    );
  });

  it("sets no policy on /api/v1 answers, leaving the route's own to reach the browser", () => {
    // Next keeps the proxy's value when both set a header (next/dist/server/send-response.js
    // appends a route's header only if it is not present), so the route's CSP needs none here.
    const response = proxy(request("/api/v1/users/me/photo"));
    expect(response.headers.has("content-security-policy")).toBe(false);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("proxy: a record's file served to the pages", () => {
  const path = "/records/3f0e2a4c-1b2d-4e5f-8a9b-0c1d2e3f4a5b/file";
  const signedIn = { headers: { cookie: "authjs.session-token=x" } };

  it("keeps the route's own policy and may be framed by the app's record page only", () => {
    const response = proxy(request(path, signedIn));
    expect(response.headers.has("content-security-policy")).toBe(false);
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("leaves every other page unframeable", () => {
    const page = proxy(request("/records/3f0e2a4c-1b2d-4e5f-8a9b-0c1d2e3f4a5b", signedIn));
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});

describe("proxy: a lab report served to the pages", () => {
  const signedIn = { headers: { cookie: "authjs.session-token=x" } };

  it("keeps the report route's own policy, and sends a visitor without a session to sign in", () => {
    const path = "/lab-tests/bookings/3f0e2a4c-1b2d-4e5f-8a9b-0c1d2e3f4a5b/report";
    expect(proxy(request(path, signedIn)).headers.has("content-security-policy")).toBe(false);
    expect(proxy(request("/lab-tests/bookings")).headers.get("location")).toContain("/login");
    expect(proxy(request("/lab-tests")).headers.get("location")).toBeNull();
  });
});

describe("proxy: a verification document served to the admin pages", () => {
  const signedIn = { headers: { cookie: "authjs.session-token=x" } };
  const id = "3f0e2a4c-1b2d-4e5f-8a9b-0c1d2e3f4a5b";

  it("keeps the route's own sandbox policy, and stays unframeable", () => {
    const response = proxy(request(`/admin/doctors/${id}/documents/${id}`, signedIn));
    expect(response.headers.has("content-security-policy")).toBe(false);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("gives the application page itself the page policy", () => {
    const page = proxy(request(`/admin/doctors/${id}`, signedIn));
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});

describe("proxy: cross-site server actions", () => {
  const action = (origin: string) =>
    request("/login", {
      method: "POST",
      headers: { "next-action": "7f3a0c", origin, "content-type": "text/plain;charset=UTF-8" },
      body: "[]",
    });

  it("answers 403 problem+json before Next throws its 500", async () => {
    const response = proxy(action("https://evil.example"));
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 403, code: "forbidden" });
  });

  it("lets a same-origin action through to Next", () => {
    const response = proxy(action("http://127.0.0.1:3000"));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});

const matches = (url: string, headers: Record<string, string> = {}) =>
  unstable_doesMiddlewareMatch({ config, url, headers });

describe("the proxy's matcher", () => {
  it("runs on pages, actions and the API", () => {
    expect(matches("/")).toBe(true);
    expect(matches("/records/new", { "content-type": "multipart/form-data; boundary=x" })).toBe(
      true,
    );
    expect(matches("/api/v1/users/me")).toBe(true);
    expect(matches("/api/v1/health-records")).toBe(true);
    expect(matches("/api/v1/health-records?type=lab_report")).toBe(true);
    expect(matches("/api/v1/health-records/abc/download")).toBe(true);
    expect(matches("/api/v1/health-records/abc")).toBe(true);
    expect(matches("/api/v1/health-records-x")).toBe(false);
  });

  it("leaves out a multipart upload to the records API (its body is not read ahead)", () => {
    expect(
      matches("/api/v1/health-records", { "content-type": "multipart/form-data; boundary=x" }),
    ).toBe(false);
  });

  it("leaves out a multipart upload of a doctor's document (and only that)", () => {
    const multipart = { "content-type": "multipart/form-data; boundary=x" };
    expect(matches("/api/v1/doctors/me/documents", multipart)).toBe(false);
    expect(matches("/api/v1/doctors/me/documents")).toBe(true);
    expect(matches("/api/v1/doctors/me/documents/abc")).toBe(true);
    expect(matches("/api/v1/doctors/me")).toBe(true);
    expect(matches("/doctor/onboarding", multipart)).toBe(true);
  });

  it("leaves out static files", () => {
    expect(matches("/_next/static/chunks/a.js")).toBe(false);
    expect(matches("/robots.txt")).toBe(false);
  });
});

describe("proxy: signed-in pages inside the public forum, articles and help", () => {
  const id = "3f0e2a4c-1b2d-4e5f-8a9b-0c1d2e3f4a5b";

  it.each([
    "/forum/new",
    `/forum/${id}/edit`,
    `/forum/replies/${id}/edit`,
    "/articles/saved",
    "/help/tickets",
    `/help/tickets/${id}`,
  ])("sends a visitor without a session from %s to sign in first", (path) => {
    const location = proxy(request(path)).headers.get("location");
    expect(location).toContain(`/login?callbackUrl=${encodeURIComponent(path)}`);
  });

  it.each(["/forum", `/forum/${id}`, "/articles", "/articles/eat-well", "/help"])(
    "lets a visitor read %s",
    (path) => {
      expect(proxy(request(path)).headers.get("location")).toBeNull();
    },
  );
});

describe("proxy: signed-out pages from the page cache", () => {
  const rewriteOf = (response: Response) => {
    const target = response.headers.get("x-middleware-rewrite");
    return target ? new URL(target).pathname : null;
  };

  it("rewrites a signed-out visitor's search to the cached tree in their language", () => {
    const response = proxy(
      request("/doctors?city=Pune&specialty=cardiologist&q=", {
        headers: { cookie: "NEXT_LOCALE=hi" },
      }),
    );
    expect(rewriteOf(response)).toBe(
      `/cached/hi/doctors/${encodeURIComponent("specialty=cardiologist&city=Pune")}`,
    );
    // One cached HTML for everyone: no per-request nonce, and no shared cache keeps it by URL.
    expect(scriptSrc(response.headers.get("content-security-policy")).trim()).toBe(
      "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    );
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("vary")).toBe("Cookie, Accept-Language");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("renders today's page for a signed-in visitor at the same address", () => {
    const response = proxy(
      request("/doctors?city=Pune", { headers: { cookie: "authjs.session-token=abc" } }),
    );
    expect(rewriteOf(response)).toBeNull();
    expect(scriptSrc(response.headers.get("content-security-policy"))).toMatch(/'nonce-/);
  });
});

describe("proxy: an article's view count", () => {
  /** What the proxy left to finish after the response, as Next's event collects it. */
  async function opened(path: string, headers: Record<string, string> = {}, method = "GET") {
    const pending: Promise<unknown>[] = [];
    const event = { waitUntil: (p: Promise<unknown>) => pending.push(p) };
    views.countArticleViewQuietly.mockClear();
    const response = proxy(request(path, { method, headers }), event as never);
    await Promise.all(pending);
    return { response, counted: views.countArticleViewQuietly.mock.calls.map(([slug]) => slug) };
  }

  it("counts each open, signed in or out, after the page is on its way", async () => {
    const signedOut = await opened("/articles/eat-well");
    expect(signedOut.counted).toEqual(["eat-well"]);
    expect(signedOut.response.headers.get("x-middleware-rewrite")).toContain(
      "/cached/en/article/eat-well",
    );
    expect(
      (await opened("/articles/eat-well", { cookie: "authjs.session-token=s" })).counted,
    ).toEqual(["eat-well"]);
    // A client-side navigation is an open too.
    expect((await opened("/articles/eat-well?_rsc=1x2", { rsc: "1" })).counted).toEqual([
      "eat-well",
    ]);
  });

  it("does not count the browser's prefetch, a HEAD, a return with ?notice= or other pages", async () => {
    expect((await opened("/articles/eat-well", { "sec-purpose": "prefetch" })).counted).toEqual([]);
    expect((await opened("/articles/eat-well", {}, "HEAD")).counted).toEqual([]);
    expect((await opened("/articles/eat-well?notice=saved")).counted).toEqual([]);
    expect((await opened("/articles")).counted).toEqual([]);
    expect((await opened("/articles/saved", { cookie: "authjs.session-token=s" })).counted).toEqual(
      [],
    );
    expect((await opened("/cached/en/article/eat-well")).counted).toEqual([]);
  });
});

describe("proxy: a form post without JavaScript too long for a server action", () => {
  const upload = (length: number) =>
    proxy(
      request("/records/new?x=1", {
        method: "POST",
        headers: {
          cookie: "authjs.session-token=s",
          "content-type": "multipart/form-data; boundary=b",
          "content-length": String(length),
        },
      }),
    );

  it("goes back to its page with ?refused=too_large (303), not on to an error page", () => {
    const response = upload(12 * 1024 * 1024);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/records/new");
    expect(location.searchParams.get("x")).toBe("1");
    expect(location.searchParams.get("refused")).toBe("too_large");
  });

  it("passes a post the action can read", () => {
    expect(upload(10 * 1024 * 1024).headers.get("location")).toBeNull();
  });
});

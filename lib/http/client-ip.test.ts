import { describe, expect, it } from "vitest";
import { normaliseIp, resolveClientIp } from "./client-ip";

const h = (init: Record<string, string>) => new Headers(init);
const direct = { vercel: false, trustedProxyHops: 0 };
const oneProxy = { vercel: false, trustedProxyHops: 1 };
const twoProxies = { vercel: false, trustedProxyHops: 2 };
const vercel = { vercel: true, trustedProxyHops: 0 };

describe("resolveClientIp", () => {
  it("trusts no header without proxies", () => {
    const headers = h({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" });
    expect(resolveClientIp(headers, direct)).toBe("direct");
  });

  it("takes the rightmost X-Forwarded-For entry behind one proxy", () => {
    expect(resolveClientIp(h({ "x-forwarded-for": "198.51.100.4" }), oneProxy)).toBe(
      "198.51.100.4",
    );
  });

  it("ignores a spoofed leftmost X-Forwarded-For entry", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the real peer address.
    const headers = h({ "x-forwarded-for": "1.2.3.4, 198.51.100.4" });
    expect(resolveClientIp(headers, oneProxy)).toBe("198.51.100.4");
    // Behind CDN + load balancer: the entry the CDN appended, not the forged ones before it.
    const chain = h({ "x-forwarded-for": "1.2.3.4, 5.6.7.8, 198.51.100.4, 10.0.0.2" });
    expect(resolveClientIp(chain, twoProxies)).toBe("198.51.100.4");
  });

  it("uses the leftmost entry when fewer entries than hops arrived", () => {
    expect(resolveClientIp(h({ "x-forwarded-for": "198.51.100.4" }), twoProxies)).toBe(
      "198.51.100.4",
    );
  });

  it("answers direct when the forwarding header is missing or not an address", () => {
    expect(resolveClientIp(h({}), oneProxy)).toBe("direct");
    expect(resolveClientIp(h({ "x-forwarded-for": "1.2.3.4, evil" }), oneProxy)).toBe("direct");
  });

  it("on Vercel uses x-real-ip, then the first x-vercel-forwarded-for entry", () => {
    expect(
      resolveClientIp(h({ "x-real-ip": "203.0.113.9", "x-forwarded-for": "1.2.3.4" }), vercel),
    ).toBe("203.0.113.9");
    expect(resolveClientIp(h({ "x-vercel-forwarded-for": "203.0.113.10, 10.0.0.1" }), vercel)).toBe(
      "203.0.113.10",
    );
    expect(resolveClientIp(h({ "x-forwarded-for": "1.2.3.4" }), vercel)).toBe("direct");
  });

  it("normalises ports, brackets, case and IPv4-mapped IPv6", () => {
    expect(resolveClientIp(h({ "x-forwarded-for": "198.51.100.4:51234" }), oneProxy)).toBe(
      "198.51.100.4",
    );
    expect(resolveClientIp(h({ "x-forwarded-for": "[2001:DB8::1]:443" }), oneProxy)).toBe(
      "2001:db8::1",
    );
    expect(normaliseIp("::ffff:203.0.113.5")).toBe("203.0.113.5");
    expect(normaliseIp("not-an-ip")).toBeUndefined();
    expect(normaliseIp("")).toBeUndefined();
  });
});

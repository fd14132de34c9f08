import { describe, expect, it } from "vitest";
import { addressSource } from "./address-source";

describe("addressSource", () => {
  it("is none unless Vercel, a number of proxies or an explicit off says otherwise", () => {
    expect(addressSource({})).toBe("none");
    expect(addressSource({ TRUSTED_PROXY_HOPS: 0, RATE_LIMIT_BY_IP: "on", VERCEL: "0" })).toBe(
      "none",
    );
    expect(addressSource({ VERCEL: "1" })).toBe("vercel");
    expect(addressSource({ TRUSTED_PROXY_HOPS: 1 })).toBe("proxy");
    expect(addressSource({ RATE_LIMIT_BY_IP: "off" })).toBe("off");
  });

  it("lets an explicit off win over a configured source", () => {
    expect(addressSource({ VERCEL: "1", TRUSTED_PROXY_HOPS: 2, RATE_LIMIT_BY_IP: "off" })).toBe(
      "off",
    );
  });
});

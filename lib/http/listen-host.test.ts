import { describe, expect, it } from "vitest";
import { loopbackListenLiteral } from "./listen-host";

describe("loopbackListenLiteral", () => {
  it("finds a loopback literal given to next start or to server.js", () => {
    expect(loopbackListenLiteral(["node", "next", "start", "-H", "127.0.0.1"], undefined)).toBe(
      "127.0.0.1",
    );
    expect(loopbackListenLiteral(["node", "next", "start", "--hostname=::1"], undefined)).toBe(
      "::1",
    );
    expect(loopbackListenLiteral(["node", "server.js"], "127.0.0.1")).toBe("127.0.0.1");
  });

  it("accepts localhost, every interface, a real address and no choice at all", () => {
    expect(loopbackListenLiteral(["node", "next", "start", "-H", "localhost"], undefined)).toBe(
      null,
    );
    expect(loopbackListenLiteral(["node", "server.js"], "0.0.0.0")).toBe(null);
    expect(loopbackListenLiteral(["node", "next", "start", "-H", "10.0.0.5"], undefined)).toBe(
      null,
    );
    expect(loopbackListenLiteral(["node", "next", "start"], undefined)).toBe(null);
  });

  it("lets the flag win over a HOSTNAME the shell happens to carry", () => {
    expect(loopbackListenLiteral(["next", "start", "-H", "localhost"], "127.0.0.1")).toBe(null);
  });
});

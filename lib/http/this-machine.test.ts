import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { fromThisMachine, isLoopback, listeningAddresses } from "./this-machine";

const direct = { vercel: false, trustedProxyHops: 0, vouchedClient: "direct" };

describe("fromThisMachine", () => {
  it("is true when every listening socket is loopback and no proxy is trusted", () => {
    expect(fromThisMachine({ ...direct, listening: ["127.0.0.1"] })).toBe(true);
    expect(fromThisMachine({ ...direct, listening: ["::1", "127.0.0.1"] })).toBe(true);
  });

  it("is false when any socket listens beyond loopback, or none is known", () => {
    expect(fromThisMachine({ ...direct, listening: ["0.0.0.0"] })).toBe(false);
    expect(fromThisMachine({ ...direct, listening: ["::"] })).toBe(false);
    expect(fromThisMachine({ ...direct, listening: ["127.0.0.1", "192.168.1.5"] })).toBe(false);
    expect(fromThisMachine({ ...direct, listening: ["pipe"] })).toBe(false);
    expect(fromThisMachine({ ...direct, listening: [] })).toBe(false);
  });

  it("behind a trusted proxy on this machine, wants the vouched client to be loopback too", () => {
    const proxied = { vercel: false, trustedProxyHops: 1, listening: ["127.0.0.1"] };
    expect(fromThisMachine({ ...proxied, vouchedClient: "127.0.0.1" })).toBe(true);
    expect(fromThisMachine({ ...proxied, vouchedClient: "203.0.113.9" })).toBe(false);
    expect(fromThisMachine({ ...proxied, vouchedClient: "direct" })).toBe(false);
    expect(
      fromThisMachine({ ...proxied, listening: ["0.0.0.0"], vouchedClient: "127.0.0.1" }),
    ).toBe(false);
  });

  it("is never true on Vercel", () => {
    expect(fromThisMachine({ ...direct, vercel: true, listening: ["127.0.0.1"] })).toBe(false);
  });
});

describe("isLoopback", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["0:0:0:0:0:0:0:1", true],
    ["::ffff:127.0.0.1", true],
    ["128.0.0.1", false],
    ["0.0.0.0", false],
    ["::", false],
    ["::2", false],
    ["localhost", false],
    ["direct", false],
  ])("%s -> %s", (address, loop) => {
    expect(isLoopback(address)).toBe(loop);
  });
});

describe("listeningAddresses", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it("finds the servers this process listens with", async () => {
    expect(listeningAddresses()).toEqual([]);
    server = createServer();
    await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
    expect(listeningAddresses()).toEqual(["127.0.0.1"]);
  });
});

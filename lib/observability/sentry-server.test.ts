import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureRequestError, startServerSentry } from "./sentry-server";

// A stand-in for Sentry's ingest: the SDK posts its envelopes here (no network leaves the machine).
const envelopes: string[] = [];
let ingest: Server;
let port: number;

beforeAll(async () => {
  ingest = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      envelopes.push(body);
      res.writeHead(200).end("{}");
    });
  });
  await new Promise<void>((resolve) => ingest.listen(0, "127.0.0.1", resolve));
  port = (ingest.address() as { port: number }).port;
});
afterAll(() => new Promise((resolve) => ingest.close(resolve)));

describe("Sentry on the server", () => {
  it("before it is started, a request error goes nowhere", async () => {
    await captureRequestError(
      new Error("boom"),
      { path: "/", method: "GET", headers: {} },
      {
        routerKind: "App Router",
        routePath: "/",
        routeType: "render",
        renderSource: "react-server-components",
        revalidateReason: undefined,
      },
    );
    expect(envelopes).toEqual([]);
  });

  it("sends a failed request's error scrubbed: no query, cookie, e-mail or phone number", async () => {
    await startServerSentry({ dsn: `http://publickey@127.0.0.1:${port}/1`, environment: "test" });
    await captureRequestError(
      new Error("no slot for asha.patel@example.in, +91 98765 43210"),
      {
        path: "/api/v1/appointments?phone=9876543210",
        method: "POST",
        headers: {
          cookie: "authjs.session-token=eyJhbGciOi",
          authorization: "Bearer sk_live_123",
          "user-agent": "Mozilla/5.0",
        },
      },
      {
        routerKind: "App Router",
        routePath: "/api/v1/appointments",
        routeType: "route",
        revalidateReason: undefined,
        renderSource: undefined,
      },
    );
    const Sentry = await import("@sentry/nextjs");
    await Sentry.flush(5000);
    const sent = envelopes.join("\n");
    expect(sent).toContain("no slot for [email], [phone]");
    expect(sent).toContain('"environment":"test"');
    for (const secret of ["asha.patel", "9876543210", "98765 43210", "eyJhbGciOi", "sk_live_123"]) {
      expect(sent, secret).not.toContain(secret);
    }
  });
});

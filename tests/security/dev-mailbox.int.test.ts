import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as mailboxRoute } from "@/app/api/v1/dev/mailbox/route";
import { sendMail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { call } from "@/tests/api-client";

// The dev mailbox shows reset links. A route handler cannot see the socket, so "from this machine"
// is proven by where the server listens: these tests listen the way `next start -H <host>` does,
// in this process. Every forged header a remote caller could send comes along.
const forged = {
  "x-forwarded-for": "127.0.0.1",
  "x-real-ip": "127.0.0.1",
  "x-vercel-forwarded-for": "127.0.0.1",
  forwarded: "for=127.0.0.1",
  host: "localhost:3000",
};

let server: Server | undefined;
async function listenOn(host: string): Promise<void> {
  server = createServer();
  await new Promise<void>((done) => server!.listen(0, host, done));
}
const configured = { ...env };
afterEach(async () => {
  Object.assign(env, configured);
  if (server) await new Promise<void>((done) => server!.close(() => done()));
  server = undefined;
});

const to = "asha@example.com";
async function readMailbox(options: { headers?: Record<string, string>; token?: string } = {}) {
  await sendMail({
    to,
    subject: "Reset your password",
    text: "https://x/reset-password?token=t",
    html: "",
    template: "reset_password",
  });
  return call(mailboxRoute, { path: `/dev/mailbox?to=${encodeURIComponent(to)}`, ...options });
}
describe("the dev mailbox API, open (DEV_MAILBOX on)", () => {
  it("refuses a signed-out request that forges local headers to a server listening on every interface", async () => {
    await listenOn("0.0.0.0");
    const res = await readMailbox({ headers: forged });
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain("reset-password");
  });

  it("refuses a signed-out request when the server's listening address is unknown", async () => {
    expect((await readMailbox({ headers: forged })).status).toBe(404);
  });

  it("refuses a forged local address behind a trusted proxy: the proxy appended the real one", async () => {
    env.TRUSTED_PROXY_HOPS = 1;
    await listenOn("127.0.0.1");
    const res = await readMailbox({ headers: { "x-forwarded-for": "127.0.0.1, 203.0.113.9" } });
    expect(res.status).toBe(404);
  });

  it("answers a request from this machine: the server listens only on loopback (the demo and e2e)", async () => {
    await listenOn("127.0.0.1");
    const res = await readMailbox();
    expect(res.status).toBe(200);
    expect(res.body.data[0].text).toContain("/reset-password?token=t");
  });

  it("answers a signed-in admin from anywhere, and not a patient", async () => {
    await listenOn("0.0.0.0");
    const admin = await createPatientWithToken({ role: "admin", email: "root@example.test" });
    const patient = await createPatientWithToken({ email: "p@example.test" });
    expect((await readMailbox({ token: admin.token, headers: forged })).status).toBe(200);
    expect((await readMailbox({ token: patient.token, headers: forged })).status).toBe(404);
  });
});

describe("the page's domain function (listDevMailbox, canReadDevMailbox)", () => {
  it("refuses forged local headers and answers this machine or an admin", async () => {
    const { canReadDevMailbox, listDevMailbox } = await import("@/lib/email/dev-mailbox");
    const admin = { userId: 1, userUuid: "u", role: "admin", doctorId: null } as const;
    await listenOn("::");
    expect(canReadDevMailbox(null, new Headers(forged))).toBe(false);
    const error = await listDevMailbox(null, { to }, new Headers(forged)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "not_found", status: 404 });
    expect(canReadDevMailbox(admin, new Headers(forged))).toBe(true);
    await new Promise<void>((done) => server!.close(() => done()));
    await listenOn("::1");
    expect(canReadDevMailbox(null, new Headers())).toBe(true);
  });

  it("stays closed to everyone, admins included, when the mailbox is off", async () => {
    vi.resetModules();
    vi.doMock("@/lib/env", async (importOriginal) => ({
      ...(await importOriginal<typeof import("@/lib/env")>()),
      devMailboxEnabled: false,
    }));
    try {
      const { canReadDevMailbox } = await import("@/lib/email/dev-mailbox");
      await listenOn("127.0.0.1");
      const admin = { userId: 1, userUuid: "u", role: "admin", doctorId: null } as const;
      expect(canReadDevMailbox(admin, new Headers())).toBe(false);
      expect(canReadDevMailbox(null, new Headers())).toBe(false);
    } finally {
      vi.doUnmock("@/lib/env");
      vi.resetModules();
    }
  });
});

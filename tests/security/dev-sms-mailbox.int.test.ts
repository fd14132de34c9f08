import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { GET as mailboxRoute } from "@/app/api/v1/dev/mailbox/route";
import { sendSms } from "@/lib/sms/send";
import { call } from "@/tests/api-client";

// As for mail (dev-mailbox.int.test.ts): "from this machine" is proven by where the server
// listens, which these tests set up in this process. SMS hold sign-in codes, so the same gate.
let server: Server | undefined;
async function listenOn(host: string): Promise<void> {
  server = createServer();
  await new Promise<void>((done) => server!.listen(0, host, done));
}
afterEach(async () => {
  if (server) await new Promise<void>((done) => server!.close(() => done()));
  server = undefined;
});

const read = (phone: string, headers: Record<string, string> = {}) =>
  call(mailboxRoute, { path: `/dev/mailbox?phone=${encodeURIComponent(phone)}`, headers });

describe("the dev mailbox's SMS (?phone=)", () => {
  it("lists the outbox's SMS to a number, newest first, in any spelling of the number", async () => {
    await listenOn("127.0.0.1");
    await sendSms({ to: "+919876543210", body: "Your code is 123456", template: "otp" });
    await sendSms({
      to: "+919876543210",
      body: "SwasthAI: booked",
      template: "appointment_booked",
    });
    await sendSms({ to: "+919812345678", body: "someone else", template: "otp" });
    const res = await read("98765 43210");
    expect(res.status).toBe(200);
    expect(res.body.data.map((s: { body: string }) => s.body)).toEqual([
      "SwasthAI: booked",
      "Your code is 123456",
    ]);
    expect(res.body.data[0]).toMatchObject({ to: "+919876543210", template: "appointment_booked" });
  });

  it("answers 422 at the field for a number that is not an Indian mobile", async () => {
    await listenOn("127.0.0.1");
    const res = await read("12345");
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["phone"]);
  });

  it("is not there for a signed-out caller that only claims to be local", async () => {
    await listenOn("0.0.0.0");
    await sendSms({ to: "+919876543210", body: "Your code is 123456", template: "otp" });
    const res = await read("+919876543210", { "x-forwarded-for": "127.0.0.1", host: "localhost" });
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain("123456");
  });
});

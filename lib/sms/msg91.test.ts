import { afterEach, describe, expect, it } from "vitest";
import { DeliveryError } from "@/lib/notifications/delivery/errors";
import { startFakeProvider } from "@/tests/fake-sms-servers";
import { msg91TemplateIds, sendWithMsg91 } from "./msg91";

let fake: Awaited<ReturnType<typeof startFakeProvider>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const message = {
  to: "+919876543210",
  body: "SwasthAI: booked",
  template: "appointment_booked",
  vars: { other: "Dr. Asha Rao", date: "2026-12-07", time: "10:30" },
};
const config = (baseUrl: string) => ({
  authKey: "msg91-key",
  senderId: "SWASTH",
  baseUrl,
  templateIds: { appointment_booked: "64f0c0ffee" },
});

describe("sendWithMsg91", () => {
  it("posts the Flow API body with the DLT template, the number without + and the variables", async () => {
    fake = await startFakeProvider([
      { status: 200, body: { type: "success", message: "3763646c3058373530393831" } },
    ]);
    const result = await sendWithMsg91(message, config(fake.url));
    expect(result).toEqual({ providerMessageId: "3763646c3058373530393831" });
    const [call] = fake.received;
    expect(call!.method).toBe("POST");
    expect(call!.path).toBe("/api/v5/flow");
    expect(call!.headers.authkey).toBe("msg91-key");
    expect(call!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(call!.body)).toEqual({
      template_id: "64f0c0ffee",
      sender: "SWASTH",
      short_url: "0",
      recipients: [
        { mobiles: "919876543210", other: "Dr. Asha Rao", date: "2026-12-07", time: "10:30" },
      ],
    });
  });

  it("fails at once, without a request, for a text with no DLT template", async () => {
    fake = await startFakeProvider([{ status: 200, body: { type: "success", message: "x" } }]);
    const err = await sendWithMsg91({ ...message, template: "otp" }, config(fake.url)).catch(
      (e: unknown) => e,
    );
    expect((err as DeliveryError).permanent).toBe(true);
    expect(fake.received).toHaveLength(0);
  });

  it("maps MSG91's error answers: 4xx permanent, 429 and 5xx retryable", async () => {
    fake = await startFakeProvider([
      { status: 401, body: { type: "error", message: "Authentication failure" } },
      { status: 429, body: { type: "error", message: "Too many requests" } },
      { status: 502, body: { type: "error", message: "Bad gateway" } },
    ]);
    const results = [];
    for (let i = 0; i < 3; i++) {
      results.push(await sendWithMsg91(message, config(fake.url)).catch((e: unknown) => e));
    }
    expect(results.map((e) => (e as DeliveryError).permanent)).toEqual([true, false, false]);
    expect((results[0] as DeliveryError).message).toContain("Authentication failure");
  });

  it("reads template ids from MSG91_TEMPLATE_<NAME> variables", () => {
    expect(
      msg91TemplateIds({
        MSG91_TEMPLATE_OTP: "1",
        MSG91_TEMPLATE_APPOINTMENT_REMINDER: "2",
        OTHER: "3",
      }),
    ).toEqual({ otp: "1", appointment_reminder: "2" });
  });
});

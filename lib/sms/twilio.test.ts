import { afterEach, describe, expect, it } from "vitest";
import { DeliveryError } from "@/lib/notifications/delivery/errors";
import { startFakeProvider } from "@/tests/fake-sms-servers";
import { sendWithTwilio } from "./twilio";

let fake: Awaited<ReturnType<typeof startFakeProvider>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const message = { to: "+919876543210", body: "SwasthAI: booked", template: "appointment_booked" };
const config = (baseUrl: string, from = "+15005550006") => ({
  accountSid: "AC0123456789abcdef0123456789abcdef",
  authToken: "token-secret",
  from,
  baseUrl,
});

describe("sendWithTwilio", () => {
  it("posts the documented form to Messages.json with basic auth and answers the SID", async () => {
    fake = await startFakeProvider([{ status: 201, body: { sid: "SM123", status: "queued" } }]);
    const result = await sendWithTwilio(message, config(fake.url));
    expect(result).toEqual({ providerMessageId: "SM123" });
    const [call] = fake.received;
    expect(call!.method).toBe("POST");
    expect(call!.path).toBe(
      "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json",
    );
    expect(call!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(call!.headers.authorization).toBe(
      `Basic ${Buffer.from("AC0123456789abcdef0123456789abcdef:token-secret").toString("base64")}`,
    );
    expect(Object.fromEntries(new URLSearchParams(call!.body))).toEqual({
      To: "+919876543210",
      Body: "SwasthAI: booked",
      From: "+15005550006",
    });
  });

  it("sends through a Messaging Service when TWILIO_FROM is its SID", async () => {
    fake = await startFakeProvider([{ status: 201, body: { sid: "SM124" } }]);
    await sendWithTwilio(message, config(fake.url, "MG0123"));
    const form = new URLSearchParams(fake.received[0]!.body);
    expect(form.get("MessagingServiceSid")).toBe("MG0123");
    expect(form.has("From")).toBe(false);
  });

  it("maps an invalid number (21211) to a permanent error, a 500 or 429 to a retryable one", async () => {
    fake = await startFakeProvider([
      { status: 400, body: { code: 21211, message: "Invalid 'To' Phone Number", status: 400 } },
      { status: 500, body: { message: "oops" } },
      { status: 429, body: { code: 20429, message: "Too Many Requests" } },
    ]);
    const invalid = await sendWithTwilio(message, config(fake.url)).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(DeliveryError);
    expect((invalid as DeliveryError).permanent).toBe(true);
    expect((invalid as DeliveryError).message).toContain("21211");
    for (let i = 0; i < 2; i++) {
      const err = await sendWithTwilio(message, config(fake.url)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect((err as DeliveryError).permanent).toBe(false);
    }
  });

  it("answers a retryable error when Twilio cannot be reached", async () => {
    const err = await sendWithTwilio(message, config("http://127.0.0.1:9")).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).permanent).toBe(false);
  });
});

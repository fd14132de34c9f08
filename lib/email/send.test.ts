import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";

const sendMock = vi.fn();
const writeToOutbox = vi.fn();

vi.mock("resend", () => ({
  Resend: class {
    emails = { send: sendMock };
  },
}));
vi.mock("@/lib/env", () => ({
  env: { RESEND_API_KEY: "re_test_key", MAIL_FROM: "SwasthAI <mail@swasthai.dev>" },
  devMailboxEnabled: false,
}));
vi.mock("./outbox", () => ({ writeToOutbox }));

const { sendMail, sendTemplate, mailAdapter } = await import("./send");

const message = {
  to: "asha@example.com",
  subject: "Hi",
  text: "text",
  html: "<p>html</p>",
  template: "verify_email",
};

describe("sendMail with RESEND_API_KEY", () => {
  beforeEach(() => {
    sendMock.mockReset();
    writeToOutbox.mockReset();
  });

  it("sends through Resend from MAIL_FROM and never writes the outbox", async () => {
    sendMock.mockResolvedValue({ data: { id: "em_1" }, error: null, headers: null });
    await sendMail(message);
    expect(mailAdapter()).toBe("resend");
    expect(sendMock).toHaveBeenCalledWith(
      expect.objectContaining({
        from: "SwasthAI <mail@swasthai.dev>",
        to: "asha@example.com",
        subject: "Hi",
        text: "text",
        html: "<p>html</p>",
      }),
    );
    expect(writeToOutbox).not.toHaveBeenCalled();
  });

  it("turns a Resend error response into AppError unavailable", async () => {
    sendMock.mockResolvedValue({
      data: null,
      error: { name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 },
      headers: null,
    });
    const error = await sendMail(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("unavailable");
  });

  it("turns a thrown network error into AppError unavailable", async () => {
    sendMock.mockRejectedValue(new TypeError("fetch failed"));
    await expect(sendMail(message)).rejects.toMatchObject({ code: "unavailable", status: 503 });
  });

  it("sendTemplate renders before sending", async () => {
    sendMock.mockResolvedValue({ data: { id: "em_2" }, error: null, headers: null });
    await sendTemplate("asha@example.com", "reset_password", "hi", {
      name: "आशा",
      url: "https://swasthai.dev/reset-password?token=t",
    });
    const payload = sendMock.mock.calls[0]![0] as { subject: string; text: string; html: string };
    expect(payload.subject).toBe("अपना SwasthAI पासवर्ड रीसेट करें");
    expect(payload.text).toContain("https://swasthai.dev/reset-password?token=t");
    expect(payload.html).toContain('<html lang="hi"');
  });
});

import { describe, expect, it } from "vitest";
import { smsText } from "./texts";

const params = { other: "Dr. Asha Rao", mode: "offline", date: "2026-12-07", time: "10:30" };

describe("smsText", () => {
  it("renders an event's own short text in the reader's locale, with its DLT template name", () => {
    expect(smsText("appointment_reminder", params, "ignored", "en")).toEqual({
      text: "SwasthAI reminder: clinic visit with Dr. Asha Rao on 7 Dec 2026 at 10:30.",
      template: "appointment_reminder",
    });
    const hindi = smsText("appointment_reminder", params, "ignored", "hi");
    expect(hindi.template).toBe("appointment_reminder");
    expect(hindi.text).toContain("क्लिनिक विज़िट");
    expect(hindi.text).toContain("10:30");
  });

  it("sends the inbox body behind the brand for events without their own text", () => {
    expect(smsText("medicine_order_status", {}, "Your order SW-1 is dispatched.", "en")).toEqual({
      text: "SwasthAI: Your order SW-1 is dispatched.",
      template: "notice",
    });
  });

  it("reads English for a locale the app does not speak", () => {
    expect(smsText("appointment_cancelled", params, "", "ta").text).toMatch(
      /^SwasthAI: your appointment/,
    );
  });
});

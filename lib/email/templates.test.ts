import { describe, expect, it } from "vitest";
import { escapeHtml, renderEmail } from "./templates";
import {
  accountEmailTemplates,
  emailTemplates,
  orderEmailTemplates,
  type AppointmentEmailData,
  type EmailTemplate,
  type OrderEmailData,
} from "./types";

const account = { name: "Asha Verma", url: "https://swasthai.dev/verify-email?token=abc-123" };
const appointment: AppointmentEmailData = {
  name: "Asha Verma",
  doctorName: "Dr. Rohan Mehta",
  date: "2026-05-12",
  time: "14:05",
  mode: "online",
  url: "https://swasthai.dev/appointments/7d1c",
};
const lab = {
  ...account,
  event: "report_ready" as const,
  tests: "Lipid Profile",
  date: "2026-05-12",
  time: "07:00",
};
const statusChange = { ...account, orderNumber: "MO-2026-000042", status: "dispatched" as const };
const order: OrderEmailData = {
  name: "Asha Verma",
  orderNumber: "MO-2026-000042",
  total: "538.50",
  expectedDelivery: "2026-05-14",
  paymentMethod: "cod",
  url: "https://swasthai.dev/pharmacy/orders/7d1c",
};
const supportReply = {
  ...account,
  ticketNumber: "#3F2A9C1B",
  subject: "Refund not received",
  reply: "It was sent today; banks take 5-7 days.",
};
const dataFor = (t: EmailTemplate) =>
  t === "lab_booking_update"
    ? lab
    : t === "medicine_order_status"
      ? statusChange
      : t === "support_reply"
        ? supportReply
        : (accountEmailTemplates as readonly string[]).includes(t)
          ? account
          : (orderEmailTemplates as readonly string[]).includes(t)
            ? order
            : appointment;
const devanagari = /[\u0900-\u097f]/;

describe("renderEmail", () => {
  describe.each(emailTemplates)("%s", (template) => {
    it.each(["en", "hi"] as const)("renders subject, text and HTML in %s", (locale) => {
      const data = dataFor(template);
      const mail = renderEmail(template, locale, data as never);
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.text).toContain(data.url);
      expect(mail.text).toContain(data.name);
      expect(mail.html).toContain(`href="${data.url}"`);
      expect(mail.html).toContain(`<html lang="${locale}"`);
      expect(mail.html).not.toMatch(/<img|<script|src=|url\(/i);
      if (locale === "hi") {
        expect(mail.subject).toMatch(devanagari);
        expect(mail.text).toMatch(devanagari);
      } else {
        expect(mail.subject).not.toMatch(devanagari);
      }
    });
  });

  it("tells a buyer the order number, total, delivery date and to keep cash ready", () => {
    const en = renderEmail("medicine_order_placed", "en", order);
    expect(en.subject).toBe("Your medicine order MO-2026-000042 is placed");
    expect(en.text).toContain("Total: ₹538.50");
    expect(en.text).toContain("Expected delivery: Thursday, 14 May 2026");
    expect(en.text).toContain("pay on delivery");
    const online = renderEmail("medicine_order_placed", "hi", {
      ...order,
      paymentMethod: "online",
    });
    expect(online.text).toContain("कुल: ₹538.50");
    expect(online.text).toContain("भुगतान होते ही");
  });

  it("says the reset link expires in an hour and can be ignored", () => {
    const en = renderEmail("reset_password", "en", account);
    expect(en.text).toContain("expires in 1 hour");
    expect(en.text).toMatch(/didn't ask .* ignore this email/);
    const hi = renderEmail("reset_password", "hi", account);
    expect(hi.text).toContain("1 घंटे");
    expect(hi.text).toContain("अनदेखा");
  });

  it("shows appointment details formatted for the locale", () => {
    const en = renderEmail("appointment_booked", "en", appointment);
    expect(en.subject).toBe("Appointment confirmed with Dr. Rohan Mehta on 12 May 2026");
    expect(en.text).toContain("Date: Tuesday, 12 May 2026");
    expect(en.text).toContain("Time: 2:05 pm");
    expect(en.text).toContain("Consultation: Video consultation");
    const hi = renderEmail("appointment_booked", "hi", { ...appointment, mode: "offline" });
    expect(hi.text).toContain("तारीख: मंगलवार, 12 मई 2026");
    expect(hi.text).toContain("क्लिनिक में परामर्श");
    expect(hi.text).toContain("समय: दोपहर 2:05 बजे");
    expect(
      renderEmail("appointment_reminder", "hi", { ...appointment, time: "09:30" }).subject,
    ).toBe("रिमाइंडर: 12 मई 2026 को सुबह 9:30 बजे Dr. Rohan Mehta के साथ अपॉइंटमेंट");
  });

  it("escapes every interpolated value in the HTML part", () => {
    const evil = '<script>alert("x")</script>';
    const mail = renderEmail("appointment_reminder", "en", {
      ...appointment,
      name: evil,
      doctorName: `Dr. ${evil}`,
      date: evil,
      url: 'https://swasthai.dev/a?x=1&y="><script>',
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(mail.html).toContain('href="https://swasthai.dev/a?x=1&amp;y=&quot;&gt;&lt;script&gt;"');
    // The text part is plain text: the name appears as typed.
    expect(mail.text).toContain(`Hello ${evil},`);
  });

  it("keeps subjects on one line whatever the names contain", () => {
    const mail = renderEmail("appointment_booked", "en", {
      ...appointment,
      doctorName: "Dr. X\r\nBcc: victim@example.com",
    });
    expect(mail.subject).toBe(
      "Appointment confirmed with Dr. X Bcc: victim@example.com on 12 May 2026",
    );
  });

  it("greets without a name when there is none", () => {
    expect(renderEmail("verify_email", "en", { ...account, name: "  " }).text).toMatch(/^Hello,\n/);
    expect(renderEmail("verify_email", "hi", { ...account, name: "" }).text).toMatch(/^नमस्ते,\n/);
  });

  it("refuses links that are not http(s)", () => {
    expect(() =>
      renderEmail("verify_email", "en", { ...account, url: "javascript:alert(1)" }),
    ).toThrow(TypeError);
    expect(() => renderEmail("verify_email", "en", { ...account, url: "not a url" })).toThrow(
      TypeError,
    );
  });
});

describe("escapeHtml", () => {
  it("escapes the five special characters", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});

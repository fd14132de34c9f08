import { describe, expect, it } from "vitest";
import { notificationText, renderNotification } from "./render";

const booked = notificationText("appointmentBookedPatient", {
  other: "Dr. Meera Iyer",
  mode: "online",
  date: "2026-12-05",
  time: "10:30",
});

describe("notificationText", () => {
  it("stores the key, the parameters and the English text", () => {
    expect(booked).toEqual({
      messageKey: "appointmentBookedPatient",
      params: { other: "Dr. Meera Iyer", mode: "online", date: "2026-12-05", time: "10:30" },
      title: "Appointment confirmed",
      body: "Your video consultation with Dr. Meera Iyer is confirmed for 5 December 2026 at 10:30.",
    });
  });
});

describe("renderNotification", () => {
  it("renders in the reader's locale: Hindi for a Hindi reader, English otherwise", () => {
    expect(renderNotification(booked, "hi")).toEqual({
      title: "अपॉइंटमेंट की पुष्टि हो गई",
      body: "Dr. Meera Iyer के साथ आपका वीडियो परामर्श 5 दिसंबर 2026 को 10:30 बजे के लिए पक्का है।",
    });
    expect(renderNotification(booked, "en").title).toBe("Appointment confirmed");
    expect(renderNotification(booked, "fr").title).toBe("Appointment confirmed");
  });

  it("words a clinic visit and a reminder in either language", () => {
    const reminder = notificationText("appointmentReminder", {
      other: "Dr. Meera Iyer",
      mode: "offline",
      date: "2026-01-09",
      time: "09:00",
    });
    expect(reminder.body).toBe(
      "Reminder: your clinic visit with Dr. Meera Iyer is on 9 January 2026 at 09:00.",
    );
    expect(renderNotification(reminder, "hi")).toEqual({
      title: "अपॉइंटमेंट रिमाइंडर",
      body: "याद दिला दें: Dr. Meera Iyer के साथ आपकी क्लिनिक विज़िट 9 जनवरी 2026 को 09:00 बजे है।",
    });
  });

  it("shows the stored text of a row without a key, or with a key the messages lost", () => {
    const legacy = { title: "Old title", body: "Old body", messageKey: null, params: null };
    expect(renderNotification(legacy, "hi")).toEqual({ title: "Old title", body: "Old body" });
    const lost = { ...legacy, messageKey: "appointmentTeleported", params: {} };
    expect(renderNotification(lost, "hi")).toEqual({ title: "Old title", body: "Old body" });
  });
});

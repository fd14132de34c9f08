import { describe, expect, it } from "vitest";
import { notificationEvents } from "../events";
import { plannedChannels } from "./plan";

const defaults = {
  apptReminder: true,
  apptConfirmed: true,
  apptRescheduled: true,
  medDoseReminder: true,
  medRefill: true,
  medInteraction: true,
  tipsDaily: false,
  goalReminders: true,
  weeklyTrends: false,
  labReportReady: true,
  recordAdded: false,
  coachMessages: true,
  forumActivity: true,
  channelPush: true,
  channelSms: false,
  channelEmail: true,
};
const everywhere = { email: true, sms: true, push: true };

describe("plannedChannels", () => {
  it("keeps the event's channels whose switch is on and that reach the person", () => {
    const rule = notificationEvents.appointment_booked;
    expect(plannedChannels(rule, defaults, everywhere)).toEqual(["email", "push"]);
    expect(plannedChannels(rule, { ...defaults, channelSms: true }, everywhere)).toEqual([
      "email",
      "sms",
      "push",
    ]);
    expect(
      plannedChannels(
        rule,
        { ...defaults, channelSms: true },
        { email: true, sms: false, push: false },
      ),
    ).toEqual(["email"]);
  });

  it("silences a topic that is off, but never an essential event", () => {
    const off = { ...defaults, apptConfirmed: false, channelSms: true };
    expect(plannedChannels(notificationEvents.appointment_booked, off, everywhere)).toEqual([]);
    expect(plannedChannels(notificationEvents.appointment_cancelled, off, everywhere)).toEqual([
      "email",
      "sms",
      "push",
    ]);
  });

  it("never uses a channel the event does not allow", () => {
    const all = { ...defaults, channelSms: true };
    expect(plannedChannels(notificationEvents.forum_helpful, all, everywhere)).toEqual(["push"]);
    expect(plannedChannels(notificationEvents.account_security, all, everywhere)).toEqual([
      "email",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  emailOutbox,
  notificationDeliveries,
  notificationPreferences,
  notifications,
  pushSubscriptions,
  smsOutbox,
} from "@/db/schema";
import { flushDeferred } from "@/lib/tasks/defer";
import { createUser } from "@/tests/factories";
import { notify, type NotifyInput } from "../notify";

/** A person with a verified phone and one push subscription, with the given switches saved. */
async function person(
  options: {
    prefs?: Partial<typeof notificationPreferences.$inferInsert>;
    verified?: boolean;
    push?: boolean;
    locale?: "en" | "hi";
  } = {},
) {
  const user = await createUser({
    phone: `+9198765${String(Math.floor(Math.random() * 1e5)).padStart(5, "0")}`,
    phoneVerifiedAt: options.verified === false ? null : new Date(),
    locale: options.locale ?? "en",
  });
  if (options.prefs) {
    await db.insert(notificationPreferences).values({ userId: user.id, ...options.prefs });
  }
  if (options.push !== false) {
    await db.insert(pushSubscriptions).values({
      userId: user.id,
      endpoint: `https://push.example/${user.id}`,
      p256dh: "BPk",
      auth: "au",
    });
  }
  return user;
}

const booked = (userId: number, extra: Partial<NotifyInput> = {}): NotifyInput => ({
  userId,
  event: "appointment_booked",
  key: "appointmentBookedPatient",
  params: { other: "Dr. Asha Rao", mode: "online", date: "2026-12-07", time: "10:30" },
  link: "/appointments/5b0c3f0e-8f5e-4a38-9d4b-2f1f7f0e6a11",
  email: {
    template: "appointment_booked",
    data: {
      doctorName: "Dr. Asha Rao",
      date: "2026-12-07",
      time: "10:30",
      mode: "online",
      url: "http://localhost:3000/appointments/5b0c3f0e-8f5e-4a38-9d4b-2f1f7f0e6a11",
    },
  },
  ...extra,
});

const channelsOf = async (userId: number) =>
  (
    await db
      .select({ channel: notificationDeliveries.channel })
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.userId, userId))
  )
    .map((r) => r.channel)
    .sort();

describe(`notify() and the delivery outbox (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("writes the inbox row and one delivery per allowed, switched-on, reachable channel", async () => {
    const user = await person({ prefs: { channelSms: true } });
    await db.transaction((tx) => notify(tx, booked(user.id)));
    expect(await db.$count(notifications, eq(notifications.userId, user.id))).toBe(1);
    expect(await channelsOf(user.id)).toEqual(["email", "push", "sms"]);
  });

  it("(a) uses only the channels the event allows", async () => {
    const user = await person({ prefs: { channelSms: true } });
    await notify(db, {
      userId: user.id,
      event: "forum_helpful",
      key: "appointmentReminder",
      params: { other: "x", mode: "online", date: "2026-12-07", time: "10:30" },
    });
    expect(await channelsOf(user.id)).toEqual(["push"]);
  });

  it("(b) respects the channel switches: SMS is off by default, email and push can be turned off", async () => {
    const byDefault = await person();
    await notify(db, booked(byDefault.id));
    expect(await channelsOf(byDefault.id)).toEqual(["email", "push"]);
    const quiet = await person({
      prefs: { channelEmail: false, channelPush: false, channelSms: true },
    });
    await notify(db, booked(quiet.id));
    expect(await channelsOf(quiet.id)).toEqual(["sms"]);
  });

  it("(c) a topic switched off silences its events but not essential ones; the inbox keeps both", async () => {
    const user = await person({ prefs: { apptConfirmed: false, channelSms: true } });
    await notify(db, booked(user.id));
    expect(await channelsOf(user.id)).toEqual([]);
    await notify(
      db,
      booked(user.id, { event: "appointment_cancelled", key: "appointmentCancelled" }),
    );
    expect(await channelsOf(user.id)).toEqual(["email", "push", "sms"]);
    expect(await db.$count(notifications, eq(notifications.userId, user.id))).toBe(2);
  });

  it("(d) sends SMS only to a verified phone, push only with a subscription, email only with a mail", async () => {
    const user = await person({ prefs: { channelSms: true }, verified: false, push: false });
    await notify(db, booked(user.id));
    expect(await channelsOf(user.id)).toEqual(["email"]);
    const noMail = await person({ prefs: { channelSms: true } });
    await notify(db, booked(noMail.id, { email: undefined }));
    expect(await channelsOf(noMail.id)).toEqual(["push", "sms"]);
  });

  it("delivers a dedupe key once per channel, however often it is enqueued", async () => {
    const user = await person({ prefs: { channelSms: true } });
    const dedupeKey = "appointment:5b0c3f0e-8f5e-4a38-9d4b-2f1f7f0e6a11:reminder";
    await Promise.all([
      db.transaction((tx) => notify(tx, booked(user.id, { dedupeKey }))),
      db.transaction((tx) => notify(tx, booked(user.id, { dedupeKey }))),
    ]);
    await notify(db, booked(user.id, { dedupeKey }));
    expect(await channelsOf(user.id)).toEqual(["email", "push", "sms"]);
    const keys = await db
      .select({ key: notificationDeliveries.dedupeKey })
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.userId, user.id));
    expect(keys.map((k) => k.key).sort()).toEqual([
      `${dedupeKey}:email`,
      `${dedupeKey}:push`,
      `${dedupeKey}:sms`,
    ]);
  });

  it("renders the SMS and push in the reader's locale at enqueue, the mail with their name", async () => {
    const user = await person({ prefs: { channelSms: true }, locale: "hi" });
    await notify(db, booked(user.id));
    const rows = await db
      .select()
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.userId, user.id));
    const by = Object.fromEntries(rows.map((r) => [r.channel, r.payload]));
    expect(by.sms).toMatchObject({ template: "appointment_booked" });
    expect(by.sms!.text).toContain("बुक हो गया है");
    expect(by.email).toMatchObject({
      template: "appointment_booked",
      locale: "hi",
      data: { name: user.fullName, doctorName: "Dr. Asha Rao" },
    });
    expect(by.push).toMatchObject({ url: "/appointments/5b0c3f0e-8f5e-4a38-9d4b-2f1f7f0e6a11" });
    expect(typeof by.push!.title).toBe("string");
  });

  it("writes nothing when the announcing transaction rolls back", async () => {
    const user = await person({ prefs: { channelSms: true } });
    await expect(
      db.transaction(async (tx) => {
        await notify(tx, booked(user.id));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.$count(notifications, eq(notifications.userId, user.id))).toBe(0);
    expect(await channelsOf(user.id)).toEqual([]);
  });

  it("sends the mail and the SMS once the transaction commits, without the caller waiting", async () => {
    const user = await person({ prefs: { channelSms: true }, push: false });
    await db.transaction((tx) => notify(tx, booked(user.id)));
    await flushDeferred();
    expect(await db.$count(emailOutbox, eq(emailOutbox.toEmail, user.email))).toBe(1);
    const [sms] = await db.select().from(smsOutbox).where(eq(smsOutbox.toPhone, user.phone!));
    expect(sms).toMatchObject({ template: "appointment_booked" });
    expect(sms!.body).toMatch(/^SwasthAI: your video consultation with Dr\. Asha Rao is booked/);
    const sent = await db
      .select({ status: notificationDeliveries.status })
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.userId, user.id));
    expect(sent.map((s) => s.status)).toEqual(["sent", "sent"]);
  });
});

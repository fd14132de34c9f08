import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, emailOutbox, notifications } from "@/db/schema";
import { GET as cronRoute } from "@/app/api/cron/reminders/route";
import { env } from "@/lib/env";
import { sendDueReminders } from "@/lib/reminders/service";
import { flushDeferred } from "@/lib/tasks/defer";
import {
  clinicMoment,
  createAppointment,
  createBookableDoctor,
  createPatientWithToken,
} from "@/tests/factories-appointments";

const secret = "cron-secret-for-tests-0123456789";
const saved = env.CRON_SECRET;

const cron = (authorization?: string) =>
  cronRoute(
    new Request("http://127.0.0.1:3000/api/cron/reminders", {
      headers: authorization ? { authorization } : {},
    }),
  );

/** An appointment starting `hours` from now (clinic time), confirmed unless told. */
async function appointmentIn(
  hours: number,
  patientId: number,
  doctorId: number,
  status: "confirmed" | "cancelled" | "pending" = "confirmed",
) {
  const at = clinicMoment(hours * 60);
  return createAppointment({ patientId, doctorId, date: at.date, time: at.time, status });
}

let patient: Awaited<ReturnType<typeof createPatientWithToken>>;
let hindi: Awaited<ReturnType<typeof createPatientWithToken>>;
let dr: Awaited<ReturnType<typeof createBookableDoctor>>;

beforeEach(async () => {
  env.CRON_SECRET = secret;
  [patient, hindi, dr] = await Promise.all([
    createPatientWithToken({ fullName: "Asha Rao" }),
    createPatientWithToken({ fullName: "Ravi Kumar", locale: "hi" }),
    createBookableDoctor({ name: "Dr. Meera Iyer" }),
  ]);
});

afterEach(() => {
  env.CRON_SECRET = saved;
});

/** The mail sent to `email`, once the delivery drains the notices kicked have finished. */
async function mailsTo(email: string) {
  await flushDeferred();
  return db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, email));
}

describe("sendDueReminders", () => {
  it("reminds a due appointment once across two runs, in the patient's locale", async () => {
    const due = await appointmentIn(24, patient.user.id, dr.doctor.id);
    const dueHi = await appointmentIn(20, hindi.user.id, dr.doctor.id);

    expect(await sendDueReminders()).toEqual({ sent: 2 });
    expect(await sendDueReminders()).toEqual({ sent: 0 });

    const [row] = await db
      .select({ at: appointments.reminderSentAt })
      .from(appointments)
      .where(eq(appointments.id, due.id));
    expect(row!.at).toBeInstanceOf(Date);

    const notes = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, patient.user.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      type: "appointment",
      title: "Appointment reminder",
      link: `/appointments/${due.uuid}`,
    });
    expect(notes[0]!.body).toContain("Dr. Meera Iyer");

    const mails = await mailsTo(patient.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: "appointment_reminder" });
    expect(mails[0]!.subject).toMatch(/^Reminder: appointment with Dr\. Meera Iyer/);
    expect(mails[0]!.text).toContain(`/appointments/${due.uuid}`);

    const hiMails = await mailsTo(hindi.user.email);
    expect(hiMails).toHaveLength(1);
    expect(hiMails[0]!.subject).toMatch(/^रिमाइंडर/);
    expect(hiMails[0]!.text).toContain(`/appointments/${dueHi.uuid}`);
  });

  it("two concurrent runs send each reminder once", async () => {
    const others = await Promise.all(Array.from({ length: 5 }, () => createPatientWithToken()));
    await Promise.all(others.map((p, i) => appointmentIn(14 + i * 4, p.user.id, dr.doctor.id)));

    const runs = await Promise.all([sendDueReminders(), sendDueReminders(), sendDueReminders()]);
    expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(5);
    expect(await db.$count(notifications)).toBe(5);
    await flushDeferred();
    expect(await db.$count(emailOutbox)).toBe(5);
  });

  it("leaves alone appointments outside the window, cancelled, pending or already reminded", async () => {
    await appointmentIn(6, patient.user.id, dr.doctor.id); // too soon: the day-before run passed
    await appointmentIn(40, patient.user.id, dr.doctor.id); // too far: the next runs will take it
    await appointmentIn(-24, patient.user.id, dr.doctor.id); // past
    await appointmentIn(22, patient.user.id, dr.doctor.id, "cancelled");
    await appointmentIn(23, patient.user.id, dr.doctor.id, "pending");
    const done = await appointmentIn(25, patient.user.id, dr.doctor.id);
    await db
      .update(appointments)
      .set({ reminderSentAt: new Date() })
      .where(eq(appointments.id, done.id));

    expect(await sendDueReminders()).toEqual({ sent: 0 });
    expect(await db.$count(notifications)).toBe(0);
    await flushDeferred();
    expect(await db.$count(emailOutbox)).toBe(0);

    // 20 hours later the 40-hour one is due (and only it).
    expect(await sendDueReminders(new Date(Date.now() + 20 * 3_600_000))).toEqual({ sent: 1 });
  });
});

describe("GET /api/cron/reminders", () => {
  it("401 problem+json without the secret or with a wrong one", async () => {
    await appointmentIn(24, patient.user.id, dr.doctor.id);
    for (const auth of [undefined, "Bearer wrong", `Basic ${secret}`, `Bearer ${secret}x`]) {
      const res = await cron(auth);
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(await res.json()).toMatchObject({ status: 401, code: "unauthenticated" });
    }
    expect(await db.$count(notifications)).toBe(0);
  });

  it("503 while CRON_SECRET is unset", async () => {
    env.CRON_SECRET = undefined;
    const res = await cron(`Bearer ${secret}`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 503, code: "unavailable" });
  });

  it("200 { data: { sent } } with the secret, and nothing twice", async () => {
    await appointmentIn(24, patient.user.id, dr.doctor.id);
    const first = await cron(`Bearer ${secret}`);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ data: { sent: 1 } });
    const second = await cron(`Bearer ${secret}`);
    expect(await second.json()).toEqual({ data: { sent: 0 } });
    await flushDeferred();
    expect(await db.$count(emailOutbox)).toBe(1);
  });
});

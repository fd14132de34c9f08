import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { bookAppointment } from "@/lib/appointments/service";
import { sendDueReminders } from "@/lib/reminders/service";
import { createUser } from "@/tests/factories";
import {
  clinicDate,
  clinicMoment,
  createAppointment,
  createBookableDoctor,
} from "@/tests/factories-appointments";
import { actorFor } from "@/tests/factories-users";
import { exportUser } from "@/lib/users/export";
import { listNotifications } from "./queries";

const devanagari = /[\u0900-\u097F]/;

async function people() {
  const { doctor, user: doctorUser } = await createBookableDoctor({ name: "Dr. Meera Iyer" });
  const [ravi, asha] = await Promise.all([
    createUser({ fullName: "Ravi Kumar", locale: "hi" }),
    createUser({ fullName: "Asha Rao", locale: "en" }),
  ]);
  return { doctor, doctorActor: actorFor(doctorUser, doctor.id), ravi, asha };
}

describe("notifications in the reader's locale", () => {
  it("a booking: the Hindi patient reads Hindi, the English doctor English", async () => {
    const { doctor, doctorActor, ravi } = await people();
    await bookAppointment(actorFor(ravi), {
      doctorId: doctor.uuid,
      date: clinicDate(3),
      time: "10:00",
      consultationType: "online",
    });

    const [mine] = await listNotifications(actorFor(ravi));
    expect(mine).toMatchObject({ type: "appointment", title: "अपॉइंटमेंट की पुष्टि हो गई" });
    expect(mine!.body).toMatch(devanagari);
    expect(mine!.body).toContain("Dr. Meera Iyer");
    expect(mine!.body).toContain("10:00 बजे");

    // "Download my data" gives the same words the reader sees in the app.
    const exported = (await exportUser(actorFor(ravi))) as {
      notifications: { title: string; body: string }[];
    };
    expect(exported.notifications).toEqual([
      expect.objectContaining({ title: mine!.title, body: mine!.body }),
    ]);

    const [theirs] = await listNotifications(doctorActor);
    expect(theirs).toMatchObject({ title: "New appointment" });
    expect(theirs!.body).toMatch(/^Ravi Kumar booked a video consultation on .+ at 10:00\.$/);
    expect(theirs!.body).not.toMatch(devanagari);
  });

  it("a reminder: Hindi for the Hindi patient, English for the English one", async () => {
    const { doctor, ravi, asha } = await people();
    for (const [patient, hours] of [
      [ravi, 20],
      [asha, 24],
    ] as const) {
      const at = clinicMoment(hours * 60);
      await createAppointment({
        patientId: patient.id,
        doctorId: doctor.id,
        date: at.date,
        time: at.time,
        consultationType: "offline",
      });
    }
    expect(await sendDueReminders()).toEqual({ sent: 2 });

    const [hindi] = await listNotifications(actorFor(ravi));
    expect(hindi!.title).toBe("अपॉइंटमेंट रिमाइंडर");
    expect(hindi!.body).toMatch(/^याद दिला दें: Dr\. Meera Iyer के साथ आपकी क्लिनिक विज़िट .+ बजे है।$/);

    const [english] = await listNotifications(actorFor(asha));
    expect(english!.title).toBe("Appointment reminder");
    expect(english!.body).toMatch(/^Reminder: your clinic visit with Dr\. Meera Iyer is on .+\.$/);
  });

  it("follows the reader when they switch language, and keeps legacy rows as written", async () => {
    const { doctor, ravi } = await people();
    await bookAppointment(actorFor(ravi), {
      doctorId: doctor.uuid,
      date: clinicDate(2),
      time: "11:00",
      consultationType: "offline",
    });
    await db.insert(notifications).values({
      userId: ravi.id,
      title: "Welcome to SwasthAI",
      body: "Written before notifications had keys.",
      createdAt: new Date(Date.now() - 86_400_000),
    });

    await db.update(users).set({ locale: "en" }).where(eq(users.id, ravi.id));
    const [booking, legacy] = await listNotifications(actorFor(ravi));
    expect(booking!.title).toBe("Appointment confirmed");
    expect(booking!.body).toMatch(
      /^Your clinic visit with Dr\. Meera Iyer is confirmed for .+ at 11:00\.$/,
    );
    expect(legacy).toMatchObject({
      title: "Welcome to SwasthAI",
      body: "Written before notifications had keys.",
    });

    await db.update(users).set({ locale: "hi" }).where(eq(users.id, ravi.id));
    const [again, legacyHi] = await listNotifications(actorFor(ravi));
    expect(again!.title).toBe("अपॉइंटमेंट की पुष्टि हो गई");
    expect(legacyHi!.title).toBe("Welcome to SwasthAI");
  });

  it("lists only the reader's own notifications", async () => {
    const { doctor, ravi, asha } = await people();
    await bookAppointment(actorFor(ravi), {
      doctorId: doctor.uuid,
      date: clinicDate(3),
      time: "12:00",
      consultationType: "online",
    });
    expect(await listNotifications(actorFor(asha))).toEqual([]);
    expect(await listNotifications(actorFor(ravi))).toHaveLength(1);
  });
});

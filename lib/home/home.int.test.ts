import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { healthProfiles, healthRecords, notifications } from "@/db/schema";
import { GET as homeRoute } from "@/app/api/v1/users/[id]/home/route";
import { notificationText } from "@/lib/notifications/render";
import { call } from "@/tests/api-client";
import { createDoctor, createUser } from "@/tests/factories";
import { clinicDate, createAppointment, tokenFor } from "@/tests/factories-appointments";
import { actorFor } from "@/tests/factories-users";
import { getPatientHome } from "./queries";

const inbox = (userId: number, minutesAgo: number, read = false) => ({
  userId,
  type: "general" as const,
  ...notificationText("doctorVerified", {}),
  readAt: read ? new Date() : null,
  createdAt: new Date(Date.now() - minutesAgo * 60_000),
});

describe(`getPatientHome (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("shows only my next two live appointments, soonest first, and how many there are", async () => {
    const me = await createUser({ fullName: "Asha Verma" });
    const other = await createUser();
    const { doctor } = await createDoctor();
    const at = (days: number, time = "10:00") => ({
      doctorId: doctor.id,
      date: clinicDate(days),
      time,
    });
    await createAppointment({ patientId: me.id, ...at(5) });
    const soonest = await createAppointment({ patientId: me.id, ...at(1), status: "pending" });
    const next = await createAppointment({ patientId: me.id, ...at(3) });
    await createAppointment({ patientId: me.id, ...at(2), status: "cancelled" });
    await createAppointment({ patientId: me.id, ...at(-2), status: "completed" });
    await createAppointment({ patientId: other.id, ...at(1, "11:00") });

    const home = await getPatientHome(actorFor(me));
    expect(home.fullName).toBe("Asha Verma");
    expect(home.upcoming.map((a) => a.id)).toEqual([soonest.uuid, next.uuid]);
    expect(home.upcomingTotal).toBe(3);
    expect(home.upcoming.every((a) => a.patient.id === me.uuid)).toBe(true);

    const theirs = await getPatientHome(actorFor(other));
    expect(theirs.upcoming).toHaveLength(1);
    expect(theirs.upcoming[0]!.patient.id).toBe(other.uuid);
  });

  it("counts my unread notifications and shows my latest three, never someone else's", async () => {
    const me = await createUser();
    const other = await createUser();
    await db
      .insert(notifications)
      .values([
        inbox(me.id, 50),
        inbox(me.id, 40, true),
        inbox(me.id, 30),
        inbox(me.id, 20, true),
        inbox(me.id, 10),
        inbox(other.id, 1),
      ]);
    const home = await getPatientHome(actorFor(me));
    expect(home.unreadNotifications).toBe(3);
    expect(home.latestNotifications).toHaveLength(3);
    expect(home.latestNotifications.map((n) => n.readAt === null)).toEqual([true, false, true]);
  });

  it("says how complete the health profile is, whether onboarding and ABHA are done, and my newest record", async () => {
    const me = await createUser();
    const empty = await getPatientHome(actorFor(me));
    expect(empty).toMatchObject({
      profileCompleteness: 0,
      onboardingComplete: false,
      abhaLinked: false,
      latestRecord: null,
      unreadNotifications: 0,
      upcoming: [],
    });

    await db.insert(healthProfiles).values({
      userId: me.id,
      age: 34,
      gender: "female",
      city: "Pune",
      bloodGroup: "unknown",
      onboardingCompletedAt: new Date(),
    });
    await db.insert(healthRecords).values([
      { userId: me.id, recordType: "prescription", title: "Old", documentDate: "2025-01-10" },
      { userId: me.id, recordType: "lab_report", title: "Newest", documentDate: "2026-03-02" },
    ]);
    const other = await createUser();
    await db.insert(healthRecords).values({
      userId: other.id,
      recordType: "lab_report",
      title: "Not mine",
      documentDate: "2027-01-01",
    });

    const home = await getPatientHome(actorFor(me));
    // age, gender, city of 8 facts ("unknown" blood group is not an answer).
    expect(home.profileCompleteness).toBe(38);
    expect(home.onboardingComplete).toBe(true);
    expect(home.latestRecord).toMatchObject({ title: "Newest", date: "2026-03-02" });
  });

  it("answers GET /users/me/home with the caller's home only; anyone else's is 404", async () => {
    const me = await createUser({ fullName: "Ravi Kumar" });
    const other = await createUser();
    const { doctor } = await createDoctor();
    await createAppointment({
      patientId: other.id,
      doctorId: doctor.id,
      date: clinicDate(1),
      time: "09:00",
    });
    const token = await tokenFor(me);
    const res = await call(homeRoute, { path: "/users/me/home", params: { id: "me" }, token });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ fullName: "Ravi Kumar", upcoming: [], upcomingTotal: 0 });
    const theirs = await call(homeRoute, {
      path: `/users/${other.uuid}/home`,
      params: { id: other.uuid },
      token,
    });
    expect(theirs.status).toBe(404);
    expect(JSON.stringify(theirs.body)).not.toContain(other.fullName);
    expect((await call(homeRoute, { path: "/users/me/home", params: { id: "me" } })).status).toBe(
      401,
    );
  });
});

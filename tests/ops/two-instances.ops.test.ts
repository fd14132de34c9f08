import { randomUUID } from "node:crypto";
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { appointments, notificationDeliveries, notifications } from "@/db/schema";
import {
  clinicDate,
  clinicMoment,
  createAppointment,
  createBookableDoctor,
  createPatientWithToken,
} from "@/tests/factories-appointments";
import { createUserWithPassword } from "@/tests/factories-users";
import { conflictType, cronSecret, http, instanceA, instanceB } from "./instances";

/** A or B by turn: request i goes to A when i is even. */
const alternate = (i: number) => (i % 2 === 0 ? instanceA : instanceB);

describe("two instances, one PostgreSQL, one Redis", () => {
  it("the 50-way booking race split 25/25 across A and B has exactly one winner", async () => {
    const { doctor } = await createBookableDoctor();
    const patients = await Promise.all(Array.from({ length: 50 }, () => createPatientWithToken()));
    const slot = {
      doctorId: doctor.uuid,
      date: clinicDate(2),
      time: "11:30",
      consultationType: "online",
    };

    const results = await Promise.all(
      patients.map(({ token }, i) =>
        http(alternate(i), "/api/v1/appointments", { body: slot, token }),
      ),
    );

    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const loser of results.filter((r) => r.status === 409)) {
      expect(loser.body).toMatchObject({
        type: conflictType,
        detail: expect.stringMatching(/just taken/),
      });
    }
    const live = await db
      .select({ patientId: appointments.patientId })
      .from(appointments)
      .where(
        and(
          eq(appointments.doctorId, doctor.id),
          eq(appointments.date, slot.date),
          eq(appointments.time, slot.time),
        ),
      );
    const winner = patients[statuses.indexOf(201)]!;
    expect(live).toEqual([{ patientId: winner.user.id }]);
  });

  it("a per-account sign-in limit counts attempts on A and B together", async () => {
    // login_account: 10 attempts per account per 15 minutes, counted before the password check.
    const { user } = await createUserWithPassword("Correct-horse-9", {
      email: `limit-${randomUUID()}@example.test`,
    });
    const attempt = (i: number) =>
      http(alternate(i), "/api/v1/auth/login", {
        body: { email: user.email, password: "wrong-password-1" },
      });

    for (let i = 0; i < 10; i++) {
      expect((await attempt(i)).status, `attempt ${i + 1}`).toBe(401);
    }
    // A and B have each seen 5: per-instance counts would let the 11th and 12th through.
    const eleventh = await attempt(10);
    expect(eleventh.status).toBe(429);
    expect(Number(eleventh.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(eleventh.body).toMatchObject({ type: "https://swasthai.dev/problems/rate_limited" });
    expect((await attempt(11)).status).toBe(429);
  });

  it("a session signed out on A is refused on B: its refresh token and its access token", async () => {
    const { user, password } = await createUserWithPassword("Correct-horse-9", {
      email: `revoke-${randomUUID()}@example.test`,
    });
    const login = await http(instanceA, "/api/v1/auth/login", {
      body: { email: user.email, password },
    });
    expect(login.status).toBe(200);
    const { accessToken, refreshToken } = login.body.data;
    expect((await http(instanceB, "/api/v1/auth/me", { token: accessToken })).status).toBe(200);

    const logout = await http(instanceA, "/api/v1/auth/logout", {
      body: { refreshToken },
      token: accessToken,
    });
    expect(logout.status).toBe(204);

    const refreshed = await http(instanceB, "/api/v1/auth/refresh", { body: { refreshToken } });
    expect(refreshed.status).toBe(401);
    const me = await http(instanceB, "/api/v1/auth/me", { token: accessToken });
    expect(me.status).toBe(401);
  });

  it("reminders run by A and B at the same moment go out once per appointment", async () => {
    const started = new Date();
    const doctor = await createBookableDoctor();
    const patients = await Promise.all(Array.from({ length: 5 }, () => createPatientWithToken()));
    const due = await Promise.all(
      patients.map(({ user }, i) => {
        const at = clinicMoment((20 + i) * 60);
        return createAppointment({
          patientId: user.id,
          doctorId: doctor.doctor.id,
          date: at.date,
          time: at.time,
        });
      }),
    );

    const cron = (base: string) =>
      http(base, "/api/cron/reminders", { headers: { authorization: `Bearer ${cronSecret}` } });
    const [a, b] = await Promise.all([cron(instanceA), cron(instanceB)]);
    expect([a.status, b.status]).toEqual([200, 200]);

    // The demo data may hold appointments due tomorrow too: every claim made now counts.
    const claimed = await db
      .select({ uuid: appointments.uuid, patientId: appointments.patientId })
      .from(appointments)
      .where(gte(appointments.reminderSentAt, started));
    expect(a.body.data.sent + b.body.data.sent).toBe(claimed.length);
    expect(claimed.map((c) => c.uuid)).toEqual(expect.arrayContaining(due.map((d) => d.uuid)));

    const notices = await db
      .select({ link: notifications.link, n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(
        and(
          eq(notifications.messageKey, "appointmentReminder"),
          inArray(
            notifications.link,
            claimed.map((c) => `/appointments/${c.uuid}`),
          ),
        ),
      )
      .groupBy(notifications.link);
    expect(notices).toHaveLength(claimed.length);
    expect(notices.every((row) => row.n === 1)).toBe(true);

    const mails = await db
      .select({ key: notificationDeliveries.dedupeKey })
      .from(notificationDeliveries)
      .where(
        and(
          eq(notificationDeliveries.channel, "email"),
          inArray(
            notificationDeliveries.dedupeKey,
            due.map((d) => `appointment:${d.uuid}:reminder:email`),
          ),
        ),
      );
    expect(mails).toHaveLength(due.length);
  });
});

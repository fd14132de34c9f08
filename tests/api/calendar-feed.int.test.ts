import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/api/v1/calendar-feeds/[file]/route";
import { DELETE as turnOff, POST as turnOn } from "@/app/api/v1/doctors/me/calendar-feed/route";
import { db } from "@/db/client";
import { doctors, users } from "@/db/schema";
import { hashFeedToken } from "@/lib/doctors/calendar-feed";
import { call } from "@/tests/api-client";
import { createDoctor, createUser } from "@/tests/factories";
import {
  clinicDate,
  createAppointment,
  createPatientWithToken,
  tokenFor,
} from "@/tests/factories-appointments";

async function doctorWithToken() {
  const created = await createDoctor();
  return { ...created, token: await tokenFor(created.user) };
}

const create = (token: string) =>
  call(turnOn, { method: "POST", path: "/doctors/me/calendar-feed", token });

/** Fetches a feed URL the way a calendar app does: no cookies, no token. */
async function fetchFeed(url: string) {
  const file = new URL(url).pathname.split("/").pop()!;
  const response = await feedRoute(
    new Request(`http://127.0.0.1:3000/api/v1/calendar-feeds/${file}`, {
      headers: { "user-agent": "Google-Calendar-Importer" },
    }),
    { params: Promise.resolve({ file }) },
  );
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe("the private calendar feed", () => {
  it("stores only the token's hash and lists upcoming live appointments without health details", async () => {
    const a = await doctorWithToken();
    const patient = await createUser({ fullName: "Meera Iyer" });
    await createAppointment({
      patientId: patient.id,
      doctorId: a.doctor.id,
      date: clinicDate(2),
      time: "10:00",
      consultationType: "offline",
      status: "confirmed",
      symptoms: "chest pain and breathlessness",
      chiefComplaint: "Chest pain",
    });
    const cancelled = await createAppointment({
      patientId: patient.id,
      doctorId: a.doctor.id,
      date: clinicDate(3),
      time: "11:00",
      status: "cancelled",
    });
    const later = await createAppointment({
      patientId: patient.id,
      doctorId: a.doctor.id,
      date: clinicDate(120),
      time: "11:00",
    });

    const res = await create(a.token);
    expect(res.status).toBe(201);
    const url = res.body.data.url as string;
    expect(url).toMatch(/\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = url.split("/").pop()!.slice(0, -4);
    const [row] = await db.select().from(doctors).where(eq(doctors.id, a.doctor.id));
    expect(row!.calendarTokenHash).toBe(hashFeedToken(token));
    expect(row!.calendarTokenHash).not.toContain(token);

    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(feed.headers.get("cache-control")).toBe("private, no-store");
    expect(feed.text).toContain("BEGIN:VCALENDAR");
    expect(feed.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(feed.text).toContain("SUMMARY:Clinic consultation: Meera");
    // 10:00 in Kolkata is 04:30 UTC; 30 minutes long; confirmed.
    expect(feed.text).toContain(`DTSTART:${clinicDate(2).replaceAll("-", "")}T043000Z`);
    expect(feed.text).toMatch(/DURATION:PT30M|DTEND:\d{8}T050000Z/);
    expect(feed.text).toContain("STATUS:CONFIRMED");
    expect(feed.text).not.toMatch(/chest|breath|Iyer/i);
    expect(feed.text).not.toContain(cancelled.uuid);
    expect(feed.text).not.toContain(later.uuid);
  });

  it("rotating kills the old URL; turning off kills the new one; another doctor's feed is unaffected", async () => {
    const a = await doctorWithToken();
    const b = await doctorWithToken();
    const first = (await create(a.token)).body.data.url as string;
    const theirs = (await create(b.token)).body.data.url as string;
    const second = (await create(a.token)).body.data.url as string;
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    const off = await call(turnOff, {
      method: "DELETE",
      path: "/doctors/me/calendar-feed",
      token: a.token,
    });
    expect(off.status).toBe(204);
    const gone = await fetchFeed(second);
    expect(gone.status).toBe(404);
    expect(gone.headers.get("content-type")).toBe("application/problem+json");
    expect((await fetchFeed(theirs)).status).toBe(200);
  });

  it("stops answering while the doctor's account is suspended", async () => {
    const a = await doctorWithToken();
    const url = (await create(a.token)).body.data.url as string;
    await db
      .update(users)
      .set({ suspendedAt: new Date(), suspensionReason: "Under review" })
      .where(eq(users.id, a.user.id));
    expect((await fetchFeed(url)).status).toBe(404);
    await db
      .update(users)
      .set({ suspendedAt: null, suspensionReason: null })
      .where(eq(users.id, a.user.id));
    expect((await fetchFeed(url)).status).toBe(200);
  });

  it("two rotations at once leave exactly one working URL", async () => {
    const a = await doctorWithToken();
    const urls = await Promise.all([create(a.token), create(a.token)]);
    const statuses = await Promise.all(urls.map((r) => fetchFeed(r.body.data.url as string)));
    expect(statuses.map((r) => r.status).sort()).toEqual([200, 404]);
  });

  it("404 for unknown or malformed tokens and a missing .ics; 404 for a patient turning it on", async () => {
    expect((await fetchFeed(`http://x/${"A".repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchFeed("http://x/short.ics")).status).toBe(404);
    const a = await doctorWithToken();
    const url = (await create(a.token)).body.data.url as string;
    expect((await fetchFeed(url.slice(0, -4))).status).toBe(404);

    const { token } = await createPatientWithToken();
    expect((await create(token)).status).toBe(404);
    expect((await call(turnOn, { method: "POST", path: "/doctors/me/calendar-feed" })).status).toBe(
      401,
    );
  });
});

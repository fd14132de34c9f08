import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  doctorAvailability,
  doctorDocuments,
  doctors,
  facilities,
  healthProfiles,
  users,
} from "@/db/schema";
import { getStorage } from "@/lib/storage";
import { sniffFileType } from "@/lib/storage/sniff";
import { useTemporaryStorage } from "@/tests/factories-users";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, demoAccounts, seedDemo } from "./demo";
import { todayInKolkata } from "./dates";
import { seedScale } from "./scale";

// Seed dates are clinic dates (Asia/Kolkata); the database's current_date is UTC and runs a day
// behind between 18:30 and 24:00 UTC.
const clinicToday = todayInKolkata();

// The seed writes the pending application's documents through lib/storage: into a temporary
// directory here.
let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown;
  return (Array.isArray(res) ? res : ((res as { rows?: unknown[] }).rows ?? [])) as T[];
}

async function one(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await rows<Record<string, unknown>>(query);
  return Number(row ? Object.values(row)[0] : NaN);
}

const liveDoubleBookings = sql`
  select count(*) from (
    select doctor_id, date, time from appointments where status in ('pending', 'confirmed')
     group by 1, 2, 3 having count(*) > 1) x`;

const outsideAvailability = sql`
  select count(*) from appointments a
   where not exists (
     select 1 from doctor_availability v
      where v.doctor_id = a.doctor_id and v.weekday = extract(dow from a.date)
        and a.time >= v.start_time and a.time + make_interval(mins => a.duration_minutes) <= v.end_time)`;

const ratingMismatches = sql`
  select count(*) from doctors d
   where d.rating_count <> (select count(*) from ratings r where r.doctor_id = d.id and r.hidden_at is null)
      or (d.rating_count > 0 and d.rating_avg <> (select round(avg(rating)::numeric, 1) from ratings r where r.doctor_id = d.id))`;

describe("seedDemo", () => {
  it("fills an empty database once, with working demo accounts and consistent counters", async () => {
    const first = await seedDemo(db);
    expect(first.seeded).toBe(true);
    expect(first.counts.doctors).toBeGreaterThanOrEqual(75);
    expect(first.counts.medicines).toBeGreaterThanOrEqual(150);
    expect(first.counts.lab_tests).toBeGreaterThanOrEqual(40);
    expect(first.counts.articles).toBeGreaterThanOrEqual(20);
    expect(first.counts.forum_posts).toBeGreaterThanOrEqual(15);

    const second = await seedDemo(db);
    expect(second.seeded).toBe(false);
    expect(second.counts).toEqual(first.counts);

    for (const [role, email] of Object.entries(demoAccounts)) {
      const [u] = await db.select().from(users).where(eq(users.email, email));
      expect(u?.role).toBe(role);
      expect(u?.emailVerifiedAt).not.toBeNull();
      expect(await verifyPassword(u?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
    }

    const [patient] = await db
      .select({ onboarded: healthProfiles.onboardingCompletedAt })
      .from(healthProfiles)
      .innerJoin(users, eq(users.id, healthProfiles.userId))
      .where(eq(users.email, demoAccounts.patient));
    expect(patient?.onboarded).not.toBeNull();

    const [doctor] = await db
      .select({
        id: doctors.id,
        specialty: doctors.specialty,
        status: doctors.verificationStatus,
        city: facilities.city,
      })
      .from(doctors)
      .innerJoin(users, eq(users.id, doctors.userId))
      .innerJoin(facilities, eq(facilities.id, doctors.facilityId))
      .where(eq(users.email, demoAccounts.doctor));
    expect(doctor).toMatchObject({ specialty: "cardiologist", status: "verified", city: "Pune" });
    const slots = await db
      .select()
      .from(doctorAvailability)
      .where(eq(doctorAvailability.doctorId, doctor?.id ?? -1));
    expect(slots.length).toBeGreaterThan(0);

    expect(
      await one(sql`select count(*) from doctors d join facilities f on f.id = d.facility_id
                     where d.specialty = 'cardiologist' and d.verification_status = 'verified' and f.city = 'Pune'`),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await one(sql`select count(*) from appointments a join users u on u.id = a.patient_id
                     where u.email = ${demoAccounts.patient} and a.status in ('pending', 'confirmed') and a.date >= ${clinicToday}::date`),
    ).toBeGreaterThanOrEqual(1);
    expect(await one(liveDoubleBookings)).toBe(0);
    expect(await one(outsideAvailability)).toBe(0);
    expect(await one(ratingMismatches)).toBe(0);
    expect(
      await one(sql`select count(*) from forum_posts p
                     where p.reply_count <> (select count(*) from forum_replies r where r.post_id = p.id)
                        or p.upvotes <> (select count(*) from forum_post_upvotes v where v.post_id = p.id)`),
    ).toBe(0);
  });

  it("gives one pending application two readable documents (a PDF and a PNG)", async () => {
    await seedDemo(db);
    const docs = await db
      .select({
        key: doctorDocuments.fileKey,
        mime: doctorDocuments.mimeType,
        status: doctors.verificationStatus,
      })
      .from(doctorDocuments)
      .innerJoin(doctors, eq(doctors.id, doctorDocuments.doctorId));
    expect(docs.map((d) => d.mime).sort()).toEqual(["application/pdf", "image/png"]);
    expect(new Set(docs.map((d) => d.status))).toEqual(new Set(["pending"]));
    for (const d of docs) {
      const file = await getStorage().getFile(d.key);
      expect(sniffFileType(file!.bytes)).toBe(d.mime);
    }
  });
});

describe("seedScale", () => {
  it("adds n x (100 doctors, 200 patients, 1000 appointments) without breaking any invariant", async () => {
    await seedDemo(db);
    const before = await one(sql`select count(*) from appointments`);
    const summary = await seedScale(db, 1);
    expect(summary).toMatchObject({ doctors: 100, patients: 200, appointments: 1000 });
    expect(await one(sql`select count(*) from appointments`)).toBe(before + 1000);
    expect(
      await one(
        sql`select count(*) from doctors where license_number like 'SCALE-%' and verification_status = 'verified'`,
      ),
    ).toBe(100);

    // a second run continues the numbering
    await seedScale(db, 1);
    expect(await one(sql`select count(*) from users where email like 'scale-patient-%'`)).toBe(400);

    expect(await one(liveDoubleBookings)).toBe(0);
    // The city filter reads doctors.city_lower: it must match every doctor's clinic.
    expect(
      await one(sql`select count(*) from doctors d left join facilities f on f.id = d.facility_id
                     where d.city_lower is distinct from lower(f.city)`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) from (
        select patient_id, date, time from appointments where status in ('pending', 'confirmed')
         group by 1, 2, 3 having count(*) > 1) x`),
    ).toBe(0);
    expect(await one(outsideAvailability)).toBe(0);
    expect(await one(ratingMismatches)).toBe(0);
    // Past live visits: only the demo doctor's one visit awaiting its outcome.
    expect(
      await one(sql`select count(*) from appointments a join doctors d on d.id = a.doctor_id
                     join users u on u.id = d.user_id
                     where a.status in ('pending', 'confirmed') and a.date < ${clinicToday}::date
                       and u.email <> ${demoAccounts.doctor}`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) from appointments a join doctors d on d.id = a.doctor_id
                     join users u on u.id = d.user_id
                     where a.status = 'confirmed' and a.date < ${clinicToday}::date and u.email = ${demoAccounts.doctor}`),
    ).toBe(1);
  });
});

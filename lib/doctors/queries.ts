import "server-only";
import { and, asc, eq, gte, sql } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { doctorAvailability, doctors, doctorTimeOff, facilities, users } from "@/db/schema";
import { localDateTime } from "@/lib/appointments/zoned-time";
import type { Actor } from "@/lib/auth/actor";
import { foundOr } from "@/lib/access/owner";
import type { Page } from "@/lib/api/pagination";
import {
  doctorCardColumns,
  listed,
  resolveWords,
  runCount,
  runPage,
  shapeOf,
  currentListVersion,
  type ListShape,
} from "./list-statement";
import { ListMemo } from "./list-memo";
import { countOnce, totals } from "./list-total";
import { money, toDoctorDetailDto, toDoctorSummaryDto } from "./mappers";
import type {
  DoctorDetailDto,
  DoctorListQuery,
  DoctorProfileDto,
  DoctorSummaryDto,
} from "./schemas";
import type { SpecialtyKey } from "./specialties";

/**
 * Pages of the list as served, remembered while the list version they were read at is current:
 * a repeated page costs one read of the version instead of its statement, the count and the
 * mapping (the public API and the search page ask for the same few pages again and again). Ten
 * seconds at most, since a reader can see a version bump before its rows are committed.
 */
const pages = new ListMemo<Page<DoctorSummaryDto>>(10_000, 500);

/** Verified doctors matching the filters, sorted and paginated (the find-a-doctor list and API). */
export async function listDoctors(query: DoctorListQuery): Promise<Page<DoctorSummaryDto>> {
  // A visitor's position makes nearly every query its own: not worth remembering.
  if (query.lat !== undefined || query.lng !== undefined) return readPage(query);
  const key = JSON.stringify(query);
  const version = await currentListVersion();
  const remembered = pages.get(key, version);
  if (remembered) return remembered;
  // Shared by every later request: frozen, so no caller can change what the next one gets.
  const page = deepFreeze(await readPage(query));
  pages.set(key, version, page);
  return page;
}

async function readPage(query: DoctorListQuery): Promise<Page<DoctorSummaryDto>> {
  const shape = shapeOf(query);
  const offset = (query.page - 1) * query.pageSize;
  if (!(await resolveWords(shape))) {
    return { data: [], meta: { page: query.page, pageSize: query.pageSize, total: 0 } };
  }
  const rows = await runPage(query, shape);
  const meta = { page: query.page, pageSize: query.pageSize, total: offset + rows.length };
  const known = rows.length > 0 && rows.length < query.pageSize; // the last page: total is exact
  if (!known && !(rows.length === 0 && query.page === 1)) {
    meta.total = await totalOf(query, shape, rows[0] && String(rows[0].version));
  }
  return { data: rows.map(toDoctorSummaryDto), meta };
}

async function totalOf(query: DoctorListQuery, shape: ListShape, version: string | undefined) {
  const key = JSON.stringify([shape.key, shape.values]);
  const cached = version === undefined ? undefined : totals.get(key, version);
  if (cached !== undefined) return cached;
  const total = await countOnce(key, version, () => runCount(query, shape));
  if (version !== undefined) totals.set(key, version, total);
  return total;
}

/** One doctor's public profile; unverified or deleted doctors are not found. */
export async function getDoctor(_actor: Actor | null, id: string): Promise<DoctorDetailDto> {
  const [row] = await db
    .select({
      ...doctorCardColumns,
      bio: doctors.bio,
      verificationStatus: doctors.verificationStatus,
      addressLine: facilities.addressLine,
      area: facilities.area,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    .where(and(eq(doctors.uuid, id), listed))
    .limit(1);
  return toDoctorDetailDto(foundOr(row, "doctor"));
}

/** Verified doctors per specialty, for the specialty tiles. */
export async function countVerifiedDoctorsBySpecialty(): Promise<
  Partial<Record<SpecialtyKey, number>>
> {
  const rows = await db
    .select({ specialty: doctors.specialty, n: sql<number>`count(*)` })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .where(listed)
    .groupBy(doctors.specialty);
  return Object.fromEntries(rows.map((r) => [r.specialty, Number(r.n)]));
}

const hhmm = (t: string) => t.slice(0, 5);

/**
 * The owner's view of doctor `doctorId` (internal id, already authorized by the caller): profile,
 * clinic, weekly hours and the time off that ends `today` or later. Run inside the write's
 * transaction so the answer is exactly what was written.
 */
export async function loadDoctorProfileView(
  on: Queryable,
  doctorId: number,
  today: string,
): Promise<DoctorProfileDto> {
  const [row] = await on
    .select({
      uuid: doctors.uuid,
      name: users.fullName,
      specialty: doctors.specialty,
      licenseNumber: doctors.licenseNumber,
      registrationCouncil: doctors.registrationCouncil,
      qualification: doctors.qualification,
      experienceYears: doctors.experienceYears,
      feeOnline: doctors.feeOnline,
      feeOffline: doctors.feeOffline,
      offersOnline: doctors.offersOnline,
      offersOffline: doctors.offersOffline,
      languages: doctors.languages,
      bio: doctors.bio,
      gender: doctors.gender,
      timezone: doctors.timezone,
      verificationStatus: doctors.verificationStatus,
      rejectionReason: doctors.rejectionReason,
      verifiedAt: doctors.verifiedAt,
      submittedAt: doctors.submittedAt,
      ratingAvg: doctors.ratingAvg,
      ratingCount: doctors.ratingCount,
      createdAt: doctors.createdAt,
      updatedAt: doctors.updatedAt,
      clinicName: facilities.name,
      addressLine: facilities.addressLine,
      area: facilities.area,
      city: facilities.city,
      state: facilities.state,
      pincode: facilities.pincode,
      latitude: facilities.latitude,
      longitude: facilities.longitude,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    .where(eq(doctors.id, doctorId))
    .limit(1);
  if (!row) throw new Error(`doctor ${doctorId} vanished inside its own transaction`);

  const hours = await on
    .select({
      weekday: doctorAvailability.weekday,
      startTime: doctorAvailability.startTime,
      endTime: doctorAvailability.endTime,
      slotMinutes: doctorAvailability.slotMinutes,
      mode: doctorAvailability.mode,
    })
    .from(doctorAvailability)
    .where(eq(doctorAvailability.doctorId, doctorId))
    .orderBy(asc(doctorAvailability.weekday), asc(doctorAvailability.startTime));

  const daysOff = await on
    .select({
      startsOn: doctorTimeOff.startsOn,
      endsOn: doctorTimeOff.endsOn,
      reason: doctorTimeOff.reason,
    })
    .from(doctorTimeOff)
    .where(and(eq(doctorTimeOff.doctorId, doctorId), gte(doctorTimeOff.endsOn, today)))
    .orderBy(asc(doctorTimeOff.startsOn));

  return {
    id: row.uuid,
    name: row.name,
    specialty: row.specialty as SpecialtyKey,
    licenseNumber: row.licenseNumber,
    registrationCouncil: row.registrationCouncil,
    qualification: row.qualification,
    experienceYears: Number(row.experienceYears),
    feeOnline: money(row.feeOnline),
    feeOffline: money(row.feeOffline),
    offersOnline: row.offersOnline,
    offersOffline: row.offersOffline,
    languages: row.languages,
    bio: row.bio,
    gender: row.gender,
    timezone: row.timezone,
    verificationStatus: row.verificationStatus,
    rejectionReason: row.rejectionReason,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt.toISOString(),
    rating: row.ratingCount > 0 ? Number(row.ratingAvg) : null,
    ratingCount: Number(row.ratingCount),
    clinic:
      row.clinicName === null || row.city === null
        ? null
        : {
            name: row.clinicName,
            addressLine: row.addressLine,
            area: row.area,
            city: row.city,
            state: row.state,
            pincode: row.pincode,
            latitude: Number(row.latitude),
            longitude: Number(row.longitude),
          },
    availability: hours.map((h) => ({
      weekday: Number(h.weekday),
      startTime: hhmm(h.startTime),
      endTime: hhmm(h.endTime),
      slotMinutes: Number(h.slotMinutes),
      mode: h.mode,
    })),
    timeOff: daysOff.map((d) => ({
      startsOn: String(d.startsOn).slice(0, 10),
      endsOn: String(d.endsOn).slice(0, 10),
      reason: d.reason,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The signed-in doctor's own profile as its owner sees it, whatever its verification status
 * (a pending or rejected profile is not public): licence, status, weekly hours and time off.
 * 404 when the caller has no doctor profile.
 */
export async function getOwnDoctorProfile(
  actor: Actor,
  options: { now?: Date } = {},
): Promise<DoctorProfileDto> {
  const [mine] = await db
    .select({ id: doctors.id, timezone: doctors.timezone })
    .from(doctors)
    .where(eq(doctors.userId, actor.userId))
    .limit(1);
  const own = foundOr(mine, "doctor");
  const today = localDateTime(options.now ?? new Date(), own.timezone).date;
  return loadDoctorProfileView(db, own.id, today);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { doctorAvailability, doctors, doctorTimeOff, facilities, users } from "@/db/schema";
import { money } from "./mappers";
import type { DoctorProfileDto } from "./profile-schemas";
import type { SpecialtyKey } from "./specialties";

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

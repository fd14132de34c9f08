import { bookableModes } from "@/lib/appointments/policy";
import type { Gender } from "@/db/schema/_enums";
import type { SpecialtyKey } from "./specialties";
import type { DoctorDetailDto, DoctorSummaryDto } from "./schemas";

/** The columns the doctor list and detail queries select (one shape, two DTOs). */
export interface DoctorListRow {
  uuid: string;
  fullName: string;
  specialty: string;
  qualification: string | null;
  experienceYears: number;
  gender: Gender | null;
  feeOnline: string | null;
  feeOffline: string | null;
  offersOnline: boolean;
  offersOffline: boolean;
  languages: string[];
  ratingAvg: string | number;
  ratingCount: number;
  city: string | null;
  clinicName: string | null;
  latitude: string | number | null;
  longitude: string | number | null;
  distanceKm?: number | string | null;
}

export interface DoctorDetailRow extends DoctorListRow {
  bio: string | null;
  verificationStatus: string;
  addressLine: string | null;
  area: string | null;
}

/** A numeric column as the contract's money: "499" -> "499.00"; null stays null. */
export const money = (v: string | null) => (v === null ? null : Number(v).toFixed(2));

/** Row -> a doctor card of the public list. */
export function toDoctorSummaryDto(row: DoctorListRow): DoctorSummaryDto {
  const dto: DoctorSummaryDto = {
    id: row.uuid,
    name: row.fullName,
    specialty: row.specialty as SpecialtyKey,
    qualification: row.qualification,
    experienceYears: Number(row.experienceYears),
    feeOnline: row.offersOnline ? money(row.feeOnline) : null,
    feeOffline: row.offersOffline ? money(row.feeOffline) : null,
    offersOnline: row.offersOnline,
    offersOffline: row.offersOffline,
    // Lists hold verified doctors only; the detail says for itself.
    bookableModes: bookableModes({ ...row, verified: true }),
    languages: row.languages,
    rating: row.ratingCount > 0 ? Number(row.ratingAvg) : null,
    ratingCount: Number(row.ratingCount),
    photoUrl: null,
    gender: row.gender,
    city: row.city,
    clinicName: row.clinicName,
    location:
      row.latitude === null || row.longitude === null
        ? null
        : { latitude: Number(row.latitude), longitude: Number(row.longitude) },
  };
  if (row.distanceKm !== undefined && row.distanceKm !== null) {
    dto.distanceKm = Math.round(Number(row.distanceKm) * 10) / 10;
  }
  return dto;
}

/** Row -> a doctor's public profile. */
export function toDoctorDetailDto(row: DoctorDetailRow): DoctorDetailDto {
  const address = [row.addressLine, row.area].filter(Boolean).join(", ") || null;
  return {
    ...toDoctorSummaryDto(row),
    bookableModes: bookableModes({ ...row, verified: row.verificationStatus === "verified" }),
    bio: row.bio,
    verified: row.verificationStatus === "verified",
    clinic: row.clinicName
      ? {
          name: row.clinicName,
          address,
          city: row.city,
          latitude: row.latitude === null ? null : Number(row.latitude),
          longitude: row.longitude === null ? null : Number(row.longitude),
        }
      : null,
  };
}

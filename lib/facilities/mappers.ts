import type { FacilityRow } from "@/db/schema";
import { roundKm } from "@/lib/geo/distance";
import type { FacilityDetailDto, FacilitySummaryDto } from "./schemas";

export type FacilitySummaryRow = Pick<
  FacilityRow,
  | "uuid"
  | "name"
  | "type"
  | "category"
  | "area"
  | "city"
  | "latitude"
  | "longitude"
  | "phone"
  | "emergencyPhone"
  | "departments"
  | "hasEmergency"
  | "is24x7"
  | "ratingAvg"
  | "ratingCount"
> & { distanceKm: number | string | null };

/** A list row as the public sees it. */
export function toFacilitySummaryDto(row: FacilitySummaryRow): FacilitySummaryDto {
  return {
    id: row.uuid,
    name: row.name,
    type: row.type,
    category: row.category,
    area: row.area,
    city: row.city,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    phone: row.phone,
    emergencyPhone: row.emergencyPhone,
    departments: row.departments,
    hasEmergency: row.hasEmergency,
    is24x7: row.is24x7,
    ratingAvg: Number(row.ratingAvg),
    ratingCount: row.ratingCount,
    distanceKm: row.distanceKm === null ? null : roundKm(Number(row.distanceKm)),
  };
}

export type FacilityDetailRow = FacilitySummaryRow &
  Pick<
    FacilityRow,
    | "description"
    | "addressLine"
    | "state"
    | "pincode"
    | "email"
    | "hasIcu"
    | "hasAmbulance"
    | "hasOt"
    | "hasLab"
    | "hasPharmacy"
    | "hasBloodBank"
    | "visitingHours"
    | "insuranceSupported"
    | "cashless"
  >;

/** One facility's public page. */
export function toFacilityDetailDto(row: FacilityDetailRow): FacilityDetailDto {
  return {
    ...toFacilitySummaryDto(row),
    description: row.description,
    addressLine: row.addressLine,
    state: row.state,
    pincode: row.pincode,
    email: row.email,
    hasIcu: row.hasIcu,
    hasAmbulance: row.hasAmbulance,
    hasOt: row.hasOt,
    hasLab: row.hasLab,
    hasPharmacy: row.hasPharmacy,
    hasBloodBank: row.hasBloodBank,
    visitingHours: row.visitingHours,
    insuranceSupported: row.insuranceSupported,
    cashless: row.cashless,
  };
}

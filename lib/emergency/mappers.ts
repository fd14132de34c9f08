import type { EmergencyRequestRow } from "@/db/schema";
import { cityInText } from "@/lib/geo/cities";
import { roundKm } from "@/lib/geo/distance";
import { emergencyTransitions } from "./policy";
import type { AdminEmergencyDto, AlertedFacilityDto, EmergencyRequestDto } from "./schemas";

export type EmergencyViewRow = Pick<
  EmergencyRequestRow,
  | "id"
  | "uuid"
  | "requestNumber"
  | "requesterId"
  | "status"
  | "emergencyType"
  | "patientName"
  | "patientAge"
  | "patientGender"
  | "symptoms"
  | "address"
  | "latitude"
  | "longitude"
  | "contactPhone"
  | "createdAt"
  | "acknowledgedAt"
  | "dispatchedAt"
  | "closedAt"
  | "ambulanceEtaMinutes"
  | "trackingTokenHash"
>;

export interface AlertedRow {
  requestId: number;
  uuid: string;
  name: string;
  distanceKm: string | null;
  phone: string | null;
  emergencyPhone: string | null;
  response: "none" | "accepted" | "declined";
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** How a request's facilities were found: its coordinates, a city named in its address, or none. */
export function locatedBy(row: Pick<EmergencyViewRow, "latitude" | "address">) {
  if (row.latitude !== null) return "coordinates" as const;
  return cityInText(row.address) ? ("city" as const) : ("none" as const);
}

export function toAlertedFacilityDto(row: AlertedRow): AlertedFacilityDto {
  return {
    id: row.uuid,
    name: row.name,
    distanceKm: row.distanceKm === null ? null : roundKm(Number(row.distanceKm)),
    phone: row.emergencyPhone ?? row.phone,
    response: row.response,
  };
}

/** The requester's view of a request. */
export function toEmergencyRequestDto(
  row: EmergencyViewRow,
  alerted: AlertedRow[],
): EmergencyRequestDto {
  return {
    id: row.uuid,
    requestNumber: row.requestNumber,
    status: row.status,
    type: row.emergencyType,
    patient: { name: row.patientName, age: row.patientAge, gender: row.patientGender },
    symptoms: row.symptoms,
    address: row.address,
    contactPhone: row.contactPhone,
    createdAt: row.createdAt.toISOString(),
    acknowledgedAt: iso(row.acknowledgedAt),
    dispatchedAt: iso(row.dispatchedAt),
    closedAt: iso(row.closedAt),
    etaMinutes: row.ambulanceEtaMinutes,
    locatedBy: locatedBy(row),
    alertedFacilities: alerted.filter((a) => a.requestId === row.id).map(toAlertedFacilityDto),
  };
}

/** The admin dashboard's view: the request plus its position and the moves it may make. */
export function toAdminEmergencyDto(
  row: EmergencyViewRow,
  alerted: AlertedRow[],
): AdminEmergencyDto {
  return {
    ...toEmergencyRequestDto(row, alerted),
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    signedIn: row.requesterId !== null,
    nextStatuses: [...emergencyTransitions[row.status]],
  };
}

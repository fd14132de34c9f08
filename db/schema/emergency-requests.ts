import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, smallint, text } from "drizzle-orm/pg-core";
import {
  coordinate,
  emptyTextArray,
  id,
  latitudeCheck,
  longitudeCheck,
  publicId,
  timestamps,
  timestamptz,
} from "./_columns";
import { genderEnum } from "./_enums";
import { facilities } from "./facilities";
import { users } from "./users";

export const emergencyTypes = ["medical", "accident", "cardiac", "pregnancy", "other"] as const;
export type EmergencyType = (typeof emergencyTypes)[number];
export const emergencyTypeEnum = pgEnum("emergency_type", emergencyTypes);

export const emergencyStatuses = [
  "pending",
  "acknowledged",
  "ambulance_dispatched",
  "help_arrived",
  "completed",
  "cancelled",
] as const;
export type EmergencyStatus = (typeof emergencyStatuses)[number];
export const emergencyStatusEnum = pgEnum("emergency_status", emergencyStatuses);

export const emergencyPriorities = ["low", "medium", "high", "critical"] as const;
export type EmergencyPriority = (typeof emergencyPriorities)[number];
export const emergencyPriorityEnum = pgEnum("emergency_priority", emergencyPriorities);

/** Help requests (guests allowed). Never a substitute for calling 108. */
export const emergencyRequests = pgTable(
  "emergency_requests",
  {
    id: id(),
    uuid: publicId(),
    /** Shown on the receipt. */
    requestNumber: text().notNull().unique("emergency_requests_request_number_uniq"),
    requesterId: integer().references(() => users.id, { onDelete: "set null" }),
    emergencyType: emergencyTypeEnum().notNull(),
    patientName: text().notNull(),
    patientAge: smallint(),
    patientGender: genderEnum(),
    symptoms: text().notNull(),
    address: text(),
    latitude: coordinate(),
    longitude: coordinate(),
    contactPhone: text().notNull(),
    mediaKeys: text().array().notNull().default(emptyTextArray),
    status: emergencyStatusEnum().notNull().default("pending"),
    priority: emergencyPriorityEnum().notNull().default("high"),
    acknowledgedByFacilityId: integer().references(() => facilities.id, { onDelete: "set null" }),
    acknowledgedAt: timestamptz(),
    dispatchedAt: timestamptz(),
    /**
     * SHA-256 of the tracking token handed to the requester (guests included) at creation; the
     * token itself is never stored.
     */
    trackingTokenHash: text(),
    ambulanceEtaMinutes: smallint(),
    closedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("emergency_requests_status_created_idx").on(t.status, t.createdAt),
    index("emergency_requests_requester_id_idx").on(t.requesterId),
    index("emergency_requests_facility_id_idx").on(t.acknowledgedByFacilityId),
    check("emergency_requests_patient_age_check", sql`${t.patientAge} between 0 and 130`),
    check("emergency_requests_eta_check", sql`${t.ambulanceEtaMinutes} >= 0`),
    check("emergency_requests_latitude_check", latitudeCheck(t.latitude)),
    check("emergency_requests_longitude_check", longitudeCheck(t.longitude)),
  ],
);

export type EmergencyRequestRow = typeof emergencyRequests.$inferSelect;
export type NewEmergencyRequestRow = typeof emergencyRequests.$inferInsert;

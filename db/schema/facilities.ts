import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import {
  coordinate,
  emptyTextArray,
  id,
  latitudeCheck,
  longitudeCheck,
  pincodeCheck,
  publicId,
  ratingAverage,
  timestamps,
} from "./_columns";
import { users } from "./users";

export const facilityTypes = [
  "hospital",
  "clinic",
  "nursing_home",
  "specialty_center",
  "diagnostic_center",
] as const;
export type FacilityType = (typeof facilityTypes)[number];
export const facilityTypeEnum = pgEnum("facility_type", facilityTypes);

export const facilityCategories = ["government", "private"] as const;
export type FacilityCategory = (typeof facilityCategories)[number];
export const facilityCategoryEnum = pgEnum("facility_category", facilityCategories);

/** Hospitals and clinics with coordinates; doctors point at their clinic via `doctors.facility_id`. */
export const facilities = pgTable(
  "facilities",
  {
    id: id(),
    uuid: publicId(),
    name: text().notNull(),
    type: facilityTypeEnum().notNull().default("clinic"),
    category: facilityCategoryEnum().notNull().default("private"),
    description: text(),
    addressLine: text(),
    area: text(),
    city: text().notNull(),
    state: text(),
    pincode: text(),
    latitude: coordinate().notNull(),
    longitude: coordinate().notNull(),
    phone: text(),
    emergencyPhone: text(),
    email: text(),
    /** cardiology, orthopedic, pediatrics, gynecology, neurology, dermatology, ent, ophthalmology, emergency, icu, general_medicine */
    departments: text().array().notNull().default(emptyTextArray),
    hasEmergency: boolean().notNull().default(false),
    hasIcu: boolean().notNull().default(false),
    hasAmbulance: boolean().notNull().default(false),
    hasOt: boolean().notNull().default(false),
    hasLab: boolean().notNull().default(false),
    hasPharmacy: boolean().notNull().default(false),
    hasBloodBank: boolean().notNull().default(false),
    // Explicit name: snake_case conversion would give "is24x7".
    is24x7: boolean("is_24x7").notNull().default(false),
    visitingHours: text(),
    insuranceSupported: boolean().notNull().default(false),
    cashless: boolean().notNull().default(false),
    ratingAvg: ratingAverage().notNull().default("0"),
    ratingCount: integer().notNull().default(0),
    /** Receives emergency notifications. */
    ownerUserId: integer().references(() => users.id, { onDelete: "set null" }),
    /** Only verified and active facilities are listed. */
    verified: boolean().notNull().default(false),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    // Searches compare lower(city), so that is what the index holds.
    index("facilities_city_lower_idx").on(sql`lower(${t.city})`),
    index("facilities_lat_lng_idx").on(t.latitude, t.longitude),
    index("facilities_owner_user_id_idx").on(t.ownerUserId),
    check("facilities_pincode_check", pincodeCheck(t.pincode)),
    check("facilities_latitude_check", latitudeCheck(t.latitude)),
    check("facilities_longitude_check", longitudeCheck(t.longitude)),
    check("facilities_rating_avg_check", sql`${t.ratingAvg} between 0 and 5`),
    check("facilities_rating_count_check", sql`${t.ratingCount} >= 0`),
  ],
);

export type FacilityRow = typeof facilities.$inferSelect;
export type NewFacilityRow = typeof facilities.$inferInsert;

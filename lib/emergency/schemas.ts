import { z } from "zod";
import type { EmergencyStatus, EmergencyType } from "@/db/schema/emergency-requests";
import { findCityCentre } from "@/lib/geo/cities";
import {
  clearableGender,
  clearableText,
  hasNoNul,
  noNulMessage,
  normaliseIndianMobile,
  personName,
  text,
} from "@/lib/validation/fields";
import { genderValues, sameAs, type Same } from "@/lib/validation/enums";
import { uuidSchema } from "@/lib/validation/ids";

export const emergencyTypeValues = [
  "medical",
  "accident",
  "cardiac",
  "pregnancy",
  "other",
] as const;
sameAs<Same<(typeof emergencyTypeValues)[number], EmergencyType>>(true);

export const emergencyStatusValues = [
  "pending",
  "acknowledged",
  "ambulance_dispatched",
  "help_arrived",
  "completed",
  "cancelled",
] as const;
sameAs<Same<(typeof emergencyStatusValues)[number], EmergencyStatus>>(true);

/** How far (km, by real distance) a facility with emergency services may be and still be alerted. */
export const ALERT_RADIUS_KM = 25;
/** At most this many facilities are alerted per request, nearest first. */
export const MAX_ALERTED = 5;
export const SYMPTOMS_MAX = 1000;

const phoneMessage =
  "must be a 10-digit Indian mobile number (starting with 6-9), with or without +91";

/** A required Indian mobile, stored as +91XXXXXXXXXX. */
const requiredIndianMobile = z
  .string()
  .refine(hasNoNul, { message: noNulMessage, abort: true })
  .max(20, phoneMessage)
  .transform((value, ctx) => {
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: "must not be empty" });
      return z.NEVER;
    }
    const phone = normaliseIndianMobile(value);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: phoneMessage });
      return z.NEVER;
    }
    return phone;
  })
  .describe("Indian mobile; returned as +91XXXXXXXXXX");

/** A known city ("" or null: none), whose centre locates a request without coordinates. */
const optionalCity = z
  .string()
  .max(60)
  .refine(hasNoNul, noNulMessage)
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value.trim() === "") return null;
    const city = findCityCentre(value);
    if (!city) {
      ctx.addIssue({ code: "custom", message: "unknown city" });
      return z.NEVER;
    }
    return city.name;
  });

/** POST /emergency-requests and the emergency form: who needs help, where, and a phone. */
export const createEmergencyRequestSchema = z
  .object({
    type: z.enum(emergencyTypeValues),
    patientName: personName(100),
    age: z.number().int().min(0).max(130).nullable().optional(),
    gender: clearableGender.optional(),
    symptoms: text(1, SYMPTOMS_MAX),
    address: clearableText(500).optional(),
    city: optionalCity.optional(),
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
    contactPhone: requiredIndianMobile,
  })
  .superRefine((input, ctx) => {
    const hasLat = input.latitude != null;
    const hasLng = input.longitude != null;
    if (hasLat !== hasLng) {
      ctx.addIssue({
        code: "custom",
        path: [hasLat ? "longitude" : "latitude"],
        message: "give both latitude and longitude",
      });
    }
    if (!hasLat && !hasLng && !input.address && !input.city) {
      ctx.addIssue({
        code: "custom",
        path: ["address"],
        message: "give an address, a city or your location",
      });
    }
  });
export type CreateEmergencyRequestInput = z.infer<typeof createEmergencyRequestSchema>;

export const emergencyIdParamsSchema = z.object({ id: uuidSchema });

export const emergencyTokenQuerySchema = z.object({
  token: z.string().max(200).optional().describe("the tracking token (or send X-Tracking-Token)"),
});

/** A facility the request alerted, and its answer. */
export const alertedFacilitySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  distanceKm: z.number().nullable(),
  phone: z.string().nullable(),
  response: z.enum(["none", "accepted", "declined"]),
});
export type AlertedFacilityDto = z.infer<typeof alertedFacilitySchema>;

/** What the requester (or whoever holds the tracking token) sees. */
export const emergencyRequestSchema = z.object({
  id: z.uuid(),
  requestNumber: z.string(),
  status: z.enum(emergencyStatusValues),
  type: z.enum(emergencyTypeValues),
  patient: z.object({
    name: z.string(),
    age: z.number().int().nullable(),
    gender: z.enum(genderValues).nullable(),
  }),
  symptoms: z.string(),
  address: z.string().nullable(),
  contactPhone: z.string(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  dispatchedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  etaMinutes: z.number().int().nullable(),
  /** How the alerted facilities were chosen: coordinates, a city's centre, or not at all. */
  locatedBy: z.enum(["coordinates", "city", "none"]),
  alertedFacilities: z.array(alertedFacilitySchema),
});
export type EmergencyRequestDto = z.infer<typeof emergencyRequestSchema>;

/** The creation answer: the request and its tracking token, shown this once. */
export const createdEmergencyRequestSchema = emergencyRequestSchema.extend({
  trackingToken: z.string().describe("keep it: with it anyone can follow this request"),
});
export type CreatedEmergencyRequestDto = z.infer<typeof createdEmergencyRequestSchema>;

/** An emergency as the admin dashboard shows it. */
export const adminEmergencySchema = emergencyRequestSchema.extend({
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  signedIn: z.boolean(),
  nextStatuses: z.array(z.enum(emergencyStatusValues)),
});
export type AdminEmergencyDto = z.infer<typeof adminEmergencySchema>;

export const listEmergenciesQuerySchema = z.object({
  status: z.enum(["active", "closed"]).default("active"),
});
export type ListEmergenciesQuery = z.infer<typeof listEmergenciesQuerySchema>;

/** PUT /admin/emergencies/:id/status and the dashboard's buttons. */
export const updateEmergencyStatusSchema = z.object({
  status: z.enum([
    "acknowledged",
    "ambulance_dispatched",
    "help_arrived",
    "completed",
    "cancelled",
  ]),
  etaMinutes: z.number().int().min(0).max(600).nullable().optional(),
  facilityId: uuidSchema.nullable().optional(),
  note: clearableText(500).optional(),
});
export type UpdateEmergencyStatusInput = z.infer<typeof updateEmergencyStatusSchema>;

import { z } from "zod";
import type { FacilityCategory, FacilityType } from "@/db/schema/facilities";
import { pageMetaSchema, paginationSchema } from "@/lib/api/pagination";
import { findCityCentre } from "@/lib/geo/cities";
import { hasNoNul, noNulMessage } from "@/lib/validation/fields";
import { sameAs, type Same } from "@/lib/validation/enums";
import { uuidSchema } from "@/lib/validation/ids";

export const facilityTypeValues = [
  "hospital",
  "clinic",
  "nursing_home",
  "specialty_center",
  "diagnostic_center",
] as const;
sameAs<Same<(typeof facilityTypeValues)[number], FacilityType>>(true);

export const facilityCategoryValues = ["government", "private"] as const;
sameAs<Same<(typeof facilityCategoryValues)[number], FacilityCategory>>(true);

/** The departments facilities list (db/schema/facilities.ts). */
export const departmentValues = [
  "cardiology",
  "orthopedic",
  "pediatrics",
  "gynecology",
  "neurology",
  "dermatology",
  "ent",
  "ophthalmology",
  "emergency",
  "icu",
  "general_medicine",
] as const;
export type Department = (typeof departmentValues)[number];

/** The radii the hospitals page offers; the API takes any whole km from 1 to 50. */
export const radiusChoices = [2, 5, 10, 20] as const;
export const DEFAULT_RADIUS_KM = 10;
export const MAX_RADIUS_KM = 50;

const flag = z.enum(["true", "false", "1", "0", "on"]).transform((v) => v !== "false" && v !== "0");

const cityParam = z
  .string()
  .max(60)
  .refine(hasNoNul, noNulMessage)
  .transform((value, ctx) => {
    const city = findCityCentre(value);
    if (!city) {
      ctx.addIssue({ code: "custom", message: "unknown city" });
      return z.NEVER;
    }
    return city.name;
  });

/**
 * Query of `GET /api/v1/facilities` and of the hospitals page: a centre (lat+lng, or a known city
 * whose centre is used), a radius in km, filters and a page. Only verified, active facilities.
 */
export const listFacilitiesQuerySchema = paginationSchema
  .extend({
    lat: z.coerce.number().min(-90).max(90).optional(),
    lng: z.coerce.number().min(-180).max(180).optional(),
    city: cityParam.optional().describe("a known city; its centre is used when lat/lng are absent"),
    radiusKm: z.coerce.number().int().min(1).max(MAX_RADIUS_KM).default(DEFAULT_RADIUS_KM),
    q: z.string().trim().max(100).refine(hasNoNul, noNulMessage).optional(),
    type: z.enum(facilityTypeValues).optional(),
    category: z.enum(facilityCategoryValues).optional(),
    emergency: flag.optional().describe("only facilities with emergency services"),
    open24x7: flag.optional().describe("only facilities open 24x7"),
    department: z.enum(departmentValues).optional(),
  })
  .superRefine((q, ctx) => {
    if ((q.lat === undefined) !== (q.lng === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [q.lat === undefined ? "lat" : "lng"],
        message: "give both lat and lng",
      });
    } else if (q.lat === undefined && q.city === undefined) {
      ctx.addIssue({ code: "custom", path: ["city"], message: "give lat and lng, or a city" });
    }
  });
export type ListFacilitiesQuery = z.infer<typeof listFacilitiesQuerySchema>;

export const facilityIdParamsSchema = z.object({ id: uuidSchema });

/** A facility on the list: `distanceKm` is the great-circle distance from the centre, 2 decimals. */
export const facilitySummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(facilityTypeValues),
  category: z.enum(facilityCategoryValues),
  area: z.string().nullable(),
  city: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  phone: z.string().nullable(),
  emergencyPhone: z.string().nullable(),
  departments: z.array(z.string()),
  hasEmergency: z.boolean(),
  is24x7: z.boolean(),
  ratingAvg: z.number(),
  ratingCount: z.number().int(),
  distanceKm: z.number().nullable().describe("km from the centre searched, 2 decimals"),
});
export type FacilitySummaryDto = z.infer<typeof facilitySummarySchema>;

export const facilityDetailSchema = facilitySummarySchema.extend({
  description: z.string().nullable(),
  addressLine: z.string().nullable(),
  state: z.string().nullable(),
  pincode: z.string().nullable(),
  email: z.string().nullable(),
  hasIcu: z.boolean(),
  hasAmbulance: z.boolean(),
  hasOt: z.boolean(),
  hasLab: z.boolean(),
  hasPharmacy: z.boolean(),
  hasBloodBank: z.boolean(),
  visitingHours: z.string().nullable(),
  insuranceSupported: z.boolean(),
  cashless: z.boolean(),
});
export type FacilityDetailDto = z.infer<typeof facilityDetailSchema>;

/** The list answer: the page, plus the centre and radius that were searched. */
export const facilityListSchema = z.object({
  data: z.array(facilitySummarySchema),
  meta: pageMetaSchema.extend({
    centre: z.object({ lat: z.number(), lng: z.number(), city: z.string().nullable() }),
    radiusKm: z.number(),
  }),
});
export type FacilityList = z.infer<typeof facilityListSchema>;

/** The OpenStreetMap directions link to a point (opens another site). */
export const directionsUrl = (lat: number, lng: number) =>
  `https://www.openstreetmap.org/directions?to=${lat},${lng}`;

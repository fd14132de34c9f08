import { z } from "zod";
import { labBookingStatuses, labBookingTypes } from "@/db/schema/lab-bookings";
import { labTestCategories } from "@/db/schema/lab-tests";
import { addressChoiceSchema, addressSnapshotSchema } from "@/lib/addresses/schemas";
import { moneySchema } from "@/lib/api/money";
import { paginationSchema } from "@/lib/api/pagination";
import { uuidSchema } from "@/lib/validation/ids";
import { text } from "@/lib/validation/fields";

export const labTestCategoryValues = labTestCategories;
export const labBookingStatusValues = labBookingStatuses;
export const labBookingTypeValues = labBookingTypes;

/** Query of `GET /lab-tests`: part of the name or code, a category, a page. */
export const searchLabTestsQuerySchema = paginationSchema.extend({
  q: text(1, 100).optional().describe("part of the test's name, code or what it measures"),
  category: z.enum(labTestCategories).optional(),
});
export type SearchLabTestsQuery = z.input<typeof searchLabTestsQuerySchema>;

export const labTestIdParamsSchema = z.object({ id: uuidSchema });
export const labBookingIdParamsSchema = z.object({ id: uuidSchema });

/** A test inside a package, as the package lists it. */
export const labPackageItemSchema = z.object({ id: z.uuid(), name: z.string() });

export const labTestSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  category: z.enum(labTestCategories),
  isPackage: z.boolean(),
  description: z.string().nullable(),
  /** What it measures. */
  parameters: z.array(z.string()),
  price: moneySchema,
  mrp: moneySchema,
  /** Whole percent off the MRP, rounded down. */
  discountPercent: z.number().int().min(0).max(100),
  sampleType: z.string().nullable(),
  fastingRequired: z.boolean(),
  fastingHours: z.number().int().nullable(),
  reportTime: z.string().nullable(),
  homeCollection: z.boolean().describe("whether a phlebotomist can collect it at home"),
  preparation: z.string().nullable(),
  isPopular: z.boolean(),
  /** Packages: the tests inside (empty for a single test). */
  includes: z.array(labPackageItemSchema),
});
export type LabTestDto = z.infer<typeof labTestSchema>;

/** Query of `GET /lab-slots`. */
export const labSlotsQuerySchema = z.object({
  date: z.iso.date({ message: "must be a date (YYYY-MM-DD)" }),
  pincode: z
    .string()
    .trim()
    .regex(/^[1-9]\d{5}$/, "must be a 6-digit PIN code")
    .optional()
    .describe("home collection: the places left are counted per PIN area (first 3 digits)"),
});
export type LabSlotsQuery = z.input<typeof labSlotsQuerySchema>;

export const labSlotSchema = z.object({
  time: z.string().describe("HH:MM, Asia/Kolkata"),
  /** Home collection places left in the PIN's area; null for lab visits or without a PIN. */
  placesLeft: z.number().int().min(0).nullable(),
  available: z.boolean(),
});
export type LabSlotDto = z.infer<typeof labSlotSchema>;

export const labSlotsSchema = z.object({
  date: z.iso.date(),
  /** The PIN area counted (first 3 digits), when a PIN was given. */
  area: z.string().nullable(),
  capacity: z.number().int(),
  homeCollection: z.array(labSlotSchema),
  labVisit: z.array(labSlotSchema),
});
export type LabSlotsDto = z.infer<typeof labSlotsSchema>;

/** `POST /lab-bookings` (contract); the booking form sends the same fields. */
export const bookLabTestsSchema = z
  .object({
    testIds: z
      .array(z.uuid({ message: "must be a lab test id" }))
      .min(1, "must not be empty")
      .max(20, "must be at most 20 tests")
      .refine((ids) => new Set(ids).size === ids.length, "must name each test once"),
    bookingType: z.enum(labBookingTypes),
    date: z.iso.date({ message: "must be a date (YYYY-MM-DD)" }),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time (HH:MM)"),
    collectionAddress: addressChoiceSchema
      .optional()
      .describe("a saved address id or a typed address; required for home collection"),
    paymentMethod: z
      .enum(["cod", "upi", "card"])
      .default("cod")
      .describe(
        "cod (pay at collection) always; upi and card only when online payments are set up",
      ),
  })
  .superRefine((v, ctx) => {
    if (v.bookingType === "home_collection" && !v.collectionAddress) {
      ctx.addIssue({
        code: "custom",
        path: ["collectionAddress"],
        message: "is required for home collection",
      });
    }
  });
/** A booking as the doors hand it over: parsed by `bookLabTestsSchema` (form and REST alike). */
export type BookLabTestsInput = z.output<typeof bookLabTestsSchema>;

export const listLabBookingsQuerySchema = paginationSchema.extend({
  status: z.enum(labBookingStatuses).optional(),
});
export type ListLabBookingsQuery = z.input<typeof listLabBookingsQuerySchema>;

/** `PUT /lab-bookings/:id/status` (admin): forward one step, or cancel with a reason. */
export const setLabBookingStatusSchema = z
  .object({
    status: z.enum(["sample_collected", "processing", "cancelled"]),
    reason: text(3, 500).optional().describe("required when cancelling"),
  })
  .superRefine((v, ctx) => {
    if (v.status === "cancelled" && !v.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "is required when cancelling" });
    }
  });
export type SetLabBookingStatusInput = z.input<typeof setLabBookingStatusSchema>;

/** `GET /admin/lab-bookings`. */
export const adminLabBookingsQuerySchema = paginationSchema.extend({
  status: z.enum(labBookingStatuses).optional(),
});
export type AdminLabBookingsQuery = z.input<typeof adminLabBookingsQuerySchema>;

export const labBookingItemSchema = z.object({
  /** Null when the test left the catalogue. */
  testId: z.uuid().nullable(),
  name: z.string(),
  price: moneySchema,
});

const instant = z.iso.datetime({ offset: true });

export const labBookingSchema = z.object({
  id: z.uuid(),
  status: z.enum(labBookingStatuses),
  bookingType: z.enum(labBookingTypes),
  date: z.iso.date(),
  time: z.string().describe("HH:MM, Asia/Kolkata"),
  tests: z.array(labBookingItemSchema),
  total: moneySchema,
  paymentMethod: z.enum(["cod", "upi", "card", "pay_at_clinic"]),
  paymentStatus: z.enum(["pending", "paid", "failed", "refunded"]),
  collectionAddress: addressSnapshotSchema.nullable(),
  labName: z.string().nullable(),
  /** The longest fast any of the tests needs, in hours (null: no fasting). */
  fastingHours: z.number().int().nullable(),
  /** The health record holding the report, once ready. */
  reportRecordId: z.uuid().nullable(),
  cancelReason: z.string().nullable(),
  bookedAt: instant,
  sampleCollectedAt: instant.nullable(),
  processingAt: instant.nullable(),
  reportReadyAt: instant.nullable(),
  cancelledAt: instant.nullable(),
  canCancel: z.boolean(),
  /** An online booking not paid yet: where to pay it. */
  payPath: z.string().nullable(),
});
export type LabBookingDto = z.infer<typeof labBookingSchema>;

/** An admin's view of a booking: the patient's name too. */
export const adminLabBookingSchema = labBookingSchema.extend({
  patientName: z.string(),
  nextStatus: z.enum(["sample_collected", "processing"]).nullable(),
  canUploadReport: z.boolean(),
});
export type AdminLabBookingDto = z.infer<typeof adminLabBookingSchema>;

/** `GET /lab-bookings/:id/cancellation`: what cancelling now would do. */
export const labCancellationSchema = z.object({
  canCancel: z.boolean(),
  paid: moneySchema,
  refund: moneySchema,
  kind: z.enum(["none", "full", "partial", "no_refund"]),
  policy: z.string(),
});
export type LabCancellationDto = z.infer<typeof labCancellationSchema>;

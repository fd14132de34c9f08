import { z } from "zod";
import { medicineOrderStatuses } from "@/db/schema/medicine-orders";
import { addressChoiceSchema, addressSnapshotSchema } from "@/lib/addresses/schemas";
import { moneySchema } from "@/lib/api/money";
import { paginationSchema } from "@/lib/api/pagination";
import { text } from "@/lib/validation/fields";

export const medicineOrderStatusValues = medicineOrderStatuses;

/**
 * One order line as a client sends it: which medicine and how many packs. Any price a client
 * sends is not part of the shape and is dropped: prices come from the catalogue.
 */
export const orderItemInputSchema = z.object({
  medicineId: z.uuid(),
  quantity: z
    .number({ error: "must be a whole number of packs" })
    .int("must be a whole number of packs")
    .min(1, "must be at least 1")
    .max(100, "must be at most 100"),
});

/** `POST /medicine-orders` (contract) - the form sends the same fields. */
export const placeMedicineOrderSchema = z.object({
  items: z
    .array(orderItemInputSchema)
    .min(1, "must not be empty")
    .max(50, "must be at most 50 lines")
    .refine(
      (items) => new Set(items.map((i) => i.medicineId)).size === items.length,
      "must name each medicine once",
    ),
  deliveryAddress: addressChoiceSchema,
  paymentMethod: z
    .enum(["cod", "upi", "card"])
    .describe("cod always; upi and card only when online payments are set up"),
  prescriptionRecordId: z
    .uuid()
    .optional()
    .describe("one of my health records of type prescription (an issued one or an upload)"),
  notes: text(0, 500).optional(),
  /** Save a typed address to my address book as well. */
  saveAddress: z.boolean().optional(),
});
export type PlaceMedicineOrderInput = z.input<typeof placeMedicineOrderSchema>;

/** `PUT /medicine-orders/:id` while pending: a new address and / or notes. */
export const updateMedicineOrderSchema = z
  .object({
    deliveryAddress: addressChoiceSchema.optional(),
    notes: text(0, 500).nullable().optional(),
  })
  .refine((v) => v.deliveryAddress !== undefined || v.notes !== undefined, {
    message: "must change the address or the notes",
  });
export type UpdateMedicineOrderInput = z.input<typeof updateMedicineOrderSchema>;

/** `PUT /medicine-orders/:id/status` (admin). */
export const setMedicineOrderStatusSchema = z.object({
  status: z.enum(["confirmed", "dispatched", "delivered", "cancelled"]),
  reason: text(3, 500).optional().describe("required when cancelling"),
});
export type SetMedicineOrderStatusInput = z.input<typeof setMedicineOrderStatusSchema>;

export const listMedicineOrdersQuerySchema = paginationSchema.extend({
  status: z.enum(medicineOrderStatuses).optional(),
});
export type ListMedicineOrdersQuery = z.input<typeof listMedicineOrdersQuerySchema>;

export const medicineOrderItemSchema = z.object({
  /** Null for a line whose medicine left the catalogue. */
  medicineId: z.uuid().nullable(),
  name: z.string(),
  unitPrice: moneySchema,
  quantity: z.number().int().min(1),
  lineTotal: moneySchema,
  dosage: z.string().nullable(),
});

export const medicineOrderSchema = z.object({
  id: z.uuid(),
  orderNumber: z.string(),
  status: z.enum(medicineOrderStatuses),
  items: z.array(medicineOrderItemSchema),
  subtotal: moneySchema,
  deliveryFee: moneySchema,
  total: moneySchema,
  paymentMethod: z.enum(["cod", "upi", "card", "pay_at_clinic"]),
  paymentStatus: z.enum(["pending", "paid", "failed", "refunded"]),
  deliveryAddress: addressSnapshotSchema,
  prescriptionRecordId: z.uuid().nullable(),
  expectedDelivery: z.iso.date().nullable(),
  pharmacyName: z.string().nullable(),
  notes: z.string().nullable(),
  cancelReason: z.string().nullable(),
  placedAt: z.iso.datetime({ offset: true }),
  confirmedAt: z.iso.datetime({ offset: true }).nullable(),
  dispatchedAt: z.iso.datetime({ offset: true }).nullable(),
  deliveredAt: z.iso.datetime({ offset: true }).nullable(),
  cancelledAt: z.iso.datetime({ offset: true }).nullable(),
  canCancel: z.boolean(),
  canEdit: z.boolean(),
  canReorder: z.boolean(),
  /** An online order not paid yet: where to pay it. */
  payPath: z.string().nullable(),
});
export type MedicineOrderDto = z.infer<typeof medicineOrderSchema>;

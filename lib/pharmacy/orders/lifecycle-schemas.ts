import { z } from "zod";
import { moneySchema } from "@/lib/api/money";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";
import { medicineOrderSchema } from "./schemas";

/** `DELETE /medicine-orders/:id` (and the cancel page's form): why, if the patient says. */
export const cancelMedicineOrderSchema = z.object({
  reason: text(0, 500).optional(),
});
export type CancelMedicineOrderInput = z.input<typeof cancelMedicineOrderSchema>;

/** The refund policy text every cancellation preview points at (messages: Orders.refundPolicy). */
export const orderRefundPolicyKey = "Orders.refundPolicy";

/** `GET /medicine-orders/:id/cancellation`: what cancelling now would do, shown before confirming. */
export const orderCancellationSchema = z.object({
  cancellable: z.boolean(),
  refund: z.object({
    paid: moneySchema,
    refund: moneySchema,
    kind: z.enum(["none", "full", "partial", "no_refund"]),
  }),
  /** The message key of the written refund policy. */
  policyKey: z.literal(orderRefundPolicyKey),
});
export type OrderCancellationDto = z.infer<typeof orderCancellationSchema>;

/** A line that could not go into the cart, and why. */
export const skippedLineSchema = z.object({
  name: z.string(),
  reason: z.enum(["discontinued", "not_online"]),
});

/** What a reorder or "order this prescription" put in my cart. */
export const cartFillSchema = z.object({
  added: z.array(z.object({ medicineId: z.uuid(), name: z.string(), quantity: z.number().int() })),
  skipped: z.array(skippedLineSchema),
});
export type CartFillDto = z.infer<typeof cartFillSchema>;

/** `POST /prescriptions/:id/order`: the cart fill plus the record checkout should preselect. */
export const prescriptionCartSchema = cartFillSchema.extend({
  prescriptionRecordId: z.uuid().nullable(),
  checkoutPath: z.string(),
});
export type PrescriptionCartDto = z.infer<typeof prescriptionCartSchema>;

/** An order as the admin's queue shows it: the patient's DTO plus who ordered. */
export const adminMedicineOrderSchema = medicineOrderSchema.extend({
  patientName: z.string(),
});
export type AdminMedicineOrderDto = z.infer<typeof adminMedicineOrderSchema>;

/** `/medicine-orders/{id}` and `/prescriptions/{id}/order` path parameters. */
export const medicineOrderIdParamsSchema = z.object({ id: uuidSchema });

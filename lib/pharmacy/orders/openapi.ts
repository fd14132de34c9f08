import { defineOperation } from "@/lib/api/operation";
import { prescriptionIdParamsSchema } from "@/lib/prescriptions/schemas";
import {
  cancelMedicineOrderSchema,
  cartFillSchema,
  medicineOrderIdParamsSchema,
  orderCancellationSchema,
  prescriptionCartSchema,
} from "./lifecycle-schemas";
import {
  listMedicineOrdersQuerySchema,
  medicineOrderSchema,
  setMedicineOrderStatusSchema,
  updateMedicineOrderSchema,
} from "./schemas";

const mine = "Someone else's order is 404, as for one that does not exist.";

/** Medicine orders after placement: history, edit, cancel, reorder and the pharmacy's moves. */
export const medicineOrderOperations = {
  list: defineOperation({
    method: "get",
    path: "/medicine-orders",
    summary: "My medicine orders, newest first, optionally of one status",
    tag: "Pharmacy",
    auth: "user",
    query: listMedicineOrdersQuerySchema,
    response: { status: 200, schema: medicineOrderSchema, list: true },
    errors: [401, 422],
  }),
  get: defineOperation({
    method: "get",
    path: "/medicine-orders/{id}",
    summary: "One of my medicine orders with its timeline and what I may do next",
    description: mine,
    tag: "Pharmacy",
    auth: "user",
    params: medicineOrderIdParamsSchema,
    response: { status: 200, schema: medicineOrderSchema },
    errors: [401, 404],
  }),
  update: defineOperation({
    method: "put",
    path: "/medicine-orders/{id}",
    summary: "Change the delivery address and / or the notes of my order while it is pending",
    description: `409 once the pharmacy confirmed it. The address is a saved one of mine (\`addressId\`) or typed in. ${mine}`,
    tag: "Pharmacy",
    auth: "user",
    params: medicineOrderIdParamsSchema,
    body: updateMedicineOrderSchema,
    response: { status: 200, schema: medicineOrderSchema },
    errors: [401, 404, 409, 422, 429],
  }),
  cancel: defineOperation({
    method: "delete",
    path: "/medicine-orders/{id}",
    summary: "Cancel my order while it is pending or confirmed; its stock returns",
    description: `409 after dispatch or when already cancelled. Anything paid online is refunded in full (see the cancellation preview). ${mine}`,
    tag: "Pharmacy",
    auth: "user",
    params: medicineOrderIdParamsSchema,
    body: cancelMedicineOrderSchema,
    bodyOptional: true,
    response: { status: 200, schema: medicineOrderSchema },
    errors: [401, 404, 409, 422, 429],
  }),
  cancellation: defineOperation({
    method: "get",
    path: "/medicine-orders/{id}/cancellation",
    summary: "What cancelling my order now would do: whether it may, and the refund it would give",
    description: mine,
    tag: "Pharmacy",
    auth: "user",
    params: medicineOrderIdParamsSchema,
    response: { status: 200, schema: orderCancellationSchema },
    errors: [401, 404],
  }),
  reorder: defineOperation({
    method: "post",
    path: "/medicine-orders/{id}/reorder",
    summary: "Put the lines of my delivered order into my cart again",
    description: `Lines whose medicine left the catalogue or is not sold online are listed in \`skipped\`. 409 for an order not delivered. ${mine}`,
    tag: "Pharmacy",
    auth: "user",
    params: medicineOrderIdParamsSchema,
    response: { status: 200, schema: cartFillSchema },
    errors: [401, 404, 409, 429],
  }),
  fromPrescription: defineOperation({
    method: "post",
    path: "/prescriptions/{id}/order",
    summary: "Put the catalogue medicines of my issued prescription into my cart",
    description:
      "Quantities as prescribed (else 1). Answers the prescription's record id and the checkout path that preselects it. Someone else's prescription is 404.",
    tag: "Pharmacy",
    auth: "user",
    params: prescriptionIdParamsSchema,
    response: { status: 200, schema: prescriptionCartSchema },
    errors: [401, 404, 429],
  }),
  setStatus: defineOperation({
    method: "put",
    path: "/medicine-orders/{id}/status",
    summary: "The pharmacy's move: confirmed, dispatched, delivered, or cancelled with a reason",
    description:
      "Admins only (403 otherwise). One step forward at a time (pending -> confirmed -> dispatched -> delivered), or cancelled before dispatch (`reason` required; stock returns); anything else 409, as is confirming an order to be paid online that is not paid. The patient is notified in-app and by mail.",
    tag: "Admin",
    auth: "admin",
    params: medicineOrderIdParamsSchema,
    body: setMedicineOrderStatusSchema,
    response: { status: 200, schema: medicineOrderSchema },
    errors: [401, 403, 404, 409, 422],
  }),
};

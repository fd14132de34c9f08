import { defineOperation } from "@/lib/api/operation";
import { appointmentIdParamsSchema } from "@/lib/appointments/schemas";
import {
  issuePrescriptionSchema,
  listPrescriptionsQuerySchema,
  prescriptionIdParamsSchema,
  prescriptionSchema,
} from "./schemas";

/** E-prescriptions: the declarations apiRoute serves. Issued ones never change (no PUT/DELETE). */
export const prescriptionOperations = {
  issue: defineOperation({
    method: "post",
    path: "/appointments/{id}/prescriptions",
    summary:
      "Issue the prescription of a consultation (its doctor, once the confirmed appointment started or after it was completed)",
    description:
      "Completes the appointment, files the signed PDF in the patient's records and notifies the patient. 403 for the patient; 404 for anyone else; 409 when the appointment is not started/confirmed or completed, when it already has a prescription (send `replaces`) or when `replaces` was already corrected; 422 for a follow-up date in the past, no items, an unknown `medicineId`, or a medicine matching a recorded allergy of the patient (errors on `items.N.medicineId`) unless `acknowledgeAllergies` is true.",
    tag: "Prescriptions",
    auth: "user",
    params: appointmentIdParamsSchema,
    body: issuePrescriptionSchema,
    response: { status: 201, schema: prescriptionSchema },
    errors: [401, 403, 404, 409, 422],
  }),
  list: defineOperation({
    method: "get",
    path: "/prescriptions",
    summary: "Prescriptions given to me, or `as=doctor` those I wrote, newest first",
    tag: "Prescriptions",
    auth: "user",
    query: listPrescriptionsQuerySchema,
    response: { status: 200, schema: prescriptionSchema, list: true },
    errors: [401, 403, 422],
  }),
  get: defineOperation({
    method: "get",
    path: "/prescriptions/{id}",
    summary: "One prescription given to me or written by me, with `replaces` / `replacedBy`",
    tag: "Prescriptions",
    auth: "user",
    params: prescriptionIdParamsSchema,
    response: { status: 200, schema: prescriptionSchema },
    errors: [401, 404],
  }),
  pdf: defineOperation({
    method: "get",
    path: "/prescriptions/{id}/pdf",
    summary: "The issued prescription as a PDF attachment (`X-Content-Type-Options: nosniff`)",
    tag: "Prescriptions",
    auth: "user",
    params: prescriptionIdParamsSchema,
    response: { status: 200, description: "The PDF", contentType: "application/pdf" },
    errors: [401, 404],
  }),
};

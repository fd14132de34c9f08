import { defineOperation } from "@/lib/api/operation";
import { appointmentIdParamsSchema } from "@/lib/appointments/schemas";
import {
  paymentIdParamsSchema,
  paymentOrderSchema,
  paymentSchema,
  refundPreviewSchema,
  startPaymentSchema,
  verifyPaymentSchema,
} from "./schemas";

const offWithoutKeys =
  "Only when online payment is set up (Razorpay keys); otherwise 409 and cash or pay at the clinic only.";

/** Payments: the declarations apiRoute serves and the OpenAPI document lists. */
export const paymentOperations = {
  start: defineOperation({
    method: "post",
    path: "/payments",
    summary: "Start paying online for my medicine order, lab booking or consultation",
    description:
      "Answers the provider order the payer's checkout pays: the amount is always the thing's own " +
      "server-side total (order or booking total, or the consultation fee of a doctor who takes " +
      "fees online). Calling again returns the same live attempt and provider order. 404 for " +
      "someone else's; 409 when it was placed for cash, is cancelled or completed, or is paid. " +
      offWithoutKeys,
    tag: "Payments",
    auth: "user",
    body: startPaymentSchema,
    response: { status: 200, schema: paymentOrderSchema },
    errors: [401, 404, 409, 422, 429, 503],
  }),
  verify: defineOperation({
    method: "post",
    path: "/payments/{id}/verify",
    summary: "Confirm my payment with the provider's payment id and signature",
    description:
      "The signature (HMAC-SHA256 of order id | payment id) is checked on the server: a bad one is " +
      "422 and changes nothing. Marks the payment and its order, booking or appointment paid in " +
      "one transaction; repeating it answers the same paid payment.",
    tag: "Payments",
    auth: "user",
    params: paymentIdParamsSchema,
    body: verifyPaymentSchema,
    response: { status: 200, schema: paymentSchema },
    errors: [401, 404, 409, 422, 429],
  }),
  webhook: defineOperation({
    method: "post",
    path: "/webhooks/razorpay",
    summary: "Razorpay's webhook (payment.captured, order.paid, payment.failed, refund.processed)",
    description:
      "No session: the `X-Razorpay-Signature` header (HMAC-SHA256 of the raw body with the webhook " +
      "secret) is the proof; missing or wrong is 400 and nothing changes. Each " +
      "`X-Razorpay-Event-Id` is applied once, however often it is delivered. Other events: 200, ignored.",
    tag: "Payments",
    auth: "none",
    response: { status: 200, description: "`{ data: { applied } }`" },
    errors: [400],
  }),
  appointmentCancellation: defineOperation({
    method: "get",
    path: "/appointments/{id}/cancellation",
    summary: "What cancelling my appointment now would refund, by the written refund policy",
    description:
      "Paid at the clinic: nothing paid, nothing refunded (`kind: none`). Paid online: in full when " +
      "the doctor cancels or at least 4 hours before the start, half within 4 hours. The patient " +
      "or the appointment's doctor only; anyone else 404.",
    tag: "Appointments",
    auth: "user",
    params: appointmentIdParamsSchema,
    response: { status: 200, schema: refundPreviewSchema },
    errors: [401, 404],
  }),
};

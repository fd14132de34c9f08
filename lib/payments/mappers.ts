import type { PaymentRow } from "@/db/schema";
import { money } from "@/lib/money";
import type { PaymentDto } from "./schemas";

/** A payments row -> what its payer sees. */
export function toPaymentDto(
  row: Pick<
    PaymentRow,
    "uuid" | "purpose" | "status" | "amount" | "paidAt" | "refundAmount" | "refundedAt"
  >,
): PaymentDto {
  return {
    id: row.uuid,
    purpose: row.purpose,
    status: row.status,
    amount: money(row.amount),
    paidAt: row.paidAt?.toISOString() ?? null,
    refundAmount: row.refundAmount === null ? null : money(row.refundAmount),
    refundedAt: row.refundedAt?.toISOString() ?? null,
  };
}

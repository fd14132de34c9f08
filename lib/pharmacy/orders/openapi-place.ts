import { defineOperation } from "@/lib/api/operation";
import { medicineOrderSchema, placeMedicineOrderSchema } from "./schemas";

/** Placing a medicine order (the checkout's door; the reads and cancellation are declared beside). */
export const placeMedicineOrderOperation = defineOperation({
  method: "post",
  path: "/medicine-orders",
  summary:
    "Place a medicine order. Prices, delivery fee (free from 499.00, else 40.00) and total come from the catalogue; any price sent is ignored. Stock is reserved atomically: 409 naming the medicine when one is short (nothing is reserved). 422 at the field for an unknown or withdrawn medicine, a Schedule X / narcotic / psychotropic one, a quantity above its per-order cap, prescription-only lines without `prescriptionRecordId` (one of my health records of type prescription), or upi / card while online payments are not set up. Optional `Idempotency-Key` header: the same key within 24 h returns the first response (`Idempotent-Replayed: true`), the same key with another body is 422. 30 orders an hour",
  tag: "Pharmacy",
  auth: "user",
  body: placeMedicineOrderSchema,
  response: { status: 201, schema: medicineOrderSchema, description: "Placed (Location header)" },
  errors: [404, 409, 422, 429],
});

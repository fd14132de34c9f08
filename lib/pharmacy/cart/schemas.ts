import { z } from "zod";
import { moneySchema } from "@/lib/api/money";
import { medicineSchema } from "../schemas";

/** One cart line as shown: the catalogue's medicine now, my quantity, and what stands in the way. */
export const cartLineSchema = z.object({
  medicine: medicineSchema,
  quantity: z.number().int().min(1),
  lineTotal: moneySchema,
  /** Allergies in my health profile this medicine's composition matches (a warning). */
  allergyMatches: z.array(z.string()),
  /**
   * Why this line cannot be ordered as it is, if it cannot: `not_online` (Schedule X, narcotic or
   * psychotropic), `unavailable` (withdrawn), `out_of_stock`, `over_limit` (above the per-order cap
   * or the stock left). Null when it can.
   */
  problem: z.enum(["not_online", "unavailable", "out_of_stock", "over_limit"]).nullable(),
});
export type CartLineDto = z.infer<typeof cartLineSchema>;

export const cartSchema = z.object({
  lines: z.array(cartLineSchema),
  subtotal: moneySchema,
  deliveryFee: moneySchema,
  total: moneySchema,
  /** How much more would make delivery free ("0.00" once it is). */
  freeDeliveryShortfall: moneySchema,
  /** Some line is prescription-only: checkout asks for a prescription. */
  needsPrescription: z.boolean(),
});
export type CartDto = z.infer<typeof cartSchema>;

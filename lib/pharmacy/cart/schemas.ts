import { z } from "zod";
import { moneySchema } from "@/lib/api/money";
import { uuidSchema } from "@/lib/validation/ids";
import { medicineSchema } from "../schemas";

/** The most packs one cart line holds (the table's check), and the most lines one cart holds. */
export const CART_LINE_MAX = 100;
export const CART_MAX_LINES = 50;

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

const medicineId = uuidSchema.describe("the medicine's id");

/** `PUT /cart`: the whole cart, replacing what is there; one line per medicine. */
export const putCartSchema = z.object({
  items: z
    .array(
      z.object({
        medicineId,
        quantity: z.number().int().min(1).max(CART_LINE_MAX).describe("packs, 1 to the cap"),
      }),
    )
    .max(CART_MAX_LINES),
});
export type PutCartInput = z.infer<typeof putCartSchema>;

/** `POST /cart/items`: add packs of one medicine, merged with the line already there. */
export const addToCartSchema = z.object({
  medicineId,
  quantity: z.number().int().min(1).max(CART_LINE_MAX).default(1),
});
export type AddToCartInput = z.input<typeof addToCartSchema>;

/** `PUT /cart/items/{medicineId}`: a line's new quantity; 0 removes it. */
export const setCartLineSchema = z.object({
  quantity: z.number().int().min(0).max(CART_LINE_MAX),
});
export type SetCartLineInput = z.infer<typeof setCartLineSchema>;

export const cartLineParamsSchema = z.object({ medicineId });

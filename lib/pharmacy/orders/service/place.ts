import "server-only";
import { sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { medicineOrderItems, medicineOrderNumberSeq, medicineOrders } from "@/db/schema";
import { resolveAddressChoice } from "@/lib/addresses/queries";
import { addressDbErrors, insertAddress } from "@/lib/addresses/service";
import type { ParsedAddress } from "@/lib/addresses/schemas";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { hashRequest, parseIdempotencyKey, withIdempotency } from "@/lib/idempotency";
import { onlinePaymentsEnabled } from "@/lib/payments/contract";
import { enforceRateLimit } from "@/lib/rate-limit";
import { todayInIndia } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { removeLinesFromCart } from "../../cart/lines";
import { priceOrder } from "../../pricing";
import { loadMedicineOrder, withoutInternals } from "../queries";
import {
  placeMedicineOrderSchema,
  type MedicineOrderDto,
  type PlaceMedicineOrderInput,
} from "../schemas";
import { checkLines, checkPrescription, reserveStock } from "./lines";
import { notifyOrderPlaced } from "./notify-placed";

export const PHARMACY_NAME = "SwasthAI Pharmacy";
/** Days from the order to the promised delivery date (Asia/Kolkata calendar days). */
const DELIVERY_DAYS = 2;

type ParsedOrder = ReturnType<typeof placeMedicineOrderSchema.parse>;

/** `MO-2026-000123`: the year of the order (India) and the sequence value, six digits at least. */
export function medicineOrderNumberOf(year: number, sequence: bigint): string {
  return `MO-${year}-${String(sequence).padStart(6, "0")}`;
}

async function nextNumber(tx: Tx, now: Date): Promise<string> {
  const res = (await tx.execute(
    sql`select nextval(${medicineOrderNumberSeq.seqName}) as n`,
  )) as unknown;
  const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as { n: string }[];
  return medicineOrderNumberOf(Number(todayInIndia(now).slice(0, 4)), BigInt(rows[0]!.n));
}

const typedAddress = (choice: ParsedOrder["deliveryAddress"]): ParsedAddress | null =>
  "addressId" in choice ? null : choice;

/**
 * Writes the order in ONE transaction: lines checked against the catalogue and the drug rules,
 * the prescription checked, stock reserved, totals priced from the catalogue in paise, the
 * address resolved (and saved when asked), the lines taken out of the cart, the in-app notice.
 */
async function writeOrder(
  actor: Actor,
  input: ParsedOrder,
  now: Date,
  origin?: string,
): Promise<string> {
  return translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        const lines = await checkLines(tx, input.items);
        const prescriptionId = await checkPrescription(
          tx,
          actor,
          input.prescriptionRecordId,
          lines.some((l) => l.needsPrescription),
        );
        const address = await resolveAddressChoice(actor, input.deliveryAddress, tx);
        const typed = typedAddress(input.deliveryAddress);
        if (input.saveAddress && typed) await insertAddress(tx, actor, typed);
        await reserveStock(tx, lines);
        const totals = priceOrder(lines);
        const orderNumber = await nextNumber(tx, now);
        const delivery = new Date(now.getTime() + DELIVERY_DAYS * 24 * 60 * 60 * 1000);
        const [order] = await tx
          .insert(medicineOrders)
          .values({
            orderNumber,
            userId: actor.userId,
            subtotal: totals.subtotal,
            deliveryFee: totals.deliveryFee,
            total: totals.total,
            paymentMethod: input.paymentMethod,
            deliveryAddress: address,
            prescriptionRecordId: prescriptionId,
            expectedDelivery: todayInIndia(delivery),
            pharmacyName: PHARMACY_NAME,
            notes: input.notes || null,
            createdAt: now,
          })
          .returning({ id: medicineOrders.id, uuid: medicineOrders.uuid });
        await tx.insert(medicineOrderItems).values(
          lines.map((l) => ({
            orderId: order!.id,
            medicineId: l.medicineId,
            nameSnapshot: l.name,
            unitPrice: l.unitPrice,
            quantity: l.quantity,
          })),
        );
        await removeLinesFromCart(
          tx,
          actor.userId,
          lines.map((l) => l.medicineId),
        );
        await notifyOrderPlaced(
          tx,
          actor.userId,
          {
            uuid: order!.uuid,
            orderNumber,
            total: totals.total,
            expectedDelivery: todayInIndia(delivery),
            paymentMethod: input.paymentMethod,
          },
          origin,
        );
        return order!.uuid;
      }),
    addressDbErrors,
  );
}

/** Options of a placement: the client's idempotency key, `now` for tests, the mail links' origin. */
export interface PlaceOrderOptions {
  /** As sent (the `Idempotency-Key` header, the checkout form's hidden field); validated here. */
  idempotencyKey?: string | null;
  now?: Date;
  origin?: string;
}

/** A placed order, and whether it is the stored first result of an earlier request. */
export interface PlacedOrder {
  order: MedicineOrderDto;
  replayed: boolean;
}

/** The placement's name in the idempotency table, the same for the REST door and the form. */
const placementScope = { method: "POST", path: "/api/v1/medicine-orders" };

/**
 * Places a medicine order for the actor from catalogue prices (a client's price is never read):
 * 422 at the field for unknown or never-online medicines, quantities above the cap, a missing or
 * foreign prescription, or UPI / card while online payments are off; 409 naming a medicine that
 * is short (nothing is reserved then). At most once per (actor, idempotency key) within 24 h: a
 * repeat returns the first order (`replayed`), the same key with another body is 422.
 */
export async function placeMedicineOrder(
  actor: Actor,
  input: PlaceMedicineOrderInput,
  options: PlaceOrderOptions = {},
): Promise<PlacedOrder> {
  await enforceRateLimit("medicine_order_place", String(actor.userId));
  const key = parseIdempotencyKey(options.idempotencyKey ?? null);
  const parsed = parseInput(placeMedicineOrderSchema, input);
  if (parsed.paymentMethod !== "cod" && !onlinePaymentsEnabled()) {
    throw new AppError("validation_failed", "Online payment is not available yet.", {
      errors: [{ path: "paymentMethod", message: "must be cod: online payment is not set up" }],
    });
  }
  const now = options.now ?? new Date();
  const result = await withIdempotency(
    actor,
    key,
    hashRequest(parsed),
    async () => {
      const uuid = await writeOrder(actor, parsed, now, options.origin);
      const order = await loadMedicineOrder({ uuid, userId: actor.userId });
      return { status: 201, body: { data: withoutInternals(order!) } };
    },
    placementScope,
  );
  return { order: result.body.data, replayed: result.replayed };
}

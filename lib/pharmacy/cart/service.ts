import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { cartItems, medicines } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { maxQuantity } from "../rules";
import { removeLinesFromCart } from "./lines";
import { getCart } from "./queries";
import {
  addToCartSchema,
  cartLineParamsSchema,
  putCartSchema,
  setCartLineSchema,
  type AddToCartInput,
  type CartDto,
  type PutCartInput,
  type SetCartLineInput,
} from "./schemas";

const at = (path: string, field: string) => (path ? `${path}.${field}` : field);

const invalid = (path: string, message: string) =>
  new AppError("validation_failed", "The cart is invalid.", { errors: [{ path, message }] });

interface CatalogueFacts {
  id: number;
  uuid: string;
  cap: number;
}

/** The active catalogue rows of these public ids, with each one's per-order cap. */
async function catalogue(on: Queryable, uuids: string[]): Promise<Map<string, CatalogueFacts>> {
  if (uuids.length === 0) return new Map();
  const rows = await on
    .select({
      id: medicines.id,
      uuid: medicines.uuid,
      prescriptionRequired: medicines.prescriptionRequired,
      schedule: medicines.schedule,
      controlled: medicines.controlled,
      maxPerOrder: medicines.maxPerOrder,
    })
    .from(medicines)
    .where(and(inArray(medicines.uuid, uuids), eq(medicines.isActive, true)));
  return new Map(rows.map((r) => [r.uuid, { id: r.id, uuid: r.uuid, cap: maxQuantity(r) }]));
}

/** The medicine a line names, or 422 at `path`: unknown, withdrawn, or never sold online. */
function orderable(found: CatalogueFacts | undefined, path: string): CatalogueFacts {
  if (!found) throw invalid(at(path, "medicineId"), "is not a medicine in the catalogue");
  if (found.cap === 0) {
    throw invalid(at(path, "medicineId"), "is not sold online (Schedule X or NDPS Act)");
  }
  return found;
}

function withinCap(medicine: CatalogueFacts, quantity: number, path: string): void {
  if (quantity > medicine.cap) {
    throw invalid(at(path, "quantity"), `must be at most ${medicine.cap} per order`);
  }
}

/**
 * Replaces my cart with these lines (`PUT /cart`): each medicine once, orderable online, 1 to its
 * per-order cap (422 with the line's path otherwise). One transaction: the old cart goes only
 * when the new one is written.
 */
export async function replaceCart(actor: Actor, input: PutCartInput): Promise<CartDto> {
  await enforceRateLimit("cart_write", String(actor.userId));
  const { items } = parseInput(putCartSchema, input);
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.medicineId)) throw invalid(`items.${i}.medicineId`, "is already in the cart");
    seen.add(item.medicineId);
  });
  await db.transaction(async (tx) => {
    const found = await catalogue(
      tx,
      items.map((i) => i.medicineId),
    );
    const lines = items.map((item, i) => {
      const medicine = orderable(found.get(item.medicineId), `items.${i}`);
      withinCap(medicine, item.quantity, `items.${i}`);
      return { userId: actor.userId, medicineId: medicine.id, quantity: item.quantity };
    });
    await tx.delete(cartItems).where(eq(cartItems.userId, actor.userId));
    if (lines.length > 0) await tx.insert(cartItems).values(lines);
  });
  return getCart(actor);
}

/**
 * Adds packs of one medicine to my cart, merged with the line already there; the sum may not pass
 * the medicine's per-order cap (422 at `quantity`, the line unchanged). Unknown or never-online
 * medicine: 422. (lines.ts addLinesToCart merges without a cap; here the cap is the point.)
 */
export async function addToCart(actor: Actor, input: AddToCartInput): Promise<CartDto> {
  await enforceRateLimit("cart_write", String(actor.userId));
  const { medicineId, quantity } = parseInput(addToCartSchema, input);
  const medicine = orderable((await catalogue(db, [medicineId])).get(medicineId), "");
  withinCap(medicine, quantity, "");
  // One conditional upsert: racing adds are settled by the row, so the sum never passes the cap.
  const written = await db
    .insert(cartItems)
    .values({ userId: actor.userId, medicineId: medicine.id, quantity })
    .onConflictDoUpdate({
      target: [cartItems.userId, cartItems.medicineId],
      set: { quantity: sql`${cartItems.quantity} + excluded.quantity`, updatedAt: sql`now()` },
      setWhere: sql`${cartItems.quantity} + excluded.quantity <= ${medicine.cap}`,
    })
    .returning({ id: cartItems.id });
  if (written.length === 0) {
    throw invalid("quantity", `must be at most ${medicine.cap} per order, with the cart's packs`);
  }
  return getCart(actor);
}

/**
 * Sets the quantity of one medicine in my cart (0 removes the line): 1 to the medicine's cap, 422
 * at `quantity` otherwise. Only my own cart is ever touched.
 */
export async function setCartLine(
  actor: Actor,
  medicineUuid: string,
  input: SetCartLineInput,
): Promise<CartDto> {
  await enforceRateLimit("cart_write", String(actor.userId));
  const { medicineId } = parseInput(cartLineParamsSchema, { medicineId: medicineUuid });
  const { quantity } = parseInput(setCartLineSchema, input);
  if (quantity === 0) return removeLine(actor, medicineId);
  const medicine = orderable((await catalogue(db, [medicineId])).get(medicineId), "");
  withinCap(medicine, quantity, "");
  await db
    .insert(cartItems)
    .values({ userId: actor.userId, medicineId: medicine.id, quantity })
    .onConflictDoUpdate({
      target: [cartItems.userId, cartItems.medicineId],
      set: { quantity, updatedAt: sql`now()` },
    });
  return getCart(actor);
}

/** Removes one medicine from my cart; removing what is not there changes nothing. */
export async function removeFromCart(actor: Actor, medicineUuid: string): Promise<CartDto> {
  await enforceRateLimit("cart_write", String(actor.userId));
  const { medicineId } = parseInput(cartLineParamsSchema, { medicineId: medicineUuid });
  return removeLine(actor, medicineId);
}

async function removeLine(actor: Actor, medicineUuid: string): Promise<CartDto> {
  const [medicine] = await db
    .select({ id: medicines.id })
    .from(medicines)
    .where(eq(medicines.uuid, medicineUuid))
    .limit(1);
  if (medicine) await removeLinesFromCart(db, actor.userId, [medicine.id]);
  return getCart(actor);
}

import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { translateDbErrors, type DbErrorMap } from "@/db/errors";
import { addresses } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { addressColumns, toAddressDto } from "./queries";
import {
  addressInputSchema,
  type AddressDto,
  type AddressInput,
  type ParsedAddress,
} from "./schemas";

const addressNotFound = () => new AppError("not_found", "No such saved address.");

/** Two first addresses saved at the same instant: one became the default, the other may retry. */
export const addressDbErrors: DbErrorMap = {
  addresses_one_default_per_user_uniq: (_info, cause) =>
    new AppError("conflict", "Your address book changed meanwhile; please try again.", { cause }),
};

/** Counts one address write against the user's hourly allowance, before the work (429 past it). */
async function countWrite(actor: Actor): Promise<void> {
  await enforceRateLimit("address_write", String(actor.userId));
}

/**
 * Saves an address to the actor's book inside the caller's transaction. The first address becomes
 * the default, so checkout always has one to preselect. Internal: the input is parsed already.
 */
export async function insertAddress(
  on: Queryable,
  actor: Actor,
  address: ParsedAddress,
): Promise<AddressDto> {
  const [existing] = await on
    .select({ id: addresses.id })
    .from(addresses)
    .where(eq(addresses.userId, actor.userId))
    .limit(1);
  const isDefault = !existing;
  const [row] = await on
    .insert(addresses)
    .values({ ...address, userId: actor.userId, isDefault })
    .returning(addressColumns);
  return toAddressDto(row!);
}

/** Adds an address to my book (the first one is my default). */
export async function createAddress(actor: Actor, input: AddressInput): Promise<AddressDto> {
  await countWrite(actor);
  const address = parseInput(addressInputSchema, input);
  return translateDbErrors(
    () => db.transaction((tx) => insertAddress(tx, actor, address)),
    addressDbErrors,
  );
}

/** Replaces one of my saved addresses (someone else's is 404); orders keep their own copy. */
export async function updateAddress(
  actor: Actor,
  id: string,
  input: AddressInput,
): Promise<AddressDto> {
  await countWrite(actor);
  const address = parseInput(addressInputSchema, input);
  if (!isUuid(id)) throw addressNotFound();
  const [row] = await db
    .update(addresses)
    .set({ ...address, updatedAt: new Date() })
    .where(and(eq(addresses.uuid, id), eq(addresses.userId, actor.userId)))
    .returning(addressColumns);
  if (!row) throw addressNotFound();
  return toAddressDto(row);
}

/**
 * Deletes one of my saved addresses (someone else's is 404). When it was the default, my newest
 * remaining address becomes the default, in the same transaction.
 */
export async function deleteAddress(actor: Actor, id: string): Promise<void> {
  await countWrite(actor);
  if (!isUuid(id)) throw addressNotFound();
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(addresses)
      .where(and(eq(addresses.uuid, id), eq(addresses.userId, actor.userId)))
      .returning({ isDefault: addresses.isDefault });
    if (!gone) throw addressNotFound();
    if (!gone.isDefault) return;
    const [next] = await tx
      .select({ id: addresses.id })
      .from(addresses)
      .where(eq(addresses.userId, actor.userId))
      .orderBy(addresses.createdAt)
      .limit(1);
    if (next) await tx.update(addresses).set({ isDefault: true }).where(eq(addresses.id, next.id));
  });
}

/**
 * Makes one of my saved addresses the default (someone else's is 404): the old default is unset
 * in the same transaction, and the one-default-per-user index backs it against a racing request.
 */
export async function setDefaultAddress(actor: Actor, id: string): Promise<AddressDto> {
  await countWrite(actor);
  if (!isUuid(id)) throw addressNotFound();
  return db.transaction(async (tx) => {
    // Locking all my rows, always in id order (no deadlock), serialises two "make default"
    // requests for different addresses.
    const rows = await tx
      .select({ id: addresses.id, uuid: addresses.uuid })
      .from(addresses)
      .where(eq(addresses.userId, actor.userId))
      .orderBy(asc(addresses.id))
      .for("update");
    const mine = rows.find((r) => r.uuid === id);
    if (!mine) throw addressNotFound();
    await clearDefault(tx, actor.userId, mine.id);
    const [row] = await tx
      .update(addresses)
      .set({ isDefault: true, updatedAt: new Date() })
      .where(eq(addresses.id, mine.id))
      .returning(addressColumns);
    return toAddressDto(row!);
  });
}

async function clearDefault(on: Queryable, userId: number, except?: number): Promise<void> {
  await on
    .update(addresses)
    .set({ isDefault: false })
    .where(
      and(
        eq(addresses.userId, userId),
        eq(addresses.isDefault, true),
        except === undefined ? undefined : ne(addresses.id, except),
      ),
    );
}

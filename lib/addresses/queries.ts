import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { addresses, type AddressSnapshot } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import type { AddressChoice, AddressDto } from "./schemas";
import { addressChoiceSchema } from "./schemas";

/** The columns an address DTO is built from. */
export const addressColumns = {
  uuid: addresses.uuid,
  label: addresses.label,
  name: addresses.name,
  phone: addresses.phone,
  line1: addresses.line1,
  line2: addresses.line2,
  city: addresses.city,
  state: addresses.state,
  pincode: addresses.pincode,
  isDefault: addresses.isDefault,
};

type Row = { [K in keyof typeof addressColumns]: (typeof addresses.$inferSelect)[K] };

/** A saved address row as the API answers it. */
export const toAddressDto = ({ uuid, ...rest }: Row): AddressDto => ({ id: uuid, ...rest });

/** My saved addresses, the default first, then newest. */
export async function listAddresses(actor: Actor): Promise<AddressDto[]> {
  const rows = await db
    .select(addressColumns)
    .from(addresses)
    .where(eq(addresses.userId, actor.userId))
    .orderBy(desc(addresses.isDefault), desc(addresses.createdAt), asc(addresses.id));
  return rows.map(toAddressDto);
}

/**
 * The snapshot an order or booking stores for an address choice: my saved address (someone
 * else's is 404) or the one typed in. Validates the choice with its schema.
 */
export async function resolveAddressChoice(
  actor: Actor,
  choice: AddressChoice,
  on: Queryable = db,
): Promise<AddressSnapshot> {
  const parsed = parseInput(addressChoiceSchema, choice);
  if ("addressId" in parsed) {
    const [row] = await on
      .select(addressColumns)
      .from(addresses)
      .where(and(eq(addresses.uuid, parsed.addressId), eq(addresses.userId, actor.userId)))
      .limit(1);
    if (!row) throw new AppError("not_found", "No such saved address.");
    return snapshotOf(row);
  }
  return snapshotOf(parsed);
}

function snapshotOf(a: Omit<AddressSnapshot, "latitude" | "longitude">): AddressSnapshot {
  return {
    name: a.name,
    phone: a.phone,
    line1: a.line1,
    line2: a.line2 ?? null,
    city: a.city,
    state: a.state,
    pincode: a.pincode,
  };
}

import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { addresses } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** Saved delivery and collection addresses: exported, deleted. */
export const addressesAccount = defineAccountPart({
  domain: "addresses",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: addresses.uuid,
        label: addresses.label,
        name: addresses.name,
        phone: addresses.phone,
        line1: addresses.line1,
        line2: addresses.line2,
        city: addresses.city,
        state: addresses.state,
        pincode: addresses.pincode,
        latitude: addresses.latitude,
        longitude: addresses.longitude,
        isDefault: addresses.isDefault,
        createdAt: addresses.createdAt,
      })
      .from(addresses)
      .where(eq(addresses.userId, userId))
      .orderBy(asc(addresses.createdAt));
    return { addresses: rows };
  },
  async eraseForUser(tx, userId) {
    await tx.delete(addresses).where(eq(addresses.userId, userId));
  },
  userColumns: { erased: [addresses.userId] },
});

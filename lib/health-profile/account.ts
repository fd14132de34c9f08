import "server-only";
import { eq } from "drizzle-orm";
import { healthProfiles } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";
import { toHealthProfileDto } from "./mappers";
import { loadHealthProfileRow } from "./queries";

/** The health profile (with the ABHA link, which lives on it): exported as its DTO, deleted. */
export const healthProfileAccount = defineAccountPart({
  domain: "health-profile",
  async exportForUser(userId) {
    return { healthProfile: toHealthProfileDto(await loadHealthProfileRow(userId)) };
  },
  async eraseForUser(tx, userId) {
    // Deleting the row also frees the ABHA number and address for someone else.
    await tx.delete(healthProfiles).where(eq(healthProfiles.userId, userId));
  },
  userColumns: { erased: [healthProfiles.userId] },
});

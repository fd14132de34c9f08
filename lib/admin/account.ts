import "server-only";
import { eq, inArray } from "drizzle-orm";
import { adminActions, doctorDocuments, doctors, users } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/**
 * The admin audit outlives every account it names (who verified, rejected or suspended whom is
 * the platform's record). Erasing a person blanks their name as a target (the entry stays, with
 * its public ids only); an erased admin's own entries keep the name they acted under.
 */
export const adminAccount = defineAccountPart({
  domain: "admin",
  async eraseForUser(tx, userId) {
    const [user] = await tx
      .select({ uuid: users.uuid, doctorId: doctors.id, doctorUuid: doctors.uuid })
      .from(users)
      .leftJoin(doctors, eq(doctors.userId, users.id))
      .where(eq(users.id, userId))
      .limit(1);
    if (!user) return;
    const targets = [user.uuid];
    if (user.doctorId !== null && user.doctorUuid) {
      targets.push(user.doctorUuid);
      const docs = await tx
        .select({ uuid: doctorDocuments.uuid })
        .from(doctorDocuments)
        .where(eq(doctorDocuments.doctorId, user.doctorId));
      targets.push(...docs.map((d) => d.uuid));
    }
    await tx
      .update(adminActions)
      .set({ targetLabel: null })
      .where(inArray(adminActions.targetUuid, targets));
  },
  userColumns: {
    kept: [
      {
        column: adminActions.adminId,
        reason: "the admin audit outlives the admin (set null on delete; admin_name stays)",
      },
    ],
  },
});

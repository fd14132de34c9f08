import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { adminActions, users, type AdminActionKind } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

export interface AdminActionEntry {
  action: AdminActionKind;
  targetType:
    | "doctor"
    | "user"
    | "doctor_document"
    | "emergency_request"
    | "medicine"
    | "lab_test"
    | "medicine_order"
    | "lab_booking"
    | "support_ticket"
    | "forum_post"
    | "forum_reply"
    | "content_report"
    | "forum_post"
    | "forum_reply"
    | "article";
  targetUuid: string;
  targetLabel: string | null;
  reason?: string | null;
}

/**
 * Writes one admin_actions row in the caller's transaction, so the entry exists exactly when the
 * change does. Internal: the caller has already authorized the admin. The table is append-only.
 */
export async function recordAdminAction(
  tx: Queryable,
  admin: Actor,
  entry: AdminActionEntry,
): Promise<void> {
  const [me] = await tx
    .select({ name: users.fullName })
    .from(users)
    .where(eq(users.id, admin.userId))
    .limit(1);
  await tx.insert(adminActions).values({
    adminId: admin.userId,
    adminName: me?.name ?? "admin",
    action: entry.action,
    targetType: entry.targetType,
    targetUuid: entry.targetUuid,
    targetLabel: entry.targetLabel,
    reason: entry.reason ?? null,
  });
}

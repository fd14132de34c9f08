import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

/** Every admin function starts here: anyone but an admin is forbidden (403) and learns nothing. */
export function requireAdmin(actor: Actor): void {
  if (actor.role !== "admin") throw new AppError("forbidden", "Only admins may do this.");
}

/**
 * Whom an admin may suspend: not themself (422, they would lock themself out) and not another
 * admin (403: admins are managed outside the app, so one admin cannot lock the others out).
 */
export function suspensionRefusal(
  actor: Actor,
  target: { id: number; role: string },
): AppError | null {
  if (target.id === actor.userId)
    return new AppError("validation_failed", "You cannot suspend your own account.", {
      errors: [{ path: "id", message: "is your own account" }],
    });
  if (target.role === "admin")
    return new AppError("forbidden", "An admin cannot be suspended here.");
  return null;
}

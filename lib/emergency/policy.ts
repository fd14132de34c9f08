import type { EmergencyStatus } from "@/db/schema/emergency-requests";

/**
 * The moves an emergency may make: forward one step at a time, or cancelled while help is not
 * yet there. Closed requests (completed, cancelled) stay closed.
 */
export const emergencyTransitions: Record<EmergencyStatus, readonly EmergencyStatus[]> = {
  pending: ["acknowledged", "cancelled"],
  acknowledged: ["ambulance_dispatched", "cancelled"],
  ambulance_dispatched: ["help_arrived", "cancelled"],
  help_arrived: ["completed"],
  completed: [],
  cancelled: [],
};

export const closedStatuses = ["completed", "cancelled"] as const satisfies EmergencyStatus[];

/** True when a request in `from` may move to `to`. */
export function canMoveEmergency(from: EmergencyStatus, to: EmergencyStatus): boolean {
  return emergencyTransitions[from].includes(to);
}

/** True for completed and cancelled requests. */
export const isClosedStatus = (status: EmergencyStatus) =>
  (closedStatuses as readonly EmergencyStatus[]).includes(status);

/** The timestamps a move sets ("now" for each). */
export function stampsFor(to: EmergencyStatus): ("acknowledgedAt" | "dispatchedAt" | "closedAt")[] {
  if (to === "acknowledged") return ["acknowledgedAt"];
  if (to === "ambulance_dispatched") return ["dispatchedAt"];
  if (to === "completed" || to === "cancelled") return ["closedAt"];
  return [];
}

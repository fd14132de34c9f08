import "server-only";
import { asc, desc, eq, inArray, notInArray } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { emergencyNotifications, emergencyRequests, facilities } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { auditReads, type Door } from "@/lib/access/read-audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/validation/ids";
import {
  toAdminEmergencyDto,
  toEmergencyRequestDto,
  type AlertedRow,
  type EmergencyViewRow,
} from "./mappers";
import { closedStatuses } from "./policy";
import type { AdminEmergencyDto, EmergencyRequestDto, ListEmergenciesQuery } from "./schemas";
import { tokenMatches } from "./token";

export const emergencyViewColumns = {
  id: emergencyRequests.id,
  uuid: emergencyRequests.uuid,
  requestNumber: emergencyRequests.requestNumber,
  requesterId: emergencyRequests.requesterId,
  status: emergencyRequests.status,
  emergencyType: emergencyRequests.emergencyType,
  patientName: emergencyRequests.patientName,
  patientAge: emergencyRequests.patientAge,
  patientGender: emergencyRequests.patientGender,
  symptoms: emergencyRequests.symptoms,
  address: emergencyRequests.address,
  latitude: emergencyRequests.latitude,
  longitude: emergencyRequests.longitude,
  contactPhone: emergencyRequests.contactPhone,
  createdAt: emergencyRequests.createdAt,
  acknowledgedAt: emergencyRequests.acknowledgedAt,
  dispatchedAt: emergencyRequests.dispatchedAt,
  closedAt: emergencyRequests.closedAt,
  ambulanceEtaMinutes: emergencyRequests.ambulanceEtaMinutes,
  trackingTokenHash: emergencyRequests.trackingTokenHash,
};

/** The request row by public id, or undefined (internal: does not authorize). */
export async function findEmergencyRow(
  id: string,
  on: Queryable = db,
): Promise<EmergencyViewRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await on
    .select(emergencyViewColumns)
    .from(emergencyRequests)
    .where(eq(emergencyRequests.uuid, id))
    .limit(1);
  return row;
}

/** The facilities alerted for these requests, nearest first (internal). */
export async function loadAlerted(requestIds: number[], on: Queryable = db): Promise<AlertedRow[]> {
  if (requestIds.length === 0) return [];
  return on
    .select({
      requestId: emergencyNotifications.requestId,
      uuid: facilities.uuid,
      name: facilities.name,
      distanceKm: emergencyNotifications.distanceKm,
      phone: facilities.phone,
      emergencyPhone: facilities.emergencyPhone,
      response: emergencyNotifications.response,
    })
    .from(emergencyNotifications)
    .innerJoin(facilities, eq(facilities.id, emergencyNotifications.facilityId))
    .where(inArray(emergencyNotifications.requestId, requestIds))
    .orderBy(asc(emergencyNotifications.distanceKm), asc(facilities.id));
}

/** True when the actor made the request, or `token` is its tracking token. */
function mayFollow(actor: Actor | null, row: EmergencyViewRow, token?: string | null): boolean {
  if (actor && row.requesterId !== null && row.requesterId === actor.userId) return true;
  return tokenMatches(token, row.trackingTokenHash);
}

/**
 * One emergency request, for the person who made it (signed in) or whoever holds its tracking
 * token; for anyone else it does not exist.
 */
export async function getEmergencyRequest(
  actor: Actor | null,
  id: string,
  token?: string | null,
): Promise<EmergencyRequestDto> {
  const row = await findEmergencyRow(id);
  if (!row || !mayFollow(actor, row, token)) throw notFound("emergency request");
  return toEmergencyRequestDto(row, await loadAlerted([row.id]));
}

/**
 * The admin dashboard: active requests oldest first (the longest wait on top), or the last 100
 * closed ones, newest first. Each signed-in requester's data read is written to their access log.
 */
export async function listEmergencies(
  actor: Actor,
  query: ListEmergenciesQuery,
  opts: { door: Door } = { door: "page" },
): Promise<AdminEmergencyDto[]> {
  requireAdmin(actor);
  const closed = [...closedStatuses];
  const rows = await db
    .select(emergencyViewColumns)
    .from(emergencyRequests)
    .where(
      query.status === "active"
        ? notInArray(emergencyRequests.status, closed)
        : inArray(emergencyRequests.status, closed),
    )
    .orderBy(
      query.status === "active"
        ? asc(emergencyRequests.createdAt)
        : desc(emergencyRequests.closedAt),
      asc(emergencyRequests.id),
    )
    .limit(100);
  await auditReads(
    rows
      .filter((r) => r.requesterId !== null && r.requesterId !== actor.userId)
      .map((r) => ({
        ownerId: r.requesterId as number,
        readerId: actor.userId,
        title: `Emergency request ${r.requestNumber}`,
        action: "view" as const,
        door: opts.door,
        reason: "admin",
      })),
  );
  const alerted = await loadAlerted(rows.map((r) => r.id));
  return rows.map((r) => toAdminEmergencyDto(r, alerted));
}

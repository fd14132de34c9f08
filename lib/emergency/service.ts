import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { emergencyNotifications, emergencyRequests, facilities } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { recordAdminAction } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Actor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/auth/request-context";
import { AppError } from "@/lib/errors";
import { withinRadius } from "@/lib/facilities/queries";
import { cityInText, findCityCentre } from "@/lib/geo/cities";
import { addressForLimits } from "@/lib/http/client-ip";
import { notify } from "@/lib/notifications/notify";
import { enforceRateLimit, GLOBAL_KEY } from "@/lib/rate-limit";
import { isUuid } from "@/lib/validation/ids";
import { toAdminEmergencyDto, toEmergencyRequestDto } from "./mappers";
import { findEmergencyRow, loadAlerted } from "./queries";
import { canMoveEmergency, stampsFor } from "./policy";
import {
  ALERT_RADIUS_KM,
  MAX_ALERTED,
  type AdminEmergencyDto,
  type CreateEmergencyRequestInput,
  type CreatedEmergencyRequestDto,
  type UpdateEmergencyStatusInput,
} from "./schemas";
import { hashTrackingToken, newRequestNumber, newTrackingToken } from "./token";

/** Counted before any work: per address (or all callers when it is unknown), and per phone. */
async function limitEmergency(ctx: Pick<RequestContext, "ip">, phone: string): Promise<void> {
  const address = addressForLimits(ctx.ip);
  if (address) await enforceRateLimit("emergency_ip", address);
  else await enforceRateLimit("emergency_global", GLOBAL_KEY);
  await enforceRateLimit("emergency_phone", phone);
}

/** The point nearby facilities are measured from: the browser's position, else a city's centre. */
function alertCentre(input: CreateEmergencyRequestInput) {
  if (input.latitude != null && input.longitude != null) {
    return { lat: input.latitude, lng: input.longitude };
  }
  const city = findCityCentre(input.city) ?? cityInText(input.address);
  return city ? { lat: city.lat, lng: city.lng } : null;
}

/** The address as stored: the typed one, with the chosen city added when it does not name it. */
function addressOf(input: CreateEmergencyRequestInput): string | null {
  const address = input.address ?? null;
  if (!input.city) return address;
  if (address && cityInText(address)?.name === input.city) return address;
  return address ? `${address}, ${input.city}` : input.city;
}

/** The nearest listed facilities with emergency services within ALERT_RADIUS_KM (internal). */
async function nearestEmergencyFacilities(tx: Tx, centre: { lat: number; lng: number }) {
  const { distance, where } = withinRadius(centre.lat, centre.lng, ALERT_RADIUS_KM);
  return tx
    .select({ id: facilities.id, ownerUserId: facilities.ownerUserId, distanceKm: distance })
    .from(facilities)
    .where(and(where, eq(facilities.hasEmergency, true)))
    .orderBy(asc(distance), asc(facilities.id))
    .limit(MAX_ALERTED);
}

/**
 * Asks for help (guests too). In one transaction: the request with its number and the hash of a
 * new tracking token, the nearest verified facilities with emergency services within 25 km by
 * real distance (up to 5) as its alerts, and an in-app notice to each of their managers. The
 * token is returned this once. Never a substitute for calling 108.
 */
export async function createEmergencyRequest(
  actor: Actor | null,
  input: CreateEmergencyRequestInput,
  ctx: Pick<RequestContext, "ip">,
): Promise<CreatedEmergencyRequestDto> {
  await limitEmergency(ctx, input.contactPhone);
  const token = newTrackingToken();
  const centre = alertCentre(input);
  const id = await db.transaction(async (tx) => {
    const [request] = await tx
      .insert(emergencyRequests)
      .values({
        requestNumber: newRequestNumber(),
        requesterId: actor?.userId ?? null,
        emergencyType: input.type,
        patientName: input.patientName,
        patientAge: input.age ?? null,
        patientGender: input.gender ?? null,
        symptoms: input.symptoms,
        address: addressOf(input),
        latitude: input.latitude != null ? input.latitude.toFixed(6) : null,
        longitude: input.longitude != null ? input.longitude.toFixed(6) : null,
        contactPhone: input.contactPhone,
        trackingTokenHash: hashTrackingToken(token),
      })
      .returning({
        id: emergencyRequests.id,
        uuid: emergencyRequests.uuid,
        requestNumber: emergencyRequests.requestNumber,
      });
    if (!request) throw new Error("insert returned no row");
    const nearest = centre ? await nearestEmergencyFacilities(tx, centre) : [];
    if (nearest.length > 0) {
      await tx.insert(emergencyNotifications).values(
        nearest.map((f) => ({
          requestId: request.id,
          facilityId: f.id,
          distanceKm: Number(f.distanceKm).toFixed(2),
        })),
      );
    }
    const owners = nearest.filter((f) => f.ownerUserId !== null);
    if (owners.length > 0) {
      await notify(
        tx,
        owners.map((f) => ({
          userId: f.ownerUserId as number,
          event: "emergency_update" as const,
          key: "emergencyAlert" as const,
          params: {
            number: request.requestNumber,
            distance: Number(f.distanceKm).toFixed(1),
            phone: input.contactPhone,
          },
          priority: "urgent" as const,
        })),
      );
    }
    return request.uuid;
  });
  const row = await findEmergencyRow(id);
  if (!row) throw new Error("the new request vanished");
  return { ...toEmergencyRequestDto(row, await loadAlerted([row.id])), trackingToken: token };
}

/**
 * Moves an emergency one step (admins only): pending -> acknowledged -> ambulance_dispatched ->
 * help_arrived -> completed, or cancelled before help arrived; any other move is 409. Sets the
 * step's time, and notifies a signed-in requester in the same transaction.
 */
export async function updateEmergencyStatus(
  actor: Actor,
  id: string,
  input: UpdateEmergencyStatusInput,
): Promise<AdminEmergencyDto> {
  requireAdmin(actor);
  if (!isUuid(id)) throw notFound("emergency request");
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: emergencyRequests.id,
        status: emergencyRequests.status,
        requesterId: emergencyRequests.requesterId,
        requestNumber: emergencyRequests.requestNumber,
        uuid: emergencyRequests.uuid,
      })
      .from(emergencyRequests)
      .where(eq(emergencyRequests.uuid, id))
      .for("update")
      .limit(1);
    if (!row) throw notFound("emergency request");
    if (!canMoveEmergency(row.status, input.status)) {
      throw new AppError(
        "conflict",
        `This request is ${row.status.replaceAll("_", " ")}; it cannot become ${input.status.replaceAll("_", " ")}.`,
      );
    }
    const facilityId = input.facilityId
      ? await alertedFacilityId(tx, row.id, input.facilityId)
      : undefined;
    const stamps = Object.fromEntries(stampsFor(input.status).map((k) => [k, sql`now()`]));
    await tx
      .update(emergencyRequests)
      .set({
        status: input.status,
        ...stamps,
        ...(input.status === "ambulance_dispatched" && input.etaMinutes != null
          ? { ambulanceEtaMinutes: input.etaMinutes }
          : {}),
        ...(facilityId !== undefined ? { acknowledgedByFacilityId: facilityId } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(emergencyRequests.id, row.id));
    if (facilityId !== undefined) {
      await tx
        .update(emergencyNotifications)
        .set({ response: "accepted", respondedAt: sql`now()` })
        .where(
          and(
            eq(emergencyNotifications.requestId, row.id),
            eq(emergencyNotifications.facilityId, facilityId),
          ),
        );
    }
    await recordAdminAction(tx, actor, {
      action: "emergency_status_changed",
      targetType: "emergency_request",
      targetUuid: row.uuid,
      targetLabel: row.requestNumber,
      // The new status is the change itself; a note, when given, says why.
      reason: input.note ? `${input.status}: ${input.note}` : input.status,
    });
    if (row.requesterId !== null) {
      await notify(tx, {
        userId: row.requesterId,
        event: "emergency_update",
        key: "emergencyStatusChanged",
        params: { number: row.requestNumber, status: input.status },
        link: `/emergency/${row.uuid}`,
        priority: "urgent",
      });
    }
  });
  const row = await findEmergencyRow(id);
  if (!row) throw notFound("emergency request");
  return toAdminEmergencyDto(row, await loadAlerted([row.id]));
}

/** The internal id of a facility this request alerted, else a 422 on `facilityId`. */
async function alertedFacilityId(tx: Tx, requestId: number, facilityUuid: string) {
  const [f] = await tx
    .select({ id: facilities.id })
    .from(emergencyNotifications)
    .innerJoin(facilities, eq(facilities.id, emergencyNotifications.facilityId))
    .where(
      and(
        eq(emergencyNotifications.requestId, requestId),
        eq(facilities.uuid, facilityUuid),
        isNotNull(facilities.id),
      ),
    )
    .limit(1);
  if (!f) {
    throw new AppError("validation_failed", "The facility was not alerted for this request.", {
      errors: [{ path: "facilityId", message: "must be one of the alerted facilities" }],
    });
  }
  return f.id;
}

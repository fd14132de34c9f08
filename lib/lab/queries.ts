import "server-only";
import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { healthRecords, labBookingItems, labBookings, labTests, users } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Door } from "@/lib/access/read-audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { getHealthRecordFile, type HealthRecordFile } from "@/lib/health-records/queries";
import { refundPreview } from "@/lib/payments/refunds";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { toAdminLabBookingDto, toLabBookingDto, type LabBookingItemRow } from "./mappers";
import { canCancelLabBooking } from "./policy";
import {
  adminLabBookingsQuerySchema,
  listLabBookingsQuerySchema,
  type AdminLabBookingDto,
  type AdminLabBookingsQuery,
  type LabBookingDto,
  type LabCancellationDto,
  type ListLabBookingsQuery,
} from "./schemas";

export const labBookingHeaderColumns = {
  id: labBookings.id,
  uuid: labBookings.uuid,
  userId: labBookings.userId,
  status: labBookings.status,
  bookingType: labBookings.bookingType,
  date: labBookings.date,
  timeSlot: labBookings.timeSlot,
  total: labBookings.total,
  paymentMethod: labBookings.paymentMethod,
  paymentStatus: labBookings.paymentStatus,
  collectionAddress: labBookings.collectionAddress,
  labName: labBookings.labName,
  cancelReason: labBookings.cancelReason,
  createdAt: labBookings.createdAt,
  sampleCollectedAt: labBookings.sampleCollectedAt,
  processingAt: labBookings.processingAt,
  reportReadyAt: labBookings.reportReadyAt,
  cancelledAt: labBookings.cancelledAt,
  reportRecordUuid: healthRecords.uuid,
};

/** Header rows (any owner: callers scope `where`) joined to the report record's public id. */
function headers(on: Queryable) {
  return on
    .select(labBookingHeaderColumns)
    .from(labBookings)
    .leftJoin(healthRecords, eq(healthRecords.id, labBookings.reportRecordId));
}

/** The tests of some bookings, by booking id. Internal: does not authorize. */
export async function loadLabBookingItems(
  bookingIds: number[],
  on: Queryable = db,
): Promise<Map<number, LabBookingItemRow[]>> {
  const byBooking = new Map<number, LabBookingItemRow[]>();
  if (bookingIds.length === 0) return byBooking;
  const rows = await on
    .select({
      bookingId: labBookingItems.bookingId,
      testUuid: labTests.uuid,
      nameSnapshot: labBookingItems.nameSnapshot,
      priceSnapshot: labBookingItems.priceSnapshot,
      fastingHours: labTests.fastingHours,
    })
    .from(labBookingItems)
    .leftJoin(labTests, eq(labTests.id, labBookingItems.labTestId))
    .where(inArray(labBookingItems.bookingId, bookingIds))
    .orderBy(asc(labBookingItems.id));
  for (const { bookingId, ...item } of rows) {
    byBooking.set(bookingId, [...(byBooking.get(bookingId) ?? []), item]);
  }
  return byBooking;
}

/** One booking by public id as a DTO, with its internal ids. Internal: pass an owner-scoped where. */
export async function loadLabBooking(
  where: { uuid: string; userId?: number },
  on: Queryable = db,
): Promise<{ dto: LabBookingDto; internalId: number; ownerId: number } | null> {
  if (!isUuid(where.uuid)) return null;
  const [row] = await headers(on)
    .where(
      and(
        eq(labBookings.uuid, where.uuid),
        where.userId === undefined ? undefined : eq(labBookings.userId, where.userId),
      ),
    )
    .limit(1);
  if (!row) return null;
  const items = await loadLabBookingItems([row.id], on);
  return {
    dto: toLabBookingDto(row, items.get(row.id) ?? []),
    internalId: row.id,
    ownerId: row.userId,
  };
}

/** One of my lab bookings (someone else's is 404). */
export async function getLabBooking(actor: Actor, id: string): Promise<LabBookingDto> {
  const found = await loadLabBooking({ uuid: id, userId: actor.userId });
  if (!found) throw notFound("lab booking");
  return found.dto;
}

async function page<T>(
  where: SQL | undefined,
  query: { page: number; pageSize: number },
  map: (rows: Awaited<ReturnType<typeof pageRows>>, items: Map<number, LabBookingItemRow[]>) => T[],
): Promise<Page<T>> {
  const [rows, [total]] = await Promise.all([
    pageRows(where, query),
    db.select({ n: count() }).from(labBookings).where(where),
  ]);
  const items = await loadLabBookingItems(rows.map((r) => r.id));
  return { data: map(rows, items), meta: { ...query, total: total?.n ?? 0 } };
}

function pageRows(where: SQL | undefined, { page, pageSize }: { page: number; pageSize: number }) {
  return db
    .select({ ...labBookingHeaderColumns, patientName: users.fullName })
    .from(labBookings)
    .innerJoin(users, eq(users.id, labBookings.userId))
    .leftJoin(healthRecords, eq(healthRecords.id, labBookings.reportRecordId))
    .where(where)
    .orderBy(desc(labBookings.date), desc(labBookings.timeSlot), desc(labBookings.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

/** My lab bookings, the latest collection date first. */
export async function listLabBookings(
  actor: Actor,
  query: ListLabBookingsQuery = {},
): Promise<Page<LabBookingDto>> {
  const { status, ...paging } = parseInput(listLabBookingsQuerySchema, query);
  const where = and(
    eq(labBookings.userId, actor.userId),
    status ? eq(labBookings.status, status) : undefined,
  );
  return page(where, paging, (rows, items) =>
    rows.map((r) => toLabBookingDto(r, items.get(r.id) ?? [])),
  );
}

/** Every patient's lab bookings for the lab desk (admins only, 403 otherwise), by status. */
export async function listAdminLabBookings(
  actor: Actor,
  query: AdminLabBookingsQuery = {},
): Promise<Page<AdminLabBookingDto>> {
  requireAdmin(actor);
  const { status, ...paging } = parseInput(adminLabBookingsQuerySchema, query);
  return page(status ? eq(labBookings.status, status) : undefined, paging, (rows, items) =>
    rows.map((r) => toAdminLabBookingDto(r, items.get(r.id) ?? [])),
  );
}

/** The written cancellation policy (the pages show it in the reader's language). */
export const labCancellationPolicy =
  "You can cancel free of charge until the sample is collected; anything paid online is refunded in full to the same method within 5-7 working days.";

/** What cancelling one of my bookings now would do: allowed or not, and the refund. */
export async function getLabCancellation(actor: Actor, id: string): Promise<LabCancellationDto> {
  const found = await loadLabBooking({ uuid: id, userId: actor.userId });
  if (!found) throw notFound("lab booking");
  const preview = await refundPreview("lab_booking", found.internalId);
  return {
    canCancel: canCancelLabBooking(found.dto.status),
    ...preview,
    policy: labCancellationPolicy,
  };
}

/** The report file of one of my bookings: 404 until the report is ready (or for anyone else's). */
export async function getLabReportFile(
  actor: Actor,
  id: string,
  opts: { door: Door; disposition?: "inline" | "attachment" } = { door: "api" },
): Promise<HealthRecordFile> {
  const booking = await getLabBooking(actor, id);
  if (booking.status !== "report_ready" || !booking.reportRecordId) throw notFound("lab report");
  return getHealthRecordFile(actor, booking.reportRecordId, {
    door: opts.door,
    disposition: opts.disposition ?? "attachment",
  });
}

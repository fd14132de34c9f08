import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { healthRecords, labBookings, users } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { recordAdminAction } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { checkRecordFile } from "@/lib/health-records/service";
import { refundAfterCancel } from "@/lib/payments/refunds";
import { enforceRateLimit } from "@/lib/rate-limit";
import { deleteFilesQuietly, getStorage, newStorageKey } from "@/lib/storage";
import type { UploadedFile } from "@/lib/storage/multipart";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { toAdminLabBookingDto } from "../mappers";
import { notifyLabPatient, type LabEvent } from "../notify";
import { canMoveLabBooking, canUploadLabReport } from "../policy";
import { labBookingHeaderColumns, loadLabBookingItems } from "../queries";
import {
  setLabBookingStatusSchema,
  type AdminLabBookingDto,
  type SetLabBookingStatusInput,
} from "../schemas";
import { cancelLocked, lockLabBooking, noticeOf } from "./cancel";

const stampOf = {
  sample_collected: "sampleCollectedAt",
  processing: "processingAt",
} as const;

/** One booking as the lab desk sees it. Internal: the caller is an admin. */
async function adminView(id: number): Promise<AdminLabBookingDto> {
  const [row] = await db
    .select({ ...labBookingHeaderColumns, patientName: users.fullName })
    .from(labBookings)
    .innerJoin(users, eq(users.id, labBookings.userId))
    .leftJoin(healthRecords, eq(healthRecords.id, labBookings.reportRecordId))
    .where(eq(labBookings.id, id))
    .limit(1);
  const items = await loadLabBookingItems([id]);
  return toAdminLabBookingDto(row!, items.get(id) ?? []);
}

const stateConflict = (status: string, next: string) =>
  new AppError(
    "conflict",
    `This booking is ${status.replaceAll("_", " ")}; it cannot become ${next.replaceAll("_", " ")}.`,
  );

/**
 * Admin: moves a booking one step forward (booked -> sample_collected -> processing) or cancels
 * it with a reason (the place returned, a payment refunded). 403 for anyone else, 409 for any
 * other move. Audited; the patient is told in the app and by mail.
 */
export async function setLabBookingStatus(
  actor: Actor,
  id: string,
  input: SetLabBookingStatusInput,
): Promise<AdminLabBookingDto> {
  requireAdmin(actor);
  const parsed = parseInput(setLabBookingStatusSchema, input);
  if (!isUuid(id)) throw notFound("lab booking");
  const done = await db.transaction(async (tx) => {
    const row = await lockLabBooking(tx, { uuid: id });
    if (!row) throw notFound("lab booking");
    if (!canMoveLabBooking(row.status, parsed.status))
      throw stateConflict(row.status, parsed.status);
    let notice;
    if (parsed.status === "cancelled") {
      notice = await cancelLocked(tx, row, parsed.reason!);
    } else {
      await tx
        .update(labBookings)
        .set({ status: parsed.status, [stampOf[parsed.status]]: sql`now()`, updatedAt: sql`now()` })
        .where(eq(labBookings.id, row.id));
      notice = await noticeOf(tx, row);
      await notifyLabPatient(tx, parsed.status, notice);
    }
    await recordAdminAction(tx, actor, {
      action: "lab_booking_status_changed",
      targetType: "lab_booking",
      targetUuid: row.uuid,
      targetLabel: notice.tests.join(", "),
      reason: parsed.reason ? `${parsed.status}: ${parsed.reason}` : parsed.status,
    });
    return { id: row.id, notice, event: parsed.status as LabEvent };
  });
  if (done.event === "cancelled") await refundAfterCancel("lab_booking", done.id);
  return adminView(done.id);
}

/** Counts one report upload against the admin's hourly allowance (the route, before the body). */
export async function countLabReportUpload(actor: Actor): Promise<void> {
  requireAdmin(actor);
  await enforceRateLimit("lab_report_upload", String(actor.userId));
}

/**
 * Admin: files the report (PDF/JPEG/PNG/WebP by its bytes, <= 10 MB) as the patient's health
 * record (lab_report, source lab, the tests in its title) and marks the booking report_ready
 * with it, in one transaction; the patient is told in the app and by mail. 409 unless the sample
 * is in (collected or processing). The file is stored first and deleted again if the write fails.
 */
export async function uploadLabReport(
  actor: Actor,
  id: string,
  file: UploadedFile,
  opts: { alreadyCounted?: boolean; origin?: string } = {},
): Promise<AdminLabBookingDto> {
  if (!opts.alreadyCounted) await countLabReportUpload(actor);
  requireAdmin(actor);
  if (!isUuid(id)) throw notFound("lab booking");
  const type = checkRecordFile(file);
  const key = newStorageKey("records", type);
  await getStorage().putFile({ key, bytes: file.bytes, contentType: type });
  try {
    const done = await db.transaction(async (tx) => {
      const row = await lockLabBooking(tx, { uuid: id });
      if (!row) throw notFound("lab booking");
      if (!canUploadLabReport(row.status)) throw stateConflict(row.status, "report_ready");
      const notice = await noticeOf(tx, row);
      const [record] = await tx
        .insert(healthRecords)
        .values({
          userId: row.userId,
          recordType: "lab_report",
          title: `Lab report: ${notice.tests.join(", ")}`.slice(0, 200),
          documentDate: row.date,
          hospitalName: "SwasthAI Partner Lab",
          fileKey: key,
          mimeType: type,
          sizeBytes: file.bytes.byteLength,
          source: "lab",
          uploadedBy: actor.userId,
        })
        .returning({ id: healthRecords.id });
      await tx
        .update(labBookings)
        .set({
          status: "report_ready",
          reportRecordId: record!.id,
          reportReadyAt: sql`now()`,
          updatedAt: sql`now()`,
        })
        .where(eq(labBookings.id, row.id));
      await notifyLabPatient(tx, "report_ready", notice, opts.origin);
      await recordAdminAction(tx, actor, {
        action: "lab_report_uploaded",
        targetType: "lab_booking",
        targetUuid: row.uuid,
        targetLabel: notice.tests.join(", "),
      });
      return { id: row.id, notice };
    });
    return adminView(done.id);
  } catch (err) {
    await deleteFilesQuietly([key]);
    throw err;
  }
}

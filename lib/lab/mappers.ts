import type { AddressSnapshot, LabBookingRow, LabTestRow } from "@/db/schema";
import { discountPercent, money } from "@/lib/money";
import { payPath } from "@/lib/payments/pay-path";
import { canCancelLabBooking, canUploadLabReport, nextLabStatus } from "./policy";
import type { AdminLabBookingDto, LabBookingDto, LabTestDto } from "./schemas";

/** The catalogue columns a lab test read selects. */
export type LabTestReadRow = Pick<
  LabTestRow,
  | "id"
  | "uuid"
  | "code"
  | "name"
  | "category"
  | "isPackage"
  | "description"
  | "parameters"
  | "price"
  | "mrp"
  | "sampleType"
  | "fastingRequired"
  | "fastingHours"
  | "reportTime"
  | "homeCollection"
  | "preparation"
  | "isPopular"
>;

/** A catalogue entry with the tests a package holds. */
export function toLabTestDto(
  row: LabTestReadRow,
  includes: Array<{ uuid: string; name: string }> = [],
): LabTestDto {
  return {
    id: row.uuid,
    code: row.code,
    name: row.name,
    category: row.category,
    isPackage: row.isPackage,
    description: row.description,
    parameters: row.parameters,
    price: money(row.price),
    mrp: money(row.mrp),
    discountPercent: discountPercent(row.price, row.mrp),
    sampleType: row.sampleType,
    fastingRequired: row.fastingRequired,
    fastingHours: row.fastingRequired ? row.fastingHours : null,
    reportTime: row.reportTime,
    homeCollection: row.homeCollection,
    preparation: row.preparation,
    isPopular: row.isPopular,
    includes: includes.map((t) => ({ id: t.uuid, name: t.name })),
  };
}

/** The header columns a booking read selects (plus the report record's public id). */
export type LabBookingHeaderRow = Pick<
  LabBookingRow,
  | "uuid"
  | "status"
  | "bookingType"
  | "date"
  | "timeSlot"
  | "total"
  | "paymentMethod"
  | "paymentStatus"
  | "collectionAddress"
  | "labName"
  | "cancelReason"
  | "createdAt"
  | "sampleCollectedAt"
  | "processingAt"
  | "reportReadyAt"
  | "cancelledAt"
> & { reportRecordUuid: string | null };

export interface LabBookingItemRow {
  testUuid: string | null;
  nameSnapshot: string;
  priceSnapshot: string;
  fastingHours: number | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const snapshot = (a: AddressSnapshot | null) =>
  a
    ? {
        name: a.name,
        phone: a.phone,
        line1: a.line1,
        line2: a.line2 ?? null,
        city: a.city,
        state: a.state,
        pincode: a.pincode,
      }
    : null;

/** A booking as its patient sees it, with what they may do next. */
export function toLabBookingDto(
  row: LabBookingHeaderRow,
  items: LabBookingItemRow[],
): LabBookingDto {
  const online = row.paymentMethod === "upi" || row.paymentMethod === "card";
  const fasts = items.map((i) => i.fastingHours ?? 0).filter((h) => h > 0);
  return {
    id: row.uuid,
    status: row.status,
    bookingType: row.bookingType,
    date: row.date,
    time: row.timeSlot.slice(0, 5),
    tests: items.map((i) => ({
      testId: i.testUuid,
      name: i.nameSnapshot,
      price: money(i.priceSnapshot),
    })),
    total: money(row.total),
    paymentMethod: row.paymentMethod,
    paymentStatus: row.paymentStatus,
    collectionAddress: snapshot(row.collectionAddress),
    labName: row.labName,
    fastingHours: fasts.length ? Math.max(...fasts) : null,
    reportRecordId: row.reportRecordUuid,
    cancelReason: row.cancelReason,
    bookedAt: row.createdAt.toISOString(),
    sampleCollectedAt: iso(row.sampleCollectedAt),
    processingAt: iso(row.processingAt),
    reportReadyAt: iso(row.reportReadyAt),
    cancelledAt: iso(row.cancelledAt),
    canCancel: canCancelLabBooking(row.status),
    payPath:
      online && row.paymentStatus === "pending" && row.status !== "cancelled"
        ? payPath("lab_booking", row.uuid)
        : null,
  };
}

/** The admin's view: the patient's view plus who and what comes next. */
export function toAdminLabBookingDto(
  row: LabBookingHeaderRow & { patientName: string },
  items: LabBookingItemRow[],
): AdminLabBookingDto {
  return {
    ...toLabBookingDto(row, items),
    patientName: row.patientName,
    nextStatus: nextLabStatus(row.status),
    canUploadReport: canUploadLabReport(row.status),
  };
}

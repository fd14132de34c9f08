import { db } from "@/db/client";
import {
  healthRecords,
  recordShareItems,
  recordShares,
  type NewHealthRecordRow,
  type NewRecordShareRow,
} from "@/db/schema";
import { getStorage, newStorageKey, sniffFileType } from "@/lib/storage";
import { createDoctor } from "./factories";
import { createAppointment, tokenFor } from "./factories-appointments";
import { sampleFiles } from "./factories-users";

/**
 * A record of `userId` with its file in the active storage (a PDF unless `bytes` says otherwise;
 * `bytes: null` files none). Returns the row.
 */
export async function createRecord(
  userId: number,
  overrides: Partial<NewHealthRecordRow> & { bytes?: Uint8Array | null } = {},
) {
  const { bytes = sampleFiles.pdf(), ...values } = overrides;
  let file: Partial<NewHealthRecordRow> = {};
  if (bytes) {
    const type = sniffFileType(bytes) ?? "application/pdf";
    const key = newStorageKey("records", type);
    await getStorage().putFile({ key, bytes, contentType: type });
    file = { fileKey: key, mimeType: type, sizeBytes: bytes.byteLength };
  }
  const [row] = await db
    .insert(healthRecords)
    .values({ userId, recordType: "lab_report", title: "Blood test", ...file, ...values })
    .returning();
  return row!;
}

/**
 * A share from `ownerId` to `doctorId` (all records, 7 days, unless told): `recordIds` makes it
 * `selected`; `expiresAt`/`revokedAt` in the past make it dead. Inserted directly (the API
 * refuses past expiries).
 */
export async function createShare(
  values: Pick<NewRecordShareRow, "ownerId" | "doctorId"> &
    Partial<NewRecordShareRow> & { recordIds?: number[] },
) {
  const { recordIds, ...share } = values;
  const createdAt = share.createdAt ?? new Date(Date.now() - 30 * 86_400_000);
  const [row] = await db
    .insert(recordShares)
    .values({
      scope: recordIds ? "selected" : "all",
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
      ...share,
      createdAt,
    })
    .returning();
  if (recordIds?.length) {
    await db
      .insert(recordShareItems)
      .values(recordIds.map((recordId) => ({ shareId: row!.id, recordId })));
  }
  return row!;
}

/** A verified doctor with a bearer token, and (when `patientId` is given) an appointment with them. */
export async function createDoctorWithToken(
  patientId?: number,
  appointment: Partial<Parameters<typeof createAppointment>[0]> = {},
) {
  const created = await createDoctor({ name: "Dr. Kavya Nair" });
  const token = await tokenFor(created.user);
  const booked = patientId
    ? await createAppointment({
        patientId,
        doctorId: created.doctor.id,
        date: "2026-01-15",
        time: "10:00",
        status: "completed",
        ...appointment,
      })
    : null;
  return { ...created, token, appointment: booked };
}

/** The multipart body of an upload: `file` plus text fields, as a browser's FormData sends it. */
export function uploadForm(
  bytes: Uint8Array,
  fields: Record<string, string> = { title: "Blood test", recordType: "lab_report" },
  name = "report.pdf",
  type = "application/pdf",
): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", new File([new Uint8Array(bytes)], name, { type }));
  return form;
}

export { sampleFiles };

import { db } from "@/db/client";
import { doctorDocuments, type DoctorDocumentKind } from "@/db/schema";
import { getStorage } from "@/lib/storage";
import { newStorageKey } from "@/lib/storage/keys";
import { createUser } from "./factories";
import { createBookableDoctor, tokenFor } from "./factories-appointments";
import { sampleFiles } from "./factories-users";

/** An admin account and its bearer token. */
export async function createAdminWithToken(overrides: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser({ role: "admin", fullName: "Admin Anita", ...overrides });
  return { user, token: await tokenFor(user) };
}

/** A stored verification document (the bytes go through lib/storage, like an upload's). */
export async function addDoctorDocument(
  doctorId: number,
  kind: DoctorDocumentKind,
  type: "pdf" | "png" = "pdf",
) {
  const contentType = type === "pdf" ? "application/pdf" : "image/png";
  const bytes = sampleFiles[type]();
  const fileKey = newStorageKey("doctor-documents", contentType);
  await getStorage().putFile({ key: fileKey, bytes, contentType });
  const [row] = await db
    .insert(doctorDocuments)
    .values({
      doctorId,
      kind,
      fileKey,
      fileName: `${kind}.${type}`,
      mimeType: contentType,
      sizeBytes: bytes.byteLength,
    })
    .returning();
  return row!;
}

/** A pending application (with hours, so it is bookable once verified) and two documents. */
export async function createPendingApplication(name = "Dr. Pending Patel") {
  const created = await createBookableDoctor({ name, verificationStatus: "pending" });
  const documents = [
    await addDoctorDocument(created.doctor.id, "registration_certificate", "pdf"),
    await addDoctorDocument(created.doctor.id, "degree", "png"),
  ];
  return { ...created, documents, token: await tokenFor(created.user) };
}

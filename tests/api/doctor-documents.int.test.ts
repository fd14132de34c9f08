import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteDocument } from "@/app/api/v1/doctors/me/documents/[id]/route";
import { GET as listDocuments, POST as upload } from "@/app/api/v1/doctors/me/documents/route";
import { POST as resubmit } from "@/app/api/v1/doctors/me/resubmit/route";
import { db } from "@/db/client";
import { doctorDocuments, doctors } from "@/db/schema";
import { maxDoctorDocumentBytes } from "@/lib/doctor-documents/schemas";
import { call } from "@/tests/api-client";
import { createDoctor } from "@/tests/factories";
import { createPatientWithToken, tokenFor } from "@/tests/factories-appointments";
import { sampleFiles, uploadForm } from "@/tests/factories-records";
import { useTemporaryStorage } from "@/tests/factories-users";

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

const url = "http://127.0.0.1:3000/api/v1/doctors/me/documents";

async function post(token: string, form: FormData) {
  const request = new Request(url, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "user-agent": "vitest" },
    body: form,
  });
  const response = await upload(request, { params: Promise.resolve({}) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const form = (bytes: Uint8Array, kind = "registration_certificate", name = "licence.pdf") =>
  uploadForm(bytes, { kind }, name);

const list = (token: string) => call(listDocuments, { path: "/doctors/me/documents", token });
const remove = (token: string, id: string) =>
  call(deleteDocument, {
    method: "DELETE",
    path: `/doctors/me/documents/${id}`,
    params: { id },
    token,
  });

async function doctorWithToken(status: "pending" | "verified" | "rejected" = "pending") {
  const created = await createDoctor({
    verificationStatus: status,
    ...(status === "rejected" ? { rejectionReason: "The certificate is unreadable." } : {}),
  });
  return { ...created, token: await tokenFor(created.user) };
}

const storedRows = (doctorId: number) =>
  db.select().from(doctorDocuments).where(eq(doctorDocuments.doctorId, doctorId));

describe("POST /doctors/me/documents", () => {
  it("stores a PDF privately and lists it for its doctor only", async () => {
    const a = await doctorWithToken();
    const res = await post(a.token, form(sampleFiles.pdf()));
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.body.data).toMatchObject({
      kind: "registration_certificate",
      fileName: "licence.pdf",
      contentType: "application/pdf",
      sizeBytes: sampleFiles.pdf().byteLength,
      status: "pending",
    });
    const [row] = await storedRows(a.doctor.id);
    expect(row!.fileKey).toMatch(/^doctor-documents\/[0-9a-f-]{36}\.pdf$/);
    expect(await storage.storage.getFile(row!.fileKey)).not.toBeNull();

    const mine = await list(a.token);
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((d: { id: string }) => d.id)).toEqual([res.body.data.id]);

    const b = await doctorWithToken();
    const theirs = await list(b.token);
    expect(theirs.body.data).toEqual([]);
  });

  it("stores PNG bytes named degree.pdf as a PNG (the bytes decide)", async () => {
    const a = await doctorWithToken();
    const res = await post(a.token, form(sampleFiles.png(), "degree", "degree.pdf"));
    expect(res.status).toBe(201);
    expect(res.body.data.contentType).toBe("image/png");
    const [row] = await storedRows(a.doctor.id);
    expect(row!.fileKey).toMatch(/\.png$/);
  });

  it.each<[string, Uint8Array, number]>([
    ["a text file", new TextEncoder().encode("just some text, not a certificate"), 415],
    ["an HTML file", sampleFiles.html(), 415],
    ["a WebP image (not accepted for documents)", sampleFiles.webp(), 415],
    ["an empty file", new Uint8Array(0), 422],
  ])("refuses %s as problem+json and stores nothing", async (_name, bytes, status) => {
    const a = await doctorWithToken();
    const res = await post(a.token, form(bytes, "degree", "notes.pdf"));
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body).toMatchObject({ status });
    expect(await storedRows(a.doctor.id)).toHaveLength(0);
  });

  it("refuses a file over 10 MB with 413", async () => {
    const a = await doctorWithToken();
    const bytes = new Uint8Array(maxDoctorDocumentBytes + 1);
    bytes.set(sampleFiles.pdf());
    const res = await post(a.token, form(bytes));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe("payload_too_large");
    expect(await storedRows(a.doctor.id)).toHaveLength(0);
  });

  it("422 on an unknown kind, with the field's path", async () => {
    const a = await doctorWithToken();
    const res = await post(a.token, form(sampleFiles.pdf(), "selfie"));
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain("kind");
  });

  it("404 for a user without a doctor profile, 401 without a token", async () => {
    const { token } = await createPatientWithToken();
    expect((await post(token, form(sampleFiles.pdf()))).status).toBe(404);
    expect((await list(token)).status).toBe(404);
    const anonymous = await call(listDocuments, { path: "/doctors/me/documents" });
    expect(anonymous.status).toBe(401);
  });
});

describe("DELETE /doctors/me/documents/:id", () => {
  it("doctor B cannot delete A's document (404); A still can, and its file goes", async () => {
    const a = await doctorWithToken();
    const b = await doctorWithToken();
    const { body } = await post(a.token, form(sampleFiles.pdf()));
    const id = body.data.id as string;
    const [row] = await storedRows(a.doctor.id);

    const theirs = await remove(b.token, id);
    expect(theirs.status).toBe(404);
    expect(theirs.headers.get("content-type")).toBe("application/problem+json");
    expect(await storedRows(a.doctor.id)).toHaveLength(1);

    expect((await remove(a.token, id)).status).toBe(204);
    expect(await storedRows(a.doctor.id)).toHaveLength(0);
    expect(await storage.storage.getFile(row!.fileKey)).toBeNull();
    expect((await remove(a.token, id)).status).toBe(404);
  });

  it("two deletes of one document at once: one 204, one 404, the row and file gone", async () => {
    const a = await doctorWithToken();
    const { body } = await post(a.token, form(sampleFiles.pdf()));
    const answers = await Promise.all([
      remove(a.token, body.data.id),
      remove(a.token, body.data.id),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([204, 404]);
    expect(await storedRows(a.doctor.id)).toHaveLength(0);
  });

  it("404 for a malformed id", async () => {
    const a = await doctorWithToken();
    expect((await remove(a.token, "not-a-uuid")).status).toBe(404);
  });

  it("409 once the profile is verified: the evidence stays", async () => {
    const a = await doctorWithToken();
    const { body } = await post(a.token, form(sampleFiles.pdf()));
    await db
      .update(doctors)
      .set({ verificationStatus: "verified" })
      .where(eq(doctors.id, a.doctor.id));
    const res = await remove(a.token, body.data.id);
    expect(res.status).toBe(409);
    expect(await storedRows(a.doctor.id)).toHaveLength(1);
  });
});

describe("POST /doctors/me/resubmit", () => {
  const send = (token: string) =>
    call(resubmit, { method: "POST", path: "/doctors/me/resubmit", token });

  it("moves a rejected application back to pending, clears the reason, stamps submittedAt", async () => {
    const a = await doctorWithToken("rejected");
    const before = Date.now();
    const res = await send(a.token);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ verificationStatus: "pending", rejectionReason: null });
    expect(Date.parse(res.body.data.submittedAt)).toBeGreaterThanOrEqual(before - 1000);
    const [row] = await db.select().from(doctors).where(eq(doctors.id, a.doctor.id));
    expect(row).toMatchObject({ verificationStatus: "pending", rejectionReason: null });
  });

  it.each(["pending", "verified"] as const)("409 from %s, nothing changes", async (status) => {
    const a = await doctorWithToken(status);
    const res = await send(a.token);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("conflict");
    const [row] = await db.select().from(doctors).where(eq(doctors.id, a.doctor.id));
    expect(row!.verificationStatus).toBe(status);
  });

  it("two resubmissions at once: one 200, one 409", async () => {
    const a = await doctorWithToken("rejected");
    const answers = await Promise.all([send(a.token), send(a.token)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("only touches the caller's own profile; 404 without one", async () => {
    const a = await doctorWithToken("rejected");
    const { token } = await createPatientWithToken();
    expect((await send(token)).status).toBe(404);
    const [row] = await db.select().from(doctors).where(eq(doctors.id, a.doctor.id));
    expect(row!.verificationStatus).toBe("rejected");
  });
});

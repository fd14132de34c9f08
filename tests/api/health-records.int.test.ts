import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as download } from "@/app/api/v1/health-records/[id]/download/route";
import { GET as preview } from "@/app/api/v1/health-records/[id]/preview/route";
import {
  DELETE as deleteRecord,
  GET as getRecord,
  PATCH as patchRecord,
} from "@/app/api/v1/health-records/[id]/route";
import { GET as listRecords, POST as upload } from "@/app/api/v1/health-records/route";
import { db } from "@/db/client";
import { healthRecords, recordShareItems } from "@/db/schema";
import {
  createHealthRecordSchema,
  maxRecordFileBytes,
  maxRecordRequestBytes,
} from "@/lib/health-records/schemas";
import { createHealthRecord } from "@/lib/health-records/service";
import { call } from "@/tests/api-client";
import { createPatientWithToken } from "@/tests/factories-appointments";
import {
  createDoctorWithToken,
  createRecord,
  createShare,
  sampleFiles,
  uploadForm,
} from "@/tests/factories-records";
import { useTemporaryStorage } from "@/tests/factories-users";

type Handler = typeof upload;

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

const url = (path: string) => `http://127.0.0.1:3000/api/v1${path}`;

/** POST /health-records with a real multipart body (as a browser's FormData sends it). */
async function post(token: string, form: FormData) {
  const request = new Request(url("/health-records"), {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "user-agent": "vitest" },
    body: form,
  });
  const response = await upload(request, { params: Promise.resolve({}) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** GET a file route; the raw Response (bytes and headers). */
function fetchFile(handler: Handler, token: string, id: string, kind: "download" | "preview") {
  return handler(
    new Request(url(`/health-records/${id}/${kind}`), {
      headers: { authorization: `Bearer ${token}`, "user-agent": "vitest" },
    }),
    { params: Promise.resolve({ id }) },
  );
}

const ascii = (s: string) => new TextEncoder().encode(s);

describe("POST /health-records: the bytes decide", () => {
  it.each<[string, Uint8Array, string, string, number]>([
    [
      "a renamed .exe",
      ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000PE"),
      "x.pdf",
      "application/pdf",
      415,
    ],
    ["an HTML file", sampleFiles.html(), "report.html", "text/html", 415],
    [
      "an SVG",
      ascii('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      "scan.svg",
      "image/svg+xml",
      415,
    ],
    ["a 0-byte file", new Uint8Array(0), "empty.pdf", "application/pdf", 422],
  ])("refuses %s as problem+json and stores nothing", async (_name, bytes, name, type, status) => {
    const { user, token } = await createPatientWithToken();
    const res = await post(token, uploadForm(bytes, undefined, name, type));
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body).toMatchObject({ status });
    const rows = await db.select().from(healthRecords).where(eq(healthRecords.userId, user.id));
    expect(rows).toHaveLength(0);
  });

  it("stores PNG bytes named report.pdf (declared application/pdf) as a PNG and serves them so", async () => {
    const { token } = await createPatientWithToken();
    const res = await post(token, uploadForm(sampleFiles.png(), undefined, "report.pdf"));
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/health-records/${res.body.data.id}`);
    // The proxy does not see this route (see proxy.ts): apiRoute's own headers must hold.
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.body.data).toMatchObject({
      title: "Blood test",
      recordType: "lab_report",
      mine: true,
      file: {
        contentType: "image/png",
        sizeBytes: sampleFiles.png().byteLength,
        downloadUrl: `/api/v1/health-records/${res.body.data.id}/download`,
      },
    });
    const file = await fetchFile(download, token, res.body.data.id, "download");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(file.headers.get("content-disposition")).toBe(
      `attachment; filename="Blood test.png"; filename*=UTF-8''Blood%20test.png`,
    );
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([...sampleFiles.png()]);
  });

  it("answers 422 with field errors for bad metadata, before storing anything", async () => {
    const { token } = await createPatientWithToken();
    const res = await post(
      token,
      uploadForm(sampleFiles.pdf(), { title: "", recordType: "x-ray", documentDate: "2999-01-01" }),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "documentDate",
      "recordType",
      "title",
    ]);
    expect(await storageFiles()).toEqual([]);
  });

  it("accepts a file of exactly 10 MB", async () => {
    const { token } = await createPatientWithToken();
    const bytes = new Uint8Array(maxRecordFileBytes);
    bytes.set(sampleFiles.pdf());
    const form = uploadForm(bytes);
    const peak = await sampleMemory(async () => {
      const res = await post(token, form);
      expect(res.status).toBe(201);
      return res;
    });
    console.info(
      `[memory] 10 MB upload: rss +${peak.rss} MB, arrayBuffers +${peak.arrayBuffers} MB at the peak`,
    );
    const res = peak.result;
    expect(res.body.data.file).toMatchObject({
      contentType: "application/pdf",
      sizeBytes: maxRecordFileBytes,
    });
  });

  it("refuses 11 MB with 413 from the declared Content-Length without reading a byte", async () => {
    const { token } = await createPatientWithToken();
    const body = countingMultipart(11 * 1024 * 1024);
    const res = await upload(
      new Request(url("/health-records"), {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": `multipart/form-data; boundary=${boundary}`,
          "content-length": String(body.length),
        },
        body: body.stream,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe("payload_too_large");
    expect(body.pulled()).toBe(0);
  });

  it("cuts off an 11 MB chunked body (no Content-Length) at the cap: 413, the rest never read", async () => {
    const { token } = await createPatientWithToken();
    const body = countingMultipart(11 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const res = await upload(
      new Request(url("/health-records"), {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": `multipart/form-data; boundary=${boundary}`,
        },
        body: body.stream,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(413);
    // Read until just past the cap, then cancelled: at most one chunk beyond it was pulled.
    expect(body.pulled()).toBeGreaterThan(maxRecordRequestBytes);
    expect(body.pulled()).toBeLessThanOrEqual(maxRecordRequestBytes + chunkBytes);
    expect(body.pulled()).toBeLessThan(body.length);
    console.info(
      `[memory] 11 MB chunked upload: pulled ${body.pulled()} of ${body.length} bytes; arrayBuffers grew ${((process.memoryUsage().arrayBuffers - before) / 1048576).toFixed(1)} MB`,
    );
  });
});

describe("createHealthRecord keeps files and rows together", () => {
  it("deletes the stored file again when the row cannot be written", async () => {
    const ghost = {
      userId: 2_000_000_000,
      userUuid: crypto.randomUUID(),
      role: "patient" as const,
      doctorId: null,
    };
    const input = createHealthRecordSchema.parse({ title: "Orphan?", recordType: "other" });
    const file = { bytes: sampleFiles.pdf(), type: "application/pdf", size: 40, name: "a.pdf" };
    await expect(createHealthRecord(ghost, input, file)).rejects.toThrow();
    expect(await storageFiles()).toEqual([]);
  });
});

describe("the upload allowance", () => {
  it("60 uploads an hour per user; the 61st is 429 before its body is read, others unaffected", async () => {
    const { token } = await createPatientWithToken();
    for (let i = 0; i < 60; i++) {
      expect((await post(token, uploadForm(sampleFiles.png()))).status).toBe(201);
    }
    const body = countingMultipart(11 * 1024 * 1024);
    const limited = await upload(
      new Request(url("/health-records"), {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": `multipart/form-data; boundary=${boundary}`,
        },
        body: body.stream,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({}) },
    );
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(body.pulled()).toBe(0);
    const other = await createPatientWithToken();
    expect((await post(other.token, uploadForm(sampleFiles.png()))).status).toBe(201);
  });
});

describe("reading, changing and deleting records", () => {
  it("serves the file inline and as an attachment with the stored type, nosniff, a sandbox CSP and no caching", async () => {
    const { user, token } = await createPatientWithToken();
    const record = await createRecord(user.id, {
      title: "रक्त जाँच / Blood",
      bytes: sampleFiles.jpeg(),
    });
    const inline = await fetchFile(preview, token, record.uuid, "preview");
    expect(inline.status).toBe(200);
    expect(Object.fromEntries(inline.headers)).toMatchObject({
      "content-type": "image/jpeg",
      "content-length": String(sampleFiles.jpeg().byteLength),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(inline.headers.get("content-disposition")).toMatch(/^inline; filename="/);
    expect(inline.headers.get("content-security-policy")).toContain("sandbox");
    const attachment = await fetchFile(download, token, record.uuid, "download");
    expect(attachment.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    // An ASCII fallback for old clients, the exact Hindi title for the rest.
    expect(attachment.headers.get("content-disposition")).toBe(
      `attachment; filename="Blood.jpg"; filename*=UTF-8''${encodeURIComponent("रक्त जाँच Blood.jpg")}`,
    );
    expect([...new Uint8Array(await attachment.arrayBuffer())]).toEqual([...sampleFiles.jpeg()]);
  });

  it("lists mine with type, year and text filters", async () => {
    const { user, token } = await createPatientWithToken();
    await createRecord(user.id, {
      title: "CBC",
      recordType: "lab_report",
      documentDate: "2024-03-02",
    });
    await createRecord(user.id, {
      title: "Fever",
      recordType: "prescription",
      documentDate: "2025-06-01",
      doctorName: "Dr. Rao",
    });
    const titles = async (query: string) =>
      (await call(listRecords, { path: `/health-records${query}`, token })).body.data.map(
        (r: { title: string }) => r.title,
      );
    expect(await titles("")).toEqual(["Fever", "CBC"]);
    expect(await titles("?type=lab_report")).toEqual(["CBC"]);
    expect(await titles("?year=2024")).toEqual(["CBC"]);
    expect(await titles("?q=rao")).toEqual(["Fever"]);
    expect(await titles("?q=100%25")).toEqual([]);
  });

  it("B cannot read, list, change, download or delete A's record; A still can", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const record = await createRecord(a.user.id);
    const id = record.uuid;
    const as = (token: string) => ({ token, params: { id }, path: `/health-records/${id}` });
    for (const res of [
      await call(getRecord, as(b.token)),
      await call(patchRecord, { ...as(b.token), method: "PATCH", body: { title: "Mine now" } }),
      await call(deleteRecord, { ...as(b.token), method: "DELETE" }),
      await call(listRecords, { token: b.token, path: `/health-records?patientId=${a.user.uuid}` }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ status: 404, code: "not_found" });
    }
    expect((await fetchFile(download, b.token, id, "download")).status).toBe(404);
    expect((await fetchFile(preview, b.token, id, "preview")).status).toBe(404);
    expect(
      (await call(listRecords, { token: b.token, path: "/health-records" })).body.data,
    ).toEqual([]);

    expect((await call(getRecord, as(a.token))).body.data).toMatchObject({
      id,
      title: "Blood test",
    });
    expect((await fetchFile(download, a.token, id, "download")).status).toBe(200);
  });

  it("PATCH changes only the fields sent; null clears one", async () => {
    const { user, token } = await createPatientWithToken();
    const record = await createRecord(user.id, { description: "Fasting", doctorName: "Dr. Rao" });
    const res = await call(patchRecord, {
      token,
      method: "PATCH",
      params: { id: record.uuid },
      body: { title: "CBC March", doctorName: null },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      title: "CBC March",
      description: "Fasting",
      doctorName: null,
      recordType: "lab_report",
    });
  });

  it("DELETE removes the row, its stored file and the shares' items", async () => {
    const { user, token } = await createPatientWithToken();
    const doctor = await createDoctorWithToken(user.id);
    const record = await createRecord(user.id);
    await createShare({ ownerId: user.id, doctorId: doctor.doctor.id, recordIds: [record.id] });
    expect(await storage.storage.getFile(record.fileKey!)).not.toBeNull();

    const res = await call(deleteRecord, { token, method: "DELETE", params: { id: record.uuid } });
    expect(res.status).toBe(204);
    expect(await storage.storage.getFile(record.fileKey!)).toBeNull();
    expect(await db.select().from(healthRecords).where(eq(healthRecords.id, record.id))).toEqual(
      [],
    );
    expect(
      await db.select().from(recordShareItems).where(eq(recordShareItems.recordId, record.id)),
    ).toEqual([]);
    expect((await call(getRecord, { token, params: { id: record.uuid } })).status).toBe(404);
  });
});

/** Runs `work`, sampling this process's memory every millisecond; the peak growth in MB. */
async function sampleMemory<T>(work: () => Promise<T>) {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  let rss = 0;
  let arrayBuffers = 0;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - base.rss);
    arrayBuffers = Math.max(arrayBuffers, now.arrayBuffers - base.arrayBuffers);
  };
  const timer = setInterval(sample, 1);
  try {
    const result = await work();
    sample();
    const mb = (n: number) => (n / 1_048_576).toFixed(1);
    return { result, rss: mb(rss), arrayBuffers: mb(arrayBuffers) };
  } finally {
    clearInterval(timer);
  }
}

async function storageFiles(): Promise<string[]> {
  const { readdir } = await import("node:fs/promises");
  return readdir(storage.root, { recursive: true }).then((names) =>
    names.filter((n) => n.includes(".")),
  );
}

const boundary = "----swasthai-test-boundary";
const chunkBytes = 64 * 1024;

/**
 * A multipart body with one `file` of `fileBytes` (a PDF header then zeros), produced on demand
 * in 64 KB chunks; `pulled()` says how many bytes the server has taken from it.
 */
function countingMultipart(fileBytes: number) {
  const head = ascii(
    `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBig\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="recordType"\r\n\r\nother\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
  );
  const tail = ascii(`\r\n--${boundary}--\r\n`);
  const length = head.length + fileBytes + tail.length;
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= length) return controller.close();
        const size = Math.min(chunkBytes, length - sent);
        const chunk = new Uint8Array(size);
        if (sent === 0) chunk.set(head.subarray(0, Math.min(head.length, size)));
        if (sent + size === length) chunk.set(tail, size - tail.length);
        sent += size;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, length, pulled: () => sent };
}

import { describe, expect, it } from "vitest";
import { contentDisposition, recordFileName, toHealthRecordDto } from "./mappers";

const row = {
  id: 1,
  uuid: "8f0c3c1e-3b8e-4d59-9d5b-0d8c6d1f2a10",
  userId: 7,
  recordType: "lab_report" as const,
  title: "CBC",
  description: null,
  documentDate: "2025-03-02",
  doctorName: null,
  hospitalName: null,
  fileKey: "records/8f0c3c1e-3b8e-4d59-9d5b-0d8c6d1f2a10.pdf",
  mimeType: "application/pdf",
  sizeBytes: 1234,
  source: "upload" as const,
  abhaSyncedAt: null,
  createdAt: new Date("2025-03-02T10:00:00Z"),
  updatedAt: new Date("2025-03-02T10:00:00Z"),
};

describe("toHealthRecordDto", () => {
  it("points the file at the door it was read through and says whose it is", () => {
    const page = toHealthRecordDto(row, 7, "page");
    expect(page.mine).toBe(true);
    expect(page.file).toEqual({
      contentType: "application/pdf",
      sizeBytes: 1234,
      previewUrl: `/records/${row.uuid}/file`,
      downloadUrl: `/records/${row.uuid}/file?download=1`,
    });
    const api = toHealthRecordDto(row, 9, "api");
    expect(api.mine).toBe(false);
    expect(api.file?.downloadUrl).toBe(`/api/v1/health-records/${row.uuid}/download`);
  });

  it("has no file without a stored key or a known type", () => {
    expect(toHealthRecordDto({ ...row, fileKey: null }, 7, "page").file).toBeNull();
    expect(toHealthRecordDto({ ...row, mimeType: "text/html" }, 7, "page").file).toBeNull();
  });
});

describe("file names", () => {
  it("make the title a safe name with the stored type's extension", () => {
    expect(recordFileName("Blood test", "pdf")).toBe("Blood test.pdf");
    expect(recordFileName('a/b\\c:"d"\r\n', "png")).toBe("a b c d.png");
    expect(recordFileName("   ", "jpg")).toBe("record.jpg");
  });

  it("give an ASCII fallback and the exact UTF-8 name (RFC 6266)", () => {
    expect(contentDisposition("attachment", "Blood test.pdf")).toBe(
      `attachment; filename="Blood test.pdf"; filename*=UTF-8''Blood%20test.pdf`,
    );
    expect(contentDisposition("inline", "रक्त जाँच.pdf")).toBe(
      `inline; filename="record.pdf"; filename*=UTF-8''${encodeURIComponent("रक्त जाँच")}.pdf`,
    );
    // Nothing that could end the quoted string or add a parameter survives.
    expect(contentDisposition("attachment", `it's (100%); x="y".pdf`)).toBe(
      `attachment; filename="it's (100) x=y.pdf"; filename*=UTF-8''it%27s%20%28100%25%29%3B%20x%3D%22y%22.pdf`,
    );
  });
});

import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { localFileProblem, uploadFailureOf } from "./upload-rules";

const t = en.records;
const MB = 1024 * 1024;

describe("localFileProblem", () => {
  it("accepts a PDF or a photo up to 10 MB", () => {
    expect(localFileProblem({ size: 10 * MB, type: "application/pdf" }, t.upload)).toBeUndefined();
    expect(localFileProblem({ size: 5000, type: "image/png" }, t.upload)).toBeUndefined();
    // No declared type: the server's sniffing decides.
    expect(localFileProblem({ size: 5000, type: "" }, t.upload)).toBeUndefined();
  });

  it("refuses a missing, empty, too large or wrongly typed file before sending it", () => {
    expect(localFileProblem(undefined, t.upload)).toBe(t.upload.chooseFile);
    expect(localFileProblem({ size: 0, type: "application/pdf" }, t.upload)).toBe(
      t.upload.emptyFile,
    );
    expect(localFileProblem({ size: 10 * MB + 1, type: "application/pdf" }, t.upload)).toBe(
      t.upload.tooLarge,
    );
    expect(localFileProblem({ size: 10, type: "image/svg+xml" }, t.upload)).toBe(
      t.upload.wrongType,
    );
  });
});

describe("uploadFailureOf", () => {
  it("puts 413 and 415 beside the file", () => {
    expect(uploadFailureOf(413, { code: "payload_too_large" }, t).fieldErrors).toEqual({
      file: t.upload.tooLarge,
    });
    expect(uploadFailureOf(415, null, t)).toEqual({
      message: t.errors.codes.unsupported_media_type,
      fieldErrors: { file: t.upload.wrongType },
    });
  });

  it("puts a 422's errors beside their fields, in the user's words", () => {
    const body = {
      code: "validation_failed",
      errors: [
        { path: "title", message: "is required" },
        { path: "documentDate", message: "must not be in the future" },
        { path: "file", message: "is empty" },
      ],
    };
    expect(uploadFailureOf(422, body, t)).toEqual({
      message: t.errors.codes.validation_failed,
      fieldErrors: {
        title: t.errors.fields.title,
        documentDate: t.errors.fields.documentDate,
        file: t.errors.fields.file,
      },
    });
  });

  it("says the upload failed when the answer is not problem+json", () => {
    expect(uploadFailureOf(0, "", t)).toEqual({ message: t.upload.failed, fieldErrors: {} });
    expect(uploadFailureOf(502, "<html>", t).message).toBe(t.errors.codes.internal);
  });
});

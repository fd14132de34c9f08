import { AppError } from "@/lib/errors";

/** A file taken from a form: bytes plus what the client claimed (the claims are never trusted). */
export interface UploadedFile {
  bytes: Uint8Array;
  /** The declared type; informational only, the bytes decide. */
  type: string;
  size: number;
  name: string;
}

/** Reads the bytes of a File/Blob from FormData. */
export async function uploadedFileOf(
  value: FormDataEntryValue | null,
): Promise<UploadedFile | null> {
  if (value === null || typeof value === "string") return null;
  return {
    bytes: new Uint8Array(await value.arrayBuffer()),
    type: value.type,
    size: value.size,
    name: "name" in value && typeof value.name === "string" ? value.name : "",
  };
}

/**
 * Reads one file field of a multipart request with a hard cap on the whole body: a declared
 * Content-Length over the cap is refused before reading, and a body streaming past it is cut off.
 * 400 when it is not multipart or the field is missing; 413 past the cap.
 */
export async function readMultipartFile(
  request: Request,
  field: string,
  maxBodyBytes: number,
): Promise<UploadedFile> {
  return (await readMultipartUpload(request, field, maxBodyBytes)).file;
}

/**
 * As `readMultipartFile`, with the form's text fields beside the file (an upload's metadata);
 * a repeated field keeps its first value.
 */
export async function readMultipartUpload(
  request: Request,
  field: string,
  maxBodyBytes: number,
): Promise<{ file: UploadedFile; fields: Record<string, string> }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new AppError("malformed_request", "Send the file as multipart/form-data.");
  }
  const body = cappedStream(request, maxBodyBytes);
  let form: FormData;
  try {
    form = await new Response(body.stream, { headers: { "content-type": type } }).formData();
  } catch (err) {
    if (body.tooLarge()) throw tooLarge(maxBodyBytes);
    throw new AppError("malformed_request", "The multipart body could not be read.", {
      cause: err,
    });
  }
  const file = await uploadedFileOf(form.get(field));
  if (!file) {
    throw new AppError("validation_failed", `Attach the file in the "${field}" field.`, {
      errors: [{ path: field, message: "a file is required" }],
    });
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !(name in fields)) fields[name] = value;
  }
  return { file, fields };
}

/**
 * The request body, counted as the form parser pulls it: a declared Content-Length over the cap
 * is refused before reading, and the stream errors (cancelling the request body) as soon as it
 * passes the cap, so an oversized upload is never held whole. Fed straight to the parser, the
 * body is not first gathered into a copy of its own.
 */
function cappedStream(request: Request, maxBytes: number) {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  let total = 0;
  let over = false;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        over = true;
        controller.error(tooLarge(maxBytes));
        return;
      }
      controller.enqueue(chunk);
    },
  });
  const source = request.body ?? new Blob([]).stream();
  return {
    stream: source.pipeThrough(counter, { preventCancel: false }),
    tooLarge: () => over,
  };
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    "payload_too_large",
    `The upload may be at most ${(maxBytes / 1_048_576).toFixed(1)} MB.`,
  );
}

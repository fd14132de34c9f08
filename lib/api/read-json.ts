import { AppError } from "@/lib/errors";

export const MAX_JSON_BYTES = 1_048_576;

/** Reads a JSON body with a hard size cap, before parsing; 400 / 413 with a clear detail. */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError(
      "malformed_request",
      "Send the body as JSON with Content-Type: application/json.",
    );
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);

  const text = await readCapped(request, maxBytes);
  if (text.trim() === "") throw new AppError("malformed_request", "The request body is empty.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("malformed_request", "The request body is not valid JSON.");
  }
  const nulPath = findNul(value, "");
  if (nulPath !== null) {
    throw new AppError("validation_failed", "Text must not contain NUL characters.", {
      errors: [{ path: nulPath, message: "must not contain NUL characters" }],
    });
  }
  return value;
}

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    "payload_too_large",
    `The body may be at most ${Math.floor(maxBytes / 1024)} KB.`,
  );
}

// PostgreSQL rejects \u0000 in text; catching it here turns a would-be 500 into a 422 everywhere.
function findNul(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], path ? `${path}.${i}` : String(i));
      if (hit !== null) return hit;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key.includes("\u0000")) return path ? `${path}.${key}` : key;
      const hit = findNul(v, path ? `${path}.${key}` : key);
      if (hit !== null) return hit;
    }
  }
  return null;
}

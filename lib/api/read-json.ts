import { AppError } from "@/lib/errors";
import { readCappedBody } from "@/lib/http/read-capped";

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
  const bytes = await readCappedBody(request, maxBytes, () => tooLarge(maxBytes));
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.trim() === "") throw new AppError("malformed_request", "The request body is empty.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("malformed_request", "The request body is not valid JSON.");
  }
  checkShape(value);
  return value;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    "payload_too_large",
    `The body may be at most ${Math.floor(maxBytes / 1024)} KB.`,
  );
}

/** Deeper JSON is refused: no request shape nests past a handful of levels. */
export const MAX_JSON_DEPTH = 64;

/**
 * One iterative pass over the parsed body (a recursive one overflows the stack on a body nested
 * 100,000 deep): refuses nesting deeper than MAX_JSON_DEPTH and finds the first NUL character,
 * which PostgreSQL rejects in text, so a would-be 500 becomes a 400 or a 422 everywhere.
 */
function checkShape(root: unknown): void {
  const stack: { value: unknown; path: string; depth: number; nulKey?: boolean }[] = [
    { value: root, path: "", depth: 0 },
  ];
  const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path, depth } = item;
    if (item.nulKey) throw nulError(path);
    if (typeof value === "string") {
      if (value.includes("\u0000")) throw nulError(path);
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) {
      throw new AppError(
        "malformed_request",
        `The JSON body is nested too deeply (at most ${MAX_JSON_DEPTH} levels).`,
      );
    }
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    // Pushed in reverse so the walk visits them in order and reports the first NUL.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, v] = entries[i]!;
      stack.push({
        value: v,
        path: at(path, key),
        depth: depth + 1,
        nulKey: key.includes("\u0000"),
      });
    }
  }
}

function nulError(path: string): AppError {
  return new AppError("validation_failed", "Text must not contain NUL characters.", {
    errors: [{ path, message: "must not contain NUL characters" }],
  });
}

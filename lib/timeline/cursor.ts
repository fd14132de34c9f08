import { AppError } from "@/lib/errors";
import { timelineKinds, type TimelineKind } from "./schemas";

/**
 * Where a page ends: the last item's instant (microseconds, as the database holds it: a JS Date
 * would drop them and skip or repeat items), its kind and its public id. Opaque to callers.
 */
export interface TimelineCursor {
  /** `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC, microseconds). */
  at: string;
  kind: TimelineKind;
  id: string;
}

const atPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: TimelineCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.kind}|${cursor.id}`, "utf8").toString("base64url");
}

/** The cursor a previous page gave out, or validation_failed (422) for anything else. */
export function decodeCursor(value: string): TimelineCursor {
  const invalid = () =>
    new AppError("validation_failed", "The query is invalid.", {
      errors: [{ path: "cursor", message: "is not a cursor this timeline gave out" }],
    });
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) throw invalid();
  const parts = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (parts.length !== 3) throw invalid();
  const [at, kind, id] = parts as [string, string, string];
  if (!atPattern.test(at) || Number.isNaN(Date.parse(at))) throw invalid();
  if (!(timelineKinds as readonly string[]).includes(kind)) throw invalid();
  if (!uuidPattern.test(id)) throw invalid();
  return { at, kind: kind as TimelineKind, id };
}

/** Whether `value` is a cursor this timeline could have given out (pages drop any other). */
export function isTimelineCursor(value: string): boolean {
  try {
    decodeCursor(value);
    return true;
  } catch {
    return false;
  }
}

import { z } from "zod";

/** A resource's public id in a path or body; the message every door shows for a malformed one. */
export const uuidSchema = z.uuid({ message: "must be a UUID" });

/** Whether a string is a public id, by the same check as `uuidSchema` (pages use it to 404 early). */
export function isUuid(value: string): boolean {
  return uuidSchema.safeParse(value).success;
}

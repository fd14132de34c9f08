const shown = ["validation_failed", "rate_limited", "not_found", "internal"] as const;
export type CoachErrorKey = (typeof shown)[number];

/** The ?error= of a failed no-JavaScript post as one of the texts the pages have, or null. */
export function coachErrorKey(value: string | string[] | undefined): CoachErrorKey | null {
  if (typeof value !== "string" || value === "") return null;
  return (shown as readonly string[]).includes(value) ? (value as CoachErrorKey) : "internal";
}

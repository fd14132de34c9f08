import { z } from "zod";

/** What the timeline holds, one kind per source (lab reports come from bookings and records). */
export const timelineKinds = [
  "appointment",
  "record",
  "prescription",
  "lab_report",
  "medicine_order",
  "symptom_check",
] as const;
export type TimelineKind = (typeof timelineKinds)[number];
export const timelineKindSchema = z.enum(timelineKinds);

export const DEFAULT_TIMELINE_LIMIT = 20;
export const MAX_TIMELINE_LIMIT = 100;

/** `types` as a comma-separated list (`?types=appointment,record`) or repeated (`?types=a&types=b`). */
const typesSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== ""),
  )
  .pipe(z.array(timelineKindSchema).max(timelineKinds.length * 2))
  .transform((kinds) => (kinds.length === 0 ? undefined : [...new Set(kinds)]))
  .describe(`Comma-separated kinds to show (${timelineKinds.join(", ")}); all when left out`);

/** The timeline's filters and page position. */
export const timelineQuerySchema = z.object({
  types: typesSchema.optional(),
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .describe("Only items of this calendar year (India time)"),
  cursor: z.string().max(200).optional().describe("The `nextCursor` of the previous page; opaque"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .default(DEFAULT_TIMELINE_LIMIT)
    .transform((n) => Math.min(n, MAX_TIMELINE_LIMIT))
    .describe(`Items per page, default ${DEFAULT_TIMELINE_LIMIT}, at most ${MAX_TIMELINE_LIMIT}`),
});
export type TimelineQuery = z.input<typeof timelineQuerySchema>;
export type ParsedTimelineQuery = z.output<typeof timelineQuerySchema>;

/** One event of the patient's medical history. */
export const timelineItemSchema = z.object({
  kind: timelineKindSchema,
  id: z.uuid().describe("The item's public id in its own kind"),
  at: z.iso.datetime().describe("When it happened (or is planned), ISO 8601 UTC"),
  dateOnly: z
    .boolean()
    .describe("Only the day is known (a record's document date): `at` is midnight India time"),
  title: z.string(),
  subtitle: z.string().nullable(),
  status: z.string().nullable().describe("The item's own status (appointment, order ...), if any"),
  href: z.string().nullable().describe("The app page for it, when there is one"),
});
export type TimelineItemDto = z.infer<typeof timelineItemSchema>;

/** A page of the timeline, newest first; `nextCursor` is null on the last page. */
export const timelinePageSchema = z.object({
  data: z.array(timelineItemSchema),
  nextCursor: z.string().nullable(),
});
export type TimelinePageDto = z.infer<typeof timelinePageSchema>;

import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, isTimelineCursor } from "./cursor";
import { toTimelineItemDto } from "./mappers";
import { timelineQuerySchema } from "./schemas";

const id = "0f8a3c2e-1b2d-4c5e-8f90-a1b2c3d4e5f6";

describe("timeline cursor", () => {
  it("round-trips the instant to the microsecond, the kind and the id", () => {
    const cursor = { at: "2026-03-10T04:30:00.123456Z", kind: "lab_report" as const, id };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
  });

  it.each([
    ["not base64url", "a b"],
    ["two parts", Buffer.from(`2026-03-10T04:30:00.000000Z|${id}`).toString("base64url")],
    ["milliseconds only", encodeCursor({ at: "2026-03-10T04:30:00.000Z", kind: "record", id })],
    [
      "an unknown kind",
      encodeCursor({ at: "2026-03-10T04:30:00.000000Z", kind: "x" as never, id }),
    ],
    [
      "an upper-case id",
      encodeCursor({ at: "2026-03-10T04:30:00.000000Z", kind: "record", id: id.toUpperCase() }),
    ],
  ])("refuses %s with a cursor field error", (_, value) => {
    expect(isTimelineCursor(value)).toBe(false);
    expect(() => decodeCursor(value)).toThrow(
      expect.objectContaining({
        code: "validation_failed",
        errors: [expect.objectContaining({ path: "cursor" })],
      }),
    );
  });
});

describe("timeline query and mapping", () => {
  it("takes kinds comma-separated or repeated, drops duplicates and clamps the limit", () => {
    expect(timelineQuerySchema.parse({ types: "appointment, record,appointment" }).types).toEqual([
      "appointment",
      "record",
    ]);
    expect(timelineQuerySchema.parse({ types: ["record", "lab_report"] }).types).toEqual([
      "record",
      "lab_report",
    ]);
    expect(timelineQuerySchema.parse({ types: "" }).types).toBeUndefined();
    expect(timelineQuerySchema.parse({ limit: "500" }).limit).toBe(100);
    expect(timelineQuerySchema.safeParse({ types: "surgery" }).success).toBe(false);
  });

  it("links only kinds with a page, and gives `at` as ISO in UTC", () => {
    const row = {
      kind: "record" as const,
      id,
      at: "2026-03-10T04:30:00.123456Z",
      date_only: false,
      title: "CBC",
      subtitle: "",
      status: null,
    };
    expect(toTimelineItemDto({ ...row, page: "records", link: id })).toEqual({
      kind: "record",
      id,
      at: "2026-03-10T04:30:00.123Z",
      dateOnly: false,
      title: "CBC",
      subtitle: null,
      status: null,
      href: `/records/${id}`,
    });
    expect(
      toTimelineItemDto({ ...row, kind: "medicine_order", page: null, link: null }).href,
    ).toBeNull();
  });
});

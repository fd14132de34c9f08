import { describe, expect, it } from "vitest";
import { availabilityInputSchema } from "./schemas";
import {
  applyEdit,
  compact,
  draftOf,
  formErrors,
  inputOf,
  readDraft,
  readIntent,
  type AvailabilityDraft,
} from "./form";

const formOf = (entries: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(entries)) form.set(k, v);
  return form;
};

describe("the availability form", () => {
  const submitted = formOf({
    "r.1.0.start": "09:00",
    "r.1.0.end": "12:00",
    "r.1.0.mode": "online",
    "r.1.0.slot": "20",
    "r.1.1.start": "",
    "r.1.1.end": "",
    "r.1.2.start": "11:30",
    "r.1.2.end": "13:00",
    "off.0.from": "2026-12-24",
    "off.0.to": "",
    "off.0.reason": "Family",
    minNotice: "120",
    instantConfirm: "on",
  });

  it("reads rows in order, keeps empty rows for the buttons, and drops them for saving", () => {
    const draft = readDraft(submitted);
    expect(draft.weekly[1]).toHaveLength(3);
    const kept = compact(draft);
    expect(kept.weekly[1]!.map((r) => r.start)).toEqual(["09:00", "11:30"]);
    expect(inputOf(kept)).toEqual({
      weekly: [
        { weekday: 1, startTime: "09:00", endTime: "12:00", mode: "online", slotMinutes: 20 },
        { weekday: 1, startTime: "11:30", endTime: "13:00", mode: "both", slotMinutes: 30 },
      ],
      timeOff: [{ startsOn: "2026-12-24", endsOn: "2026-12-24", reason: "Family" }],
      minNoticeMinutes: 120,
      instantConfirm: true,
    });
  });

  it("maps the API's overlap error on weekly.1 to the second Monday row's start field", () => {
    const kept = compact(readDraft(submitted));
    const parsed = availabilityInputSchema.safeParse(inputOf(kept));
    expect(parsed.success).toBe(false);
    const errors = parsed.error!.issues.map((i) => ({
      path: i.path.join("."),
      message: i.message,
    }));
    expect(formErrors(kept, errors)).toEqual({ "r.1.1.start": "overlap" });
  });

  it("adds and removes rows by the numbers the buttons carry", () => {
    const draft: AvailabilityDraft = readDraft(submitted);
    expect(applyEdit(draft, readIntent("add:3")).weekly[3]).toHaveLength(1);
    const removed = applyEdit(draft, readIntent("remove:1:2")).weekly[1]!;
    expect(removed.map((r) => r.start)).toEqual(["09:00", ""]);
    expect(applyEdit(draft, readIntent("removeOff:0")).timeOff).toEqual([]);
    expect(applyEdit(draft, readIntent("addOff")).timeOff).toHaveLength(2);
    expect(readIntent("force")).toEqual({ kind: "force" });
    expect(readIntent("anything")).toEqual({ kind: "save" });
  });

  it("starts from the stored document", () => {
    const draft = draftOf({
      weekly: [
        {
          weekday: 0,
          startTime: "10:00",
          endTime: "12:00",
          slotMinutes: 15,
          mode: "both",
          maxPatients: 1,
        },
      ],
      timeOff: [{ startsOn: "2026-12-25", endsOn: "2026-12-26", reason: null }],
      minNoticeMinutes: 60,
      instantConfirm: false,
    });
    expect(draft.weekly[0]).toEqual([{ start: "10:00", end: "12:00", mode: "both", slot: "15" }]);
    expect(draft.timeOff).toEqual([{ from: "2026-12-25", to: "2026-12-26", reason: "" }]);
    expect(draft.minNotice).toBe("60");
  });
});

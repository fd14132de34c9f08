/**
 * The availability page's form <-> the API document, without JavaScript: every range and day off
 * is a row of named inputs; "add" and "remove" buttons edit the draft on the server, and nothing
 * is stored until Save. Pure and isomorphic (the client editor renders the draft).
 */
import type { FieldError } from "@/lib/errors";
import type { AvailabilityDocument } from "./schemas";

export interface RangeRow {
  start: string;
  end: string;
  mode: string;
  slot: string;
}
export interface OffRow {
  from: string;
  to: string;
  reason: string;
}
export interface AvailabilityDraft {
  /** Index = weekday (0 = Sunday). */
  weekly: RangeRow[][];
  timeOff: OffRow[];
  minNotice: string;
  instantConfirm: boolean;
}

export const emptyRange = (): RangeRow => ({ start: "", end: "", mode: "both", slot: "30" });
export const emptyOff = (): OffRow => ({ from: "", to: "", reason: "" });

/** The stored document as the form's first draft. */
export function draftOf(
  doc: Omit<AvailabilityDocument, "preview" | "timezone">,
): AvailabilityDraft {
  const weekly: RangeRow[][] = [[], [], [], [], [], [], []];
  for (const w of doc.weekly) {
    weekly[w.weekday]!.push({
      start: w.startTime.slice(0, 5),
      end: w.endTime.slice(0, 5),
      mode: w.mode,
      slot: String(w.slotMinutes),
    });
  }
  return {
    weekly,
    timeOff: doc.timeOff.map((o) => ({ from: o.startsOn, to: o.endsOn, reason: o.reason ?? "" })),
    minNotice: String(doc.minNoticeMinutes),
    instantConfirm: doc.instantConfirm,
  };
}

const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim() : "";
};

/** The draft as submitted, every row kept (row numbers stay those the buttons name). */
export function readDraft(form: FormData): AvailabilityDraft {
  const weekly: RangeRow[][] = [[], [], [], [], [], [], []];
  const timeOff: OffRow[] = [];
  for (const key of form.keys()) {
    const range = /^r\.([0-6])\.(\d{1,2})\.start$/.exec(key);
    if (range) {
      const p = `r.${range[1]}.${range[2]}`;
      const row = {
        start: str(form, `${p}.start`),
        end: str(form, `${p}.end`),
        mode: str(form, `${p}.mode`) || "both",
        slot: str(form, `${p}.slot`) || "30",
      };
      weekly[Number(range[1])]!.push(row);
    }
    const off = /^off\.(\d{1,3})\.from$/.exec(key);
    if (off) {
      const p = `off.${off[1]}`;
      const row = {
        from: str(form, `${p}.from`),
        to: str(form, `${p}.to`),
        reason: str(form, `${p}.reason`),
      };
      timeOff.push(row);
    }
  }
  return {
    weekly,
    timeOff,
    minNotice: str(form, "minNotice") || "60",
    instantConfirm: form.get("instantConfirm") === "on",
  };
}

/** The draft without the rows left wholly empty: what Save stores. */
export function compact(draft: AvailabilityDraft): AvailabilityDraft {
  return {
    ...draft,
    weekly: draft.weekly.map((rows) => rows.filter((r) => r.start || r.end)),
    timeOff: draft.timeOff.filter((o) => o.from || o.to),
  };
}

/** An edit the page's buttons ask for; `save` and `force` (save despite the warning) store. */
export type Intent =
  | { kind: "save" | "force" }
  | { kind: "add"; weekday: number }
  | { kind: "remove"; weekday: number; index: number }
  | { kind: "addOff" }
  | { kind: "removeOff"; index: number };

export function readIntent(value: string): Intent {
  const add = /^add:([0-6])$/.exec(value);
  if (add) return { kind: "add", weekday: Number(add[1]) };
  const remove = /^remove:([0-6]):(\d{1,2})$/.exec(value);
  if (remove) return { kind: "remove", weekday: Number(remove[1]), index: Number(remove[2]) };
  if (value === "addOff") return { kind: "addOff" };
  const removeOff = /^removeOff:(\d{1,3})$/.exec(value);
  if (removeOff) return { kind: "removeOff", index: Number(removeOff[1]) };
  return { kind: value === "force" ? "force" : "save" };
}

/** The draft after an add/remove button (a new copy). */
export function applyEdit(draft: AvailabilityDraft, intent: Intent): AvailabilityDraft {
  const weekly = draft.weekly.map((rows) => [...rows]);
  const timeOff = [...draft.timeOff];
  if (intent.kind === "add") weekly[intent.weekday]!.push(emptyRange());
  if (intent.kind === "remove") weekly[intent.weekday]!.splice(intent.index, 1);
  if (intent.kind === "addOff") timeOff.push(emptyOff());
  if (intent.kind === "removeOff") timeOff.splice(intent.index, 1);
  return { ...draft, weekly, timeOff };
}

/** Where each API `weekly.<k>` row sits in the draft (weekday, index). */
export function rangePositions(draft: AvailabilityDraft): Array<[number, number]> {
  return draft.weekly.flatMap((rows, weekday) =>
    rows.map((_, i): [number, number] => [weekday, i]),
  );
}

/** The API body the draft stands for (validated by availabilityInputSchema). */
export function inputOf(draft: AvailabilityDraft) {
  return {
    weekly: draft.weekly.flatMap((rows, weekday) =>
      rows.map((r) => ({
        weekday,
        startTime: r.start,
        endTime: r.end,
        mode: r.mode,
        slotMinutes: Number(r.slot),
      })),
    ),
    timeOff: draft.timeOff.map((o) => ({
      startsOn: o.from,
      endsOn: o.to || o.from,
      ...(o.reason ? { reason: o.reason } : {}),
    })),
    minNoticeMinutes: Number(draft.minNotice),
    instantConfirm: draft.instantConfirm,
  };
}

/** What went wrong with a field, as a key of the page's `errors` messages. */
export type FieldProblem =
  "overlap" | "endBeforeStart" | "slotFits" | "time" | "date" | "past" | "invalid";

function problemOf(field: string, message: string): FieldProblem {
  if (/overlaps/.test(message)) return "overlap";
  if (/must be after startTime/.test(message)) return "endBeforeStart";
  if (/does not fit/.test(message)) return "slotFits";
  if (/in the past/.test(message)) return "past";
  if (/before startsOn/.test(message)) return "endBeforeStart";
  if (/HH:MM/.test(message)) return "time";
  if (/YYYY-MM-DD/.test(message)) return "date";
  return field ? "invalid" : "invalid";
}

const rangeField: Record<string, string> = {
  startTime: "start",
  endTime: "end",
  slotMinutes: "slot",
  mode: "mode",
};
const offField: Record<string, string> = { startsOn: "from", endsOn: "to", reason: "reason" };

/** API error paths (weekly.3.startTime, timeOff.0.endsOn) as the form's input names. */
export function formErrors(
  draft: AvailabilityDraft,
  errors: readonly FieldError[],
): Record<string, FieldProblem> {
  const positions = rangePositions(draft);
  const out: Record<string, FieldProblem> = {};
  for (const e of errors) {
    const [list, index, field = ""] = e.path.split(".");
    let name: string | undefined;
    if (list === "weekly" && positions[Number(index)]) {
      const [weekday, i] = positions[Number(index)]!;
      name = `r.${weekday}.${i}.${rangeField[field] ?? "start"}`;
    } else if (list === "timeOff") {
      name = `off.${index}.${offField[field] ?? "from"}`;
    } else if (list) {
      name = list === "minNoticeMinutes" ? "minNotice" : list;
    }
    if (name && !out[name]) out[name] = problemOf(field, e.message);
  }
  return out;
}

import { slotsOf, type DayOption, type Mode } from "./strip";

/** The wizard's steps: consultation type, date, time, then details and confirm (one POST form). */
export type Step = 0 | 1 | 2 | 3;
export const LAST_STEP: Step = 3;

/** Why a choice carried in the URL was dropped (the page says so on the step it lands on). */
export type Notice =
  | { kind: "slotNotInMode"; mode: Mode; day: string; time: string }
  | { kind: "slotGone"; day: string; time: string }
  | { kind: "dayNotInMode"; mode: Mode; day: string }
  | { kind: "dayGone"; day: string };

/** What the URL asks for: `type`, `date`, `time`; `from` = the step whose form was submitted; `step` = a Back link's target. */
export type Asked = Partial<Record<"type" | "date" | "time" | "from" | "step", string>>;

export interface Wizard {
  mode: Mode | null;
  date: string;
  time: string;
  step: Step;
  notice: Notice | null;
  /** The submitted step made no choice: its field says "choose one". */
  missing: "type" | "date" | "time" | null;
}

const stepOf = (v: string | undefined): Step | null =>
  v === "0" || v === "1" || v === "2" || v === "3" ? (Number(v) as Step) : null;

/**
 * The wizard's state from its URL, computed the same way on the server (no JavaScript: every step
 * is a GET form) and in the browser (JavaScript: a step's submit is resolved here, without a
 * round trip). A choice that no longer fits is dropped with a notice: the profile's slot survives
 * choosing a mode when that mode offers it, and is cleared, saying why, when it does not.
 */
export function resolveWizard(
  modes: readonly Mode[],
  days: readonly DayOption[],
  asked: Asked,
): Wizard {
  const mode =
    modes.find((m) => m === asked.type) ?? (modes.length === 1 ? (modes[0] ?? null) : null);
  const day = days.find((d) => d.date === asked.date);
  let notice: Notice | null = null;

  let date = "";
  if (day && slotsOf(day, mode).length > 0) date = day.date;
  else if (day && mode && day.slots.length > 0)
    notice = { kind: "dayNotInMode", mode, day: day.long };
  else if (day) notice = { kind: "dayGone", day: day.long };

  let time = "";
  if (date && asked.time) {
    if (slotsOf(day, mode).some((s) => s.time === asked.time)) time = asked.time;
    else if (mode && day?.slots.some((s) => s.time === asked.time))
      notice = { kind: "slotNotInMode", mode, day: day.long, time: asked.time };
    else notice = { kind: "slotGone", day: day!.long, time: asked.time };
  }

  const firstOpen: Step = !mode ? 0 : !date ? 1 : !time ? 2 : 3;
  const from = stepOf(asked.from);
  const back = stepOf(asked.step);
  // A submitted step lands on the first step still open; a Back link on its own step (if reachable).
  const step = from === null && back !== null ? (Math.min(back, firstOpen) as Step) : firstOpen;
  const fields: readonly Wizard["missing"][] = ["type", "date", "time"];
  const missing =
    from !== null && firstOpen <= from && !notice ? (fields[firstOpen] ?? null) : null;
  return { mode, date, time, step, notice, missing };
}

/** The query string of a wizard state (plus `step` for Back links and `check` riding along). */
export function wizardQuery(
  w: Pick<Wizard, "mode" | "date" | "time">,
  extra: { step?: Step; check?: string | undefined } = {},
): string {
  const q = new URLSearchParams();
  if (w.mode) q.set("type", w.mode);
  if (w.date) q.set("date", w.date);
  if (w.time) q.set("time", w.time);
  if (extra.step !== undefined) q.set("step", String(extra.step));
  if (extra.check) q.set("check", extra.check);
  const s = q.toString();
  return s ? `?${s}` : "";
}

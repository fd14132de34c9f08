import { describe, expect, it } from "vitest";
import { noticeText } from "./notice-text";
import type { DayOption, Mode } from "./strip";
import { resolveWizard, wizardQuery } from "./wizard";

const both: Mode[] = ["online", "offline"];

function day(date: string, slots: [string, Mode[]][]): DayOption {
  return {
    date,
    weekday: "Tue",
    day: date.slice(-2),
    month: "Nov",
    long: `Day ${date}`,
    slots: slots.map(([time, modes]) => ({ time, modes, label: `Day ${date}, ${time}` })),
  };
}

// 25th: 10:00 either mode, 11:00 clinic only. 26th: clinic only. 27th: nothing free.
const days = [
  day("2026-11-25", [
    ["10:00", ["online", "offline"]],
    ["11:00", ["offline"]],
  ]),
  day("2026-11-26", [["09:00", ["offline"]]]),
  day("2026-11-27", []),
];

describe("resolveWizard", () => {
  it("starts on the type step when the doctor offers both and nothing was chosen", () => {
    expect(resolveWizard(both, days, {})).toMatchObject({ mode: null, step: 0, notice: null });
  });

  it("preselects the only mode and starts on the date step", () => {
    expect(resolveWizard(["offline"], days, {})).toMatchObject({ mode: "offline", step: 1 });
  });

  it("keeps the profile's slot while the type is still open, on the type step", () => {
    const w = resolveWizard(both, days, { date: "2026-11-25", time: "11:00" });
    expect(w).toMatchObject({ step: 0, date: "2026-11-25", time: "11:00", notice: null });
  });

  it("keeps the profile's slot after choosing a type that offers it, and goes to the last step", () => {
    const w = resolveWizard(both, days, {
      type: "online",
      date: "2026-11-25",
      time: "10:00",
      from: "0",
    });
    expect(w).toMatchObject({ mode: "online", date: "2026-11-25", time: "10:00", step: 3 });
    expect(w.notice).toBeNull();
  });

  it("clears a time the chosen type does not offer, keeps the day, and says why", () => {
    const w = resolveWizard(both, days, {
      type: "online",
      date: "2026-11-25",
      time: "11:00",
      from: "0",
    });
    expect(w).toMatchObject({ date: "2026-11-25", time: "", step: 2, missing: null });
    expect(w.notice).toEqual({
      kind: "slotNotInMode",
      mode: "online",
      day: "Day 2026-11-25",
      time: "11:00",
    });
  });

  it("clears a day without times of the chosen type and says why", () => {
    const w = resolveWizard(both, days, {
      type: "online",
      date: "2026-11-26",
      time: "09:00",
      from: "0",
    });
    expect(w).toMatchObject({ date: "", time: "", step: 1 });
    expect(w.notice).toEqual({ kind: "dayNotInMode", mode: "online", day: "Day 2026-11-26" });
  });

  it("says a slot or a day was taken meanwhile", () => {
    expect(
      resolveWizard(both, days, { type: "offline", date: "2026-11-25", time: "12:00" }).notice,
    ).toEqual({ kind: "slotGone", day: "Day 2026-11-25", time: "12:00" });
    expect(resolveWizard(both, days, { type: "offline", date: "2026-11-27" }).notice).toEqual({
      kind: "dayGone",
      day: "Day 2026-11-27",
    });
  });

  it("asks for a choice when a step was submitted without one", () => {
    expect(resolveWizard(both, days, { from: "0" })).toMatchObject({ step: 0, missing: "type" });
    expect(resolveWizard(both, days, { type: "offline", from: "1" })).toMatchObject({
      step: 1,
      missing: "date",
    });
    expect(
      resolveWizard(both, days, { type: "offline", date: "2026-11-26", from: "2" }),
    ).toMatchObject({ step: 2, missing: "time" });
  });

  it("goes back to an earlier step with the choices kept, never past the first open one", () => {
    const chosen = { type: "offline", date: "2026-11-25", time: "11:00" };
    expect(resolveWizard(both, days, { ...chosen, step: "1" })).toMatchObject({
      step: 1,
      time: "11:00",
    });
    expect(resolveWizard(both, days, { type: "offline", step: "3" })).toMatchObject({ step: 1 });
  });

  it("ignores a type the doctor does not offer and garbage in the URL", () => {
    expect(
      resolveWizard(["offline"], days, { type: "online", date: "x", time: "y", step: "9" }),
    ).toMatchObject({ mode: "offline", date: "", time: "", step: 1, notice: null });
  });
});

describe("wizardQuery and noticeText", () => {
  it("writes the choices, the step and the shared check into the URL", () => {
    expect(wizardQuery({ mode: "online", date: "2026-11-25", time: "" }, { step: 2 })).toBe(
      "?type=online&date=2026-11-25&step=2",
    );
    expect(wizardQuery({ mode: null, date: "", time: "" })).toBe("");
  });

  it("fills the day and time into the notice for the mode", () => {
    const t = {
      slotNotOnline: "{when} is not a video slot.",
      slotNotOffline: "{when} is not a clinic slot.",
      slotGone: "{when} is gone.",
      dayNotOnline: "{day}: no video.",
      dayNotOffline: "{day}: no clinic.",
      dayGone: "{day}: full.",
    };
    expect(
      noticeText({ kind: "slotNotInMode", mode: "offline", day: "Tue 25", time: "10:00" }, t),
    ).toBe("Tue 25, 10:00 is not a clinic slot.");
    expect(noticeText({ kind: "dayGone", day: "Tue 25" }, t)).toBe("Tue 25: full.");
  });
});

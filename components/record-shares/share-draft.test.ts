import { describe, expect, it } from "vitest";
import { draftHref, liveFirst, readShareDraft, shareDays, shareExpiry } from "./share-draft";
import { formatDateTimeIst } from "./format";

const doctorA = "11111111-1111-4111-8111-111111111111";
const doctorB = "22222222-2222-4222-8222-222222222222";
const rec1 = "33333333-3333-4333-8333-333333333333";
const rec2 = "44444444-4444-4444-8444-444444444444";
const stranger = "55555555-5555-4555-8555-555555555555";
const choices = { doctorIds: [doctorA, doctorB], recordIds: [rec1, rec2] };

describe("readShareDraft", () => {
  it("starts with all records, a consultation, 7 days and no doctor chosen", () => {
    expect(readShareDraft({}, choices)).toEqual({
      doctorId: "",
      scope: "all",
      recordIds: [],
      purpose: "consultation",
      days: "7",
      errors: [],
      reviewing: false,
    });
  });

  it("preselects the only doctor, and the record the record page linked with", () => {
    const draft = readShareDraft(
      { record: rec2 },
      { doctorIds: [doctorA], recordIds: [rec1, rec2] },
    );
    expect(draft).toMatchObject({ doctorId: doctorA, scope: "selected", recordIds: [rec2] });
  });

  it("reviews a complete draft", () => {
    const draft = readShareDraft(
      {
        step: "review",
        doctor: doctorB,
        scope: "selected",
        record: [rec1, rec2],
        purpose: "follow_up",
        days: "30",
      },
      choices,
    );
    expect(draft).toMatchObject({
      reviewing: true,
      errors: [],
      recordIds: [rec1, rec2],
      days: "30",
    });
  });

  it("names each wrong field instead of reviewing", () => {
    const draft = readShareDraft(
      {
        step: "review",
        doctor: stranger,
        scope: "selected",
        record: stranger,
        purpose: "gossip",
        days: "91",
      },
      choices,
    );
    expect(draft.reviewing).toBe(false);
    expect(draft.errors).toEqual(["doctor", "records", "purpose", "days"]);
    // A record or doctor that is not the patient's never reaches the form.
    expect(draft.doctorId).toBe("");
    expect(draft.recordIds).toEqual([]);
    // The typed days stay in the field beside the error.
    expect(draft.days).toBe("91");
  });

  it("does not pick the only doctor for the user at review time", () => {
    const draft = readShareDraft({ step: "review" }, { doctorIds: [doctorA], recordIds: [] });
    expect(draft.errors).toEqual(["doctor"]);
  });

  it("round-trips through the Change link", () => {
    const draft = readShareDraft(
      { doctor: doctorA, scope: "selected", record: [rec1], purpose: "second_opinion", days: "14" },
      choices,
    );
    const back = new URL(draftHref(draft), "http://x").searchParams;
    const again = readShareDraft(
      {
        doctor: back.get("doctor") ?? undefined,
        scope: back.get("scope") ?? undefined,
        record: back.getAll("record"),
        purpose: back.get("purpose") ?? undefined,
        days: back.get("days") ?? undefined,
      },
      choices,
    );
    expect(again).toEqual(draft);
  });
});

describe("shareDays", () => {
  it.each([
    ["1", 1],
    ["7", 7],
    ["90", 90],
    ["0", null],
    ["91", null],
    ["7.5", null],
    ["-3", null],
    ["", null],
    ["seven", null],
  ])("%s -> %s", (input, expected) => {
    expect(shareDays(input)).toBe(expected);
  });
});

describe("the consent's end", () => {
  it("is days later, shown on India's clock", () => {
    const end = shareExpiry(7, new Date("2026-12-04T20:00:00Z"));
    expect(end.toISOString()).toBe("2026-12-11T20:00:00.000Z");
    // 20:00 UTC is 01:30 the next morning in India.
    expect(formatDateTimeIst(end, "en")).toMatch(/12 Dec 2026.*1:30/);
    expect(formatDateTimeIst(end, "hi")).toMatch(/12 दिस/);
  });
});

describe("liveFirst", () => {
  it("puts live shares on top and keeps the newest-first order within each group", () => {
    const shares = [
      { id: "a", status: "revoked" },
      { id: "b", status: "live" },
      { id: "c", status: "expired" },
      { id: "d", status: "live" },
    ] as const;
    expect(liveFirst(shares).map((s) => s.id)).toEqual(["b", "d", "a", "c"]);
  });
});

import { describe, expect, it } from "vitest";
import { shortName, toRatingDto } from "./mappers";

describe("shortName", () => {
  it.each([
    ["Asha Rao", "Asha R."],
    ["  ravi   kumar sharma ", "ravi S."],
    ["Meera", "Meera"],
    ["", "Patient"],
  ])("%j -> %j", (full, short) => expect(shortName(full)).toBe(short));
});

describe("toRatingDto", () => {
  it("exposes the uuid as id, the short name, and an ISO time; nothing else", () => {
    const createdAt = new Date("2026-05-12T08:30:00Z");
    expect(
      toRatingDto({
        uuid: "3f1c2a8e-0000-4000-8000-000000000000",
        rating: 5,
        review: null,
        wouldRecommend: true,
        patientName: "Asha Rao",
        createdAt,
      }),
    ).toEqual({
      id: "3f1c2a8e-0000-4000-8000-000000000000",
      rating: 5,
      review: null,
      wouldRecommend: true,
      patientName: "Asha R.",
      createdAt: "2026-05-12T08:30:00.000Z",
    });
  });
});

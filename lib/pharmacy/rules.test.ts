import { describe, expect, it } from "vitest";
import {
  maxQuantity,
  orderability,
  OTC_DEFAULT_CAP,
  RX_DEFAULT_CAP,
  type DrugRuleFacts,
} from "./rules";

const otc: DrugRuleFacts = {
  prescriptionRequired: false,
  schedule: "otc",
  controlled: false,
  maxPerOrder: null,
};

describe("drug rules", () => {
  it.each([
    ["an OTC medicine", otc, "otc", OTC_DEFAULT_CAP],
    ["a Schedule G medicine", { ...otc, schedule: "g" as const }, "otc", OTC_DEFAULT_CAP],
    [
      "Schedule H",
      { ...otc, schedule: "h" as const, prescriptionRequired: true },
      "prescription",
      RX_DEFAULT_CAP,
    ],
    [
      "Schedule H1 with a cap of 2",
      { ...otc, schedule: "h1" as const, prescriptionRequired: true, maxPerOrder: 2 },
      "prescription",
      2,
    ],
    [
      "a prescription-only OTC-schedule row",
      { ...otc, prescriptionRequired: true },
      "prescription",
      RX_DEFAULT_CAP,
    ],
    ["Schedule X", { ...otc, schedule: "x" as const, prescriptionRequired: true }, "not_online", 0],
    [
      "a narcotic",
      { ...otc, schedule: "h" as const, prescriptionRequired: true, controlled: true },
      "not_online",
      0,
    ],
  ] as const)("%s", (_label, facts, how, cap) => {
    expect(orderability(facts)).toBe(how);
    expect(maxQuantity(facts)).toBe(cap);
  });

  it("never lets a row's cap lift a prescription medicine above the default", () => {
    expect(
      maxQuantity({ ...otc, schedule: "h", prescriptionRequired: true, maxPerOrder: 50 }),
    ).toBe(RX_DEFAULT_CAP);
  });
});

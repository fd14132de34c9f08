import { describe, expect, it } from "vitest";
import { emergencyStatusValues } from "./schemas";
import { canMoveEmergency, isClosedStatus, stampsFor } from "./policy";

describe("emergency transitions", () => {
  it("allows exactly the forward steps, and cancelling before help arrived", () => {
    const allowed = emergencyStatusValues.flatMap((from) =>
      emergencyStatusValues.filter((to) => canMoveEmergency(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        "pending>acknowledged",
        "pending>cancelled",
        "acknowledged>ambulance_dispatched",
        "acknowledged>cancelled",
        "ambulance_dispatched>help_arrived",
        "ambulance_dispatched>cancelled",
        "help_arrived>completed",
      ].sort(),
    );
  });

  it("stamps the step's time and knows closed requests", () => {
    expect(stampsFor("acknowledged")).toEqual(["acknowledgedAt"]);
    expect(stampsFor("ambulance_dispatched")).toEqual(["dispatchedAt"]);
    expect(stampsFor("help_arrived")).toEqual([]);
    expect(stampsFor("cancelled")).toEqual(["closedAt"]);
    expect(isClosedStatus("completed")).toBe(true);
    expect(isClosedStatus("help_arrived")).toBe(false);
  });
});

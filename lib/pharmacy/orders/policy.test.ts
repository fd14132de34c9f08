import { describe, expect, it } from "vitest";
import { canCancelOrder, canEditOrder, canMoveOrder, canReorder } from "./policy";

describe("medicine order policy", () => {
  it("lets the patient cancel until dispatch and edit only while pending", () => {
    expect(["pending", "confirmed"].every((s) => canCancelOrder(s as never))).toBe(true);
    expect(["dispatched", "delivered", "cancelled"].some((s) => canCancelOrder(s as never))).toBe(
      false,
    );
    expect(canEditOrder("pending")).toBe(true);
    expect(canEditOrder("confirmed")).toBe(false);
    expect(canReorder("delivered")).toBe(true);
    expect(canReorder("pending")).toBe(false);
  });

  it("moves forward one step at a time and never back", () => {
    expect(canMoveOrder("pending", "confirmed")).toBe(true);
    expect(canMoveOrder("confirmed", "dispatched")).toBe(true);
    expect(canMoveOrder("dispatched", "delivered")).toBe(true);
    expect(canMoveOrder("pending", "dispatched")).toBe(false);
    expect(canMoveOrder("delivered", "dispatched")).toBe(false);
    expect(canMoveOrder("dispatched", "cancelled")).toBe(false);
    expect(canMoveOrder("confirmed", "cancelled")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { accessVia, foundOr, ownedOrNotFound } from "./owner";

const patient: Actor = { userId: 1, userUuid: "u1", role: "patient", doctorId: null };
const admin: Actor = { userId: 9, userUuid: "u9", role: "admin", doctorId: null };

const codeOf = (f: () => unknown) => {
  try {
    f();
    return "ok";
  } catch (err) {
    return isAppError(err) ? `${err.code}: ${err.detail}` : "other";
  }
};

describe("access helpers", () => {
  it("let the owner in, admins only when the rule says so, and nobody else", () => {
    expect(accessVia(patient, 1)).toBe("self");
    expect(accessVia(patient, 2)).toBeNull();
    expect(accessVia(admin, 1)).toBeNull();
    expect(accessVia(admin, 1, { admins: true })).toBe("admin");
    expect(accessVia(patient, 2, { admins: true })).toBeNull();
  });

  it("answer someone else's object exactly like a missing one", () => {
    const row = { ownerId: 2, title: "x" };
    expect(codeOf(() => ownedOrNotFound(patient, row, "record"))).toBe(
      "not_found: No such record.",
    );
    expect(codeOf(() => ownedOrNotFound(patient, null, "record"))).toBe(
      "not_found: No such record.",
    );
    expect(ownedOrNotFound(patient, { ownerId: 1, title: "x" }, "record")).toEqual({
      ownerId: 1,
      title: "x",
      via: "self",
    });
    expect(ownedOrNotFound(admin, row, "record", { admins: true }).via).toBe("admin");
  });

  it("foundOr passes a present value through, even a falsy one", () => {
    expect(foundOr(0, "count")).toBe(0);
    expect(codeOf(() => foundOr(undefined, "doctor"))).toBe("not_found: No such doctor.");
  });
});

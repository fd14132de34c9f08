import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addressChoiceSchema } from "@/lib/addresses/schemas";
import { toFieldErrors } from "./errors";

const body = z.object({ deliveryAddress: addressChoiceSchema });
const errorsOf = (input: unknown) => {
  const r = body.safeParse(input);
  if (r.success) throw new Error("expected a failure");
  return toFieldErrors(r.error.issues);
};

describe("toFieldErrors", () => {
  it("points into the typed address the person meant, not at the union", () => {
    const typed = { name: "Asha", phone: "9876543210", line1: "12 MG Road", city: "Pune" };
    expect(errorsOf({ deliveryAddress: { ...typed, pincode: "12" } })).toEqual([
      { path: "deliveryAddress.pincode", message: "must be a 6-digit PIN code" },
    ]);
  });

  it("points at the saved address id when that is what was sent", () => {
    expect(errorsOf({ deliveryAddress: { addressId: "not-a-uuid" } })).toEqual([
      { path: "deliveryAddress.addressId", message: expect.any(String) },
    ]);
  });

  it("keeps plain issues as they are", () => {
    const r = z.object({ n: z.number() }).safeParse({ n: "x" });
    expect(toFieldErrors(r.error!.issues)).toEqual([{ path: "n", message: expect.any(String) }]);
  });
});

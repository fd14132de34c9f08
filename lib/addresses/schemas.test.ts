import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/errors";
import { addressChoiceSchema, addressInputSchema } from "./schemas";

const typed = {
  name: "Asha Rao",
  phone: "+91 98765 43210",
  line1: "12 MG Road",
  city: "Pune",
  pincode: "411001",
};

const pathsOf = (input: unknown) => {
  const result = addressChoiceSchema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error.issues).map((e) => e.path);
};

describe("address choice", () => {
  it("fills the state from a PIN code that settles it and normalises the phone", () => {
    expect(addressInputSchema.parse(typed)).toMatchObject({
      state: "Maharashtra",
      phone: "+919876543210",
      line2: null,
      label: null,
    });
  });

  it("parses its own output again to the same address (a service may re-validate)", () => {
    const once = addressInputSchema.parse(typed);
    expect(addressInputSchema.parse(once)).toEqual(once);
  });

  it("reports a typed address's problems at its fields, not at the whole choice", () => {
    expect(pathsOf({ ...typed, pincode: "4110" })).toEqual(["pincode"]);
    expect(pathsOf({ ...typed, name: undefined })).toEqual(["name"]);
    expect(pathsOf({ ...typed, pincode: "244001" })).toEqual(["state"]);
  });

  it("takes a saved address by id", () => {
    const id = "7f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f";
    expect(addressChoiceSchema.parse({ addressId: id })).toEqual({ addressId: id });
  });
});

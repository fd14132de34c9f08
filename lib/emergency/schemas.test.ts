import { describe, expect, it } from "vitest";
import { createEmergencyRequestSchema, updateEmergencyStatusSchema } from "./schemas";

const valid = {
  type: "medical",
  patientName: "Meera",
  symptoms: "High fever and confusion",
  city: "pune",
  contactPhone: "098765 43210",
};
const pathsOf = (input: unknown) => {
  const result = createEmergencyRequestSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
};

describe("createEmergencyRequestSchema", () => {
  it("normalises the phone and the city", () => {
    expect(createEmergencyRequestSchema.parse(valid)).toMatchObject({
      contactPhone: "+919876543210",
      city: "Pune",
    });
  });

  it.each([
    [{ ...valid, contactPhone: "" }, "contactPhone"],
    [{ ...valid, contactPhone: "12345" }, "contactPhone"],
    [{ ...valid, symptoms: "x".repeat(1001) }, "symptoms"],
    [{ ...valid, symptoms: "a\u0000b" }, "symptoms"],
    [{ ...valid, patientName: "" }, "patientName"],
    [{ ...valid, city: undefined }, "address"],
    [{ ...valid, latitude: 18.5 }, "longitude"],
    [{ ...valid, latitude: 95, longitude: 73 }, "latitude"],
  ])("refuses %j at %s", (input, path) => {
    expect(pathsOf(input)).toContain(path);
  });

  it("takes coordinates alone as the place", () => {
    expect(pathsOf({ ...valid, city: undefined, latitude: 18.5, longitude: 73.8 })).toEqual([]);
  });
});

describe("updateEmergencyStatusSchema", () => {
  it("refuses moving back to pending and a negative ETA", () => {
    expect(updateEmergencyStatusSchema.safeParse({ status: "pending" }).success).toBe(false);
    expect(
      updateEmergencyStatusSchema.safeParse({ status: "ambulance_dispatched", etaMinutes: -5 })
        .success,
    ).toBe(false);
  });
});

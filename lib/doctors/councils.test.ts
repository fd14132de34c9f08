import { describe, expect, it } from "vitest";
import { councilCodes, councilName } from "./councils";
import { createDoctorProfileSchema } from "./schemas";

describe("medical councils", () => {
  it("lists NMC first and each code once", () => {
    expect(councilCodes[0]).toBe("NMC");
    expect(new Set(councilCodes).size).toBe(councilCodes.length);
    expect(councilName("MMC")).toBe("Maharashtra Medical Council");
  });

  it("the application requires a known council", () => {
    const base = {
      specialty: "cardiologist",
      licenseNumber: "MH-2019-1",
      qualification: "MBBS",
      experienceYears: 3,
      feeOnline: "400",
      offersOnline: true,
      offersOffline: false,
      languages: ["English"],
    };
    const paths = (input: object) => {
      const r = createDoctorProfileSchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    };
    expect(paths(base)).toEqual(["registrationCouncil"]);
    expect(paths({ ...base, registrationCouncil: "XYZ" })).toEqual(["registrationCouncil"]);
    expect(paths({ ...base, registrationCouncil: "TNMC" })).toEqual([]);
  });
});

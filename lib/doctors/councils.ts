/**
 * Medical councils that register doctors in India: the National Medical Commission and the state
 * medical councils. A doctor's `registrationCouncil` is one of these codes. Isomorphic.
 */
export const councils = [
  { code: "NMC", name: "National Medical Commission" },
  { code: "APMC", name: "Andhra Pradesh Medical Council" },
  { code: "ARMC", name: "Arunachal Pradesh Medical Council" },
  { code: "AMC", name: "Assam Medical Council" },
  { code: "BMC", name: "Bihar Medical Council" },
  { code: "CGMC", name: "Chhattisgarh Medical Council" },
  { code: "DMC", name: "Delhi Medical Council" },
  { code: "GMC", name: "Goa Medical Council" },
  { code: "GJMC", name: "Gujarat Medical Council" },
  { code: "HMC", name: "Haryana Medical Council" },
  { code: "HPMC", name: "Himachal Pradesh Medical Council" },
  { code: "JKMC", name: "Jammu & Kashmir Medical Council" },
  { code: "JHMC", name: "Jharkhand Medical Council" },
  { code: "KMC", name: "Karnataka Medical Council" },
  { code: "TCMC", name: "Travancore-Cochin Medical Council (Kerala)" },
  { code: "MPMC", name: "Madhya Pradesh Medical Council" },
  { code: "MMC", name: "Maharashtra Medical Council" },
  { code: "MNMC", name: "Manipur Medical Council" },
  { code: "MGMC", name: "Meghalaya Medical Council" },
  { code: "MZMC", name: "Mizoram Medical Council" },
  { code: "NGMC", name: "Nagaland Medical Council" },
  { code: "OCMR", name: "Odisha Council of Medical Registration" },
  { code: "PMC", name: "Punjab Medical Council" },
  { code: "RMC", name: "Rajasthan Medical Council" },
  { code: "SKMC", name: "Sikkim Medical Council" },
  { code: "TNMC", name: "Tamil Nadu Medical Council" },
  { code: "TSMC", name: "Telangana State Medical Council" },
  { code: "TRMC", name: "Tripura State Medical Council" },
  { code: "UPMC", name: "Uttar Pradesh Medical Council" },
  { code: "UKMC", name: "Uttarakhand Medical Council" },
  { code: "WBMC", name: "West Bengal Medical Council" },
] as const;

export type CouncilCode = (typeof councils)[number]["code"];

export const councilCodes = councils.map((c) => c.code) as [CouncilCode, ...CouncilCode[]];

/** The council's full name for a code; the code itself when unknown (an old row). */
export const councilName = (code: string) => councils.find((c) => c.code === code)?.name ?? code;

import { describe, expect, it } from "vitest";
import { pdfPageCount, pdfText } from "@/tests/pdf-text";
import { renderPrescriptionPdf, type PrescriptionPdfContent } from "./pdf";

const content: PrescriptionPdfContent = {
  number: "RX-2026-000042",
  issuedOn: "2026-12-05",
  doctor: {
    name: "Asha Verma",
    qualification: "MBBS, MD (Medicine)",
    registrationNumber: "DMC-12345",
    registrationCouncil: "Delhi Medical Council",
  },
  patient: { name: "रमेश कुमार", age: 42, sex: "male" },
  diagnosis: "Acute pharyngitis",
  symptoms: "Sore throat, fever",
  items: [
    {
      name: "Amoxicillin 500 mg",
      dosage: "1 capsule",
      frequency: "thrice_daily",
      duration: "5 days",
      quantity: 15,
      instructions: "After food",
    },
    {
      name: "Paracetamol 650 mg",
      dosage: "1 tablet",
      frequency: "every_6h",
      duration: "3 days",
      quantity: 10,
      instructions: null,
    },
  ],
  testsAdvised: ["Complete blood count"],
  advice: "Warm saline gargles",
  followUpDate: "2026-12-12",
  replacesNumber: null,
  signatureHash: "ab".repeat(32),
};

describe("renderPrescriptionPdf", () => {
  it("is a one-page PDF carrying everything the pharmacist and the patient read", async () => {
    const pdf = await renderPrescriptionPdf(content, { compress: false });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    for (const expected of [
      "Dr. Asha Verma",
      "Registration No.: DMC-12345 (Delhi Medical Council)",
      "Signature:",
      "Patient: रमेश कुमार",
      "Date: 2026-12-05",
      "RX-2026-000042",
      "1. Amoxicillin 500 mg  1 capsule",
      "Three times daily, for 5 days, quantity 15",
      "After food",
      "2. Paracetamol 650 mg  1 tablet",
      "Every 6 hours, for 3 days",
      "Complete blood count",
      "Warm saline gargles",
      "2026-12-12",
      "issued electronically",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("\uFFFD");
  });

  it("names the prescription a correction replaces", async () => {
    const pdf = await renderPrescriptionPdf(
      { ...content, replacesNumber: "RX-2026-000041" },
      { compress: false },
    );
    expect(pdfText(pdf)).toContain("Corrects prescription RX-2026-000041");
  });

  it("runs onto a second page when twenty medicines do not fit on one", async () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      ...content.items[0]!,
      name: `Medicine ${i + 1}`,
      instructions: "Take with a full glass of water, after food, and do not skip a dose",
    }));
    const pdf = await renderPrescriptionPdf({ ...content, items }, { compress: false });
    expect(pdfPageCount(pdf)).toBeGreaterThan(1);
    expect(pdfText(pdf)).toContain("20. Medicine 20");
  });

  it("compresses by default", async () => {
    const pdf = await renderPrescriptionPdf(content);
    expect(Buffer.from(pdf).toString("latin1")).toContain("/FlateDecode");
  });
});

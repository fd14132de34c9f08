import { existsSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { DoseFrequency } from "@/db/schema/prescription-items";

/**
 * The e-prescription as a PDF: a pure function of its content (no database, no clock). One
 * embedded font, Noto Sans Devanagari from node_modules (it carries Latin too), so a Hindi name
 * renders beside English text; nothing is downloaded.
 */

const fontFile =
  "node_modules/@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf";

/**
 * The font's path, looked up the way Node finds a package: in the working directory's
 * node_modules, then each parent's. A bundled server cannot resolve it through import (the file
 * is not code), and the benchmark runs a copy of the tree whose modules live in a parent folder.
 */
function findFont(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, fontFile);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.join(process.cwd(), fontFile);
  }
}

let fontPath: string | undefined;
const prescriptionFontPath = () => (fontPath ??= findFont());

export interface PrescriptionPdfContent {
  number: string;
  /** Clinic-local date of issue, YYYY-MM-DD. */
  issuedOn: string;
  doctor: {
    name: string;
    qualification: string;
    registrationNumber: string;
    registrationCouncil: string | null;
  };
  patient: { name: string; age: number | null; sex: string | null };
  diagnosis: string;
  symptoms: string | null;
  items: ReadonlyArray<{
    name: string;
    dosage: string;
    frequency: DoseFrequency;
    duration: string;
    quantity: number;
    instructions: string | null;
  }>;
  testsAdvised: readonly string[];
  advice: string | null;
  followUpDate: string | null;
  /** The number of the prescription this one corrects. */
  replacesNumber: string | null;
  signatureHash: string;
}

export const frequencyText: Record<DoseFrequency, string> = {
  once_daily: "Once daily",
  twice_daily: "Twice daily",
  thrice_daily: "Three times daily",
  every_6h: "Every 6 hours",
  before_meals: "Before meals",
  after_meals: "After meals",
  at_bedtime: "At bedtime",
};

const font = "Noto";

/** "Asha Rao" -> "Dr. Asha Rao"; a name that already carries the title is kept. */
export const withDoctorTitle = (name: string) => (/^dr\.?\s/i.test(name) ? name : `Dr. ${name}`);

function heading(doc: PDFKit.PDFDocument, label: string) {
  doc.moveDown(0.6).fontSize(12).fillColor("#0f5132").text(label).fillColor("black").fontSize(10);
}

function writeHeader(doc: PDFKit.PDFDocument, c: PrescriptionPdfContent) {
  const { doctor, patient } = c;
  doc.fontSize(16).text(withDoctorTitle(doctor.name));
  doc.fontSize(10).text(doctor.qualification);
  const council = doctor.registrationCouncil ? ` (${doctor.registrationCouncil})` : "";
  doc.text(`Registration No.: ${doctor.registrationNumber}${council}`);
  doc.moveDown(0.5).fontSize(11).text(`Prescription ${c.number}    Date: ${c.issuedOn}`);
  if (c.replacesNumber) doc.fontSize(10).text(`Corrects prescription ${c.replacesNumber}`);
  const facts = [patient.age !== null ? `${patient.age} years` : null, patient.sex]
    .filter(Boolean)
    .join(", ");
  doc
    .moveDown(0.5)
    .fontSize(11)
    .text(`Patient: ${patient.name}${facts ? `  (${facts})` : ""}`);
}

function writeBody(doc: PDFKit.PDFDocument, c: PrescriptionPdfContent) {
  heading(doc, "Diagnosis");
  doc.text(c.diagnosis);
  if (c.symptoms) doc.text(`Symptoms: ${c.symptoms}`);
  heading(doc, "Rx");
  c.items.forEach((item, i) => {
    doc.text(`${i + 1}. ${item.name}  ${item.dosage}`);
    const line = `${frequencyText[item.frequency]}, for ${item.duration}, quantity ${item.quantity}`;
    doc.text(line, { indent: 14 });
    if (item.instructions) doc.text(item.instructions, { indent: 14 });
  });
  if (c.testsAdvised.length > 0) {
    heading(doc, "Tests advised");
    c.testsAdvised.forEach((t) => doc.text(`- ${t}`));
  }
  if (c.advice) {
    heading(doc, "Advice");
    doc.text(c.advice);
  }
  if (c.followUpDate) {
    heading(doc, "Follow-up");
    doc.text(c.followUpDate);
  }
}

function writeFooter(doc: PDFKit.PDFDocument, c: PrescriptionPdfContent) {
  doc.moveDown(2).fontSize(11).text("Signature: ______________________");
  doc.text(withDoctorTitle(c.doctor.name));
  doc
    .moveDown(1)
    .fontSize(8)
    .fillColor("#555555")
    .text(
      "This prescription was issued electronically through SwasthAI and is valid without a handwritten signature.",
    )
    .text(`Signature hash (SHA-256): ${c.signatureHash}`);
}

/** Renders the prescription; `compress: false` leaves the content streams readable (tests). */
export function renderPrescriptionPdf(
  content: PrescriptionPdfContent,
  options: { compress?: boolean } = {},
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: 50,
      compress: options.compress ?? true,
      info: {
        Title: `Prescription ${content.number}`,
        Author: withDoctorTitle(content.doctor.name),
      },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    try {
      doc.registerFont(font, prescriptionFontPath());
      doc.font(font);
      writeHeader(doc, content);
      writeBody(doc, content);
      writeFooter(doc, content);
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}

import type { AppointmentDto } from "@/lib/appointments/schemas";
import type { PrescriptionDto } from "@/lib/prescriptions/schemas";
import type { EditorDefaults } from "./PrescriptionEditor";

/** The prescription a correction would replace: the newest one nothing replaced yet. */
export function correctable(prescriptions: PrescriptionDto[]): PrescriptionDto | null {
  return prescriptions.find((p) => p.status === "issued" && p.replacedBy === null) ?? null;
}

/**
 * What the editor starts with: for a first prescription, the patient's own words as symptoms and
 * three empty rows; for a correction, everything the corrected one says (a past follow-up dropped).
 */
export function editorDefaults(
  appointment: Pick<AppointmentDto, "chiefComplaint" | "symptoms">,
  replaced: PrescriptionDto | null,
  today: string,
): EditorDefaults {
  if (!replaced) {
    const symptoms = [appointment.chiefComplaint, appointment.symptoms].filter(Boolean).join("\n");
    return { rows: 3, values: symptoms ? { symptoms } : {} };
  }
  const values: Record<string, string> = {
    diagnosis: replaced.diagnosis,
    symptoms: replaced.symptoms ?? "",
    testsAdvised: replaced.testsAdvised.join("\n"),
    advice: replaced.advice ?? "",
    followUpDate:
      replaced.followUpDate && replaced.followUpDate >= today ? replaced.followUpDate : "",
  };
  replaced.items.forEach((item, i) => {
    values[`items.${i}.name`] = item.name;
    values[`items.${i}.dosage`] = item.dosage;
    values[`items.${i}.frequency`] = item.frequency;
    values[`items.${i}.durationDays`] = String(item.durationDays ?? "");
    values[`items.${i}.quantity`] = String(item.quantity);
    values[`items.${i}.instructions`] = item.instructions ?? "";
  });
  return { rows: Math.max(1, replaced.items.length), values };
}

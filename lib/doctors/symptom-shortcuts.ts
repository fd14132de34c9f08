import type { SpecialtyKey } from "./specialties";

/**
 * Common complaints and the specialty that sees them, for people who know what they feel but not
 * whom to see. Labels live in messages (Doctors.symptoms.<key>). Not a diagnosis: the symptom
 * checker is the place for that.
 */
export const symptomShortcuts = [
  { key: "fever", specialty: "general_physician" },
  { key: "chestPain", specialty: "cardiologist" },
  { key: "skinRash", specialty: "dermatologist" },
  { key: "childIllness", specialty: "pediatrician" },
  { key: "jointPain", specialty: "orthopedic" },
  { key: "periods", specialty: "gynecologist" },
  { key: "earThroat", specialty: "ent" },
  { key: "headache", specialty: "neurologist" },
  { key: "acidity", specialty: "gastroenterologist" },
  { key: "anxiety", specialty: "psychiatrist" },
  { key: "eyes", specialty: "ophthalmologist" },
  { key: "toothache", specialty: "dentist" },
  { key: "breathless", specialty: "pulmonologist" },
  { key: "sugarThyroid", specialty: "endocrinologist" },
  { key: "urine", specialty: "urologist" },
] as const satisfies readonly { key: string; specialty: SpecialtyKey }[];

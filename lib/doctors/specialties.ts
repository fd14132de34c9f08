import type { DoctorSpecialty } from "@/db/schema/doctors";
import { sameAs, type Same } from "@/lib/validation/enums";

/**
 * The specialty catalogue: enum key (stored), the field name people search by ("Cardiology"),
 * and labels in English and Hindi. Isomorphic: used by pages, the API and the seed.
 */
export const specialties = [
  {
    key: "general_physician",
    field: "General Medicine",
    en: "General Physician",
    hi: "सामान्य चिकित्सक",
    icon: "stethoscope",
  },
  {
    key: "cardiologist",
    field: "Cardiology",
    en: "Cardiologist",
    hi: "हृदय रोग विशेषज्ञ",
    icon: "heart-pulse",
  },
  {
    key: "dermatologist",
    field: "Dermatology",
    en: "Dermatologist",
    hi: "त्वचा रोग विशेषज्ञ",
    icon: "sparkles",
  },
  {
    key: "pediatrician",
    field: "Pediatrics",
    en: "Pediatrician",
    hi: "बाल रोग विशेषज्ञ",
    icon: "baby",
  },
  {
    key: "orthopedic",
    field: "Orthopedics",
    en: "Orthopedic",
    hi: "हड्डी रोग विशेषज्ञ",
    icon: "bone",
  },
  {
    key: "gynecologist",
    field: "Gynecology",
    en: "Gynecologist",
    hi: "स्त्री रोग विशेषज्ञ",
    icon: "venus",
  },
  { key: "ent", field: "ENT", en: "ENT Specialist", hi: "नाक-कान-गला विशेषज्ञ", icon: "ear" },
  {
    key: "neurologist",
    field: "Neurology",
    en: "Neurologist",
    hi: "तंत्रिका रोग विशेषज्ञ",
    icon: "brain",
  },
  {
    key: "gastroenterologist",
    field: "Gastroenterology",
    en: "Gastroenterologist",
    hi: "पेट रोग विशेषज्ञ",
    icon: "salad",
  },
  { key: "psychiatrist", field: "Psychiatry", en: "Psychiatrist", hi: "मनोचिकित्सक", icon: "smile" },
  {
    key: "ophthalmologist",
    field: "Ophthalmology",
    en: "Ophthalmologist",
    hi: "नेत्र रोग विशेषज्ञ",
    icon: "eye",
  },
  { key: "dentist", field: "Dentistry", en: "Dentist", hi: "दंत चिकित्सक", icon: "smile-plus" },
  {
    key: "pulmonologist",
    field: "Pulmonology",
    en: "Pulmonologist",
    hi: "फेफड़ा रोग विशेषज्ञ",
    icon: "wind",
  },
  {
    key: "endocrinologist",
    field: "Endocrinology",
    en: "Endocrinologist",
    hi: "हार्मोन रोग विशेषज्ञ",
    icon: "droplet",
  },
  { key: "urologist", field: "Urology", en: "Urologist", hi: "मूत्र रोग विशेषज्ञ", icon: "activity" },
  { key: "ayurveda", field: "Ayurveda", en: "Ayurveda", hi: "आयुर्वेद", icon: "leaf" },
  {
    key: "homeopathy",
    field: "Homeopathy",
    en: "Homeopathy",
    hi: "होम्योपैथी",
    icon: "flask-conical",
  },
] as const;

export type SpecialtyKey = (typeof specialties)[number]["key"];
export const specialtyKeys = specialties.map((s) => s.key) as [SpecialtyKey, ...SpecialtyKey[]];
sameAs<Same<SpecialtyKey, DoctorSpecialty>>(true);

const byAlias = new Map<string, SpecialtyKey>();
for (const s of specialties) {
  for (const alias of [s.key, s.field, s.en, s.key.replace(/_/g, " ")]) {
    byAlias.set(alias.toLowerCase(), s.key);
  }
}

/** Accepts the key, the field ("Cardiology") or the title ("Cardiologist"), any case. */
export function parseSpecialty(value: string): SpecialtyKey | undefined {
  return byAlias.get(value.trim().toLowerCase());
}

/** A specialty's name in English or Hindi; the key itself if it is unknown. */
export function specialtyLabel(key: SpecialtyKey, locale: "en" | "hi" = "en"): string {
  const s = specialties.find((x) => x.key === key);
  return s ? s[locale] : key;
}

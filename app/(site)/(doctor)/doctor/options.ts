import "server-only";
import { getLocale } from "next-intl/server";
import { councils } from "@/lib/doctors/councils";
import { specialties } from "@/lib/doctors/specialties";

/** The specialty and council choices of the doctor form, in the user's language. */
export async function doctorFormOptions() {
  const locale = await getLocale();
  return {
    specialties: specialties.map((s) => ({ value: s.key, label: locale === "hi" ? s.hi : s.en })),
    councils: councils.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
  };
}

/** A search param as one string (the first when repeated). */
export const param = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value[0] : value;

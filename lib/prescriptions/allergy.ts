/**
 * Does a medicine match an allergy the patient recorded? Word-level and case-insensitive: an
 * allergy word (4+ letters, not a filler like "drugs") found in the medicine's brand or generic
 * name matches ("Penicillin" vs "Penicillin V 250 mg"). A tiny class table adds the common drug
 * families a patient names by class: an allergy to "penicillin" also matches amoxicillin. It warns;
 * it is not a drug-interaction database.
 */

/** Allergy word -> substrings of the names of the medicines in that class. */
export const allergyClasses: Readonly<Record<string, readonly string[]>> = {
  penicillin: ["penicillin", "amoxicillin", "ampicillin", "cloxacillin", "piperacillin"],
  penicillins: ["penicillin", "amoxicillin", "ampicillin", "cloxacillin", "piperacillin"],
  sulfa: ["sulfamethoxazole", "sulfasalazine", "sulfadiazine", "cotrimoxazole"],
  sulpha: ["sulfamethoxazole", "sulfasalazine", "sulfadiazine", "cotrimoxazole"],
  nsaid: ["ibuprofen", "diclofenac", "naproxen", "aspirin", "aceclofenac", "mefenamic"],
  nsaids: ["ibuprofen", "diclofenac", "naproxen", "aspirin", "aceclofenac", "mefenamic"],
  cephalosporin: [
    "cefalexin",
    "cephalexin",
    "cefixime",
    "ceftriaxone",
    "cefuroxime",
    "cefpodoxime",
  ],
  aspirin: ["aspirin", "acetylsalicylic"],
};

const fillers = new Set([
  "allergy",
  "allergic",
  "drug",
  "drugs",
  "medicine",
  "medicines",
  "tablet",
  "tablets",
  "mild",
  "severe",
  "reaction",
  "rash",
]);

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];

/** The recorded allergies that the medicine (brand name + generic name) matches. */
export function matchingAllergies(
  allergies: readonly string[],
  medicine: { name: string; genericName?: string | null },
): string[] {
  const names = `${medicine.name} ${medicine.genericName ?? ""}`.toLowerCase();
  return allergies.filter((allergy) =>
    wordsOf(allergy).some((word) => {
      if (word.length < 4 || fillers.has(word)) return false;
      if (names.includes(word)) return true;
      return (allergyClasses[word] ?? []).some((member) => names.includes(member));
    }),
  );
}

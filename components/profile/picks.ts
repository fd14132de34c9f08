/** Message keys of the common picks (healthProfile.conditions.picks.*, healthProfile.allergies.picks.*). */
export const conditionPicks = [
  "diabetes",
  "hypertension",
  "heartDisease",
  "asthma",
  "thyroid",
  "arthritis",
  "kidneyDisease",
  "copd",
  "anxiety",
  "depression",
] as const;

/** The seven offered during onboarding (step 3), before "None of these". */
export const onboardingConditionPicks = conditionPicks.slice(0, 7);

export const allergyPicks = [
  "penicillin",
  "peanuts",
  "shellfish",
  "latex",
  "pollen",
  "dustMites",
  "petDander",
  "sulfaDrugs",
  "aspirin",
  "eggs",
] as const;

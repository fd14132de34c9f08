/** Bumped with every change to the rules, lexicon or questions (see CHANGELOG.md). */
export const RULES_VERSION = "2026.12.10";

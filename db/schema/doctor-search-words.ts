import { sql } from "drizzle-orm";
import { index, pgTable, text } from "drizzle-orm/pg-core";

/**
 * Every word of doctors.search_words (names, clinics, localities, cities), once: the small
 * dictionary a misspelt search word is compared with (pg_trgm) before doctors are looked up by the
 * exact words it is close to. Filled by a trigger on doctors (migration 0015); words are never
 * removed, so one no doctor has any more only costs a look-up that finds nobody.
 */
export const doctorSearchWords = pgTable(
  "doctor_search_words",
  { word: text().primaryKey() },
  (t) => [index("doctor_search_words_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`)],
);

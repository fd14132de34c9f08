import type { ForumCategory } from "@/db/schema/forum-posts";
import type { ArticleCategory, ArticleLocale } from "./schemas";

/**
 * Minutes to read a body: about 200 words a minute in English, 170 in Hindi (longer words,
 * slower readers of Devanagari on a phone); never below 1. Markdown marks are not words.
 */
export function readingMinutes(body: string, locale: ArticleLocale): number {
  const words = body
    .replace(/[#>*_`[\]()|-]+/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / (locale === "en" ? 200 : 170)));
}

/** A source line as an admin types it: "Title | https://..." or just "Title". */
export interface SourceLine {
  title: string;
  url?: string;
}

/** The sources textarea, one per line, split at the last " | " (a title may hold a bar). */
export function parseSourceLines(text: string): SourceLine[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf("|");
      if (bar < 0) return { title: line };
      const title = line.slice(0, bar).trim();
      const url = line.slice(bar + 1).trim();
      return url ? { title, url } : { title };
    });
}

/** The sources as the textarea shows them again. */
export function sourceLinesText(sources: SourceLine[]): string {
  return sources.map((s) => (s.url ? `${s.title} | ${s.url}` : s.title)).join("\n");
}

/** The forum category a reader with a question about an article's topic lands in. */
export const forumCategoryOf: Record<ArticleCategory, ForumCategory> = {
  nutrition: "nutrition",
  fitness: "fitness",
  mental_health: "mental_health",
  wellness: "wellness",
  diseases: "chronic_conditions",
  lifestyle: "wellness",
  women_health: "general",
  child_health: "general",
  senior_care: "general",
  preventive_care: "preventive_care",
};

/** Words of a search box as 'simple' tsquery terms (letters, marks and digits only). */
export function searchWords(q: string): string[] {
  return (q.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
    .slice(0, 8)
    .map((w) => w.toLowerCase());
}

import "server-only";
import { searchPublishedArticles } from "@/lib/articles/queries";
import { coachCopy } from "../copy";
import { buildEmbeddedAnswer, searchWords } from "./embedded-answer";
import type { CoachAdapter } from "./types";

/**
 * The coach without a model: full-text search over published articles in the user's language
 * (then the other one), the best 1-2 quoted and linked. It never says anything an article does
 * not, and says so. "Streams" in paragraph chunks through the same interface as the AI adapter.
 */
export const embeddedAdapter: CoachAdapter = {
  name: "embedded",
  model: "embedded-articles",
  answer(question) {
    async function* textStream() {
      const words = searchWords(question.question);
      const other = question.locale === "en" ? "hi" : "en";
      let found = await searchPublishedArticles({ words, locale: question.locale });
      if (found.length === 0) found = await searchPublishedArticles({ words, locale: other });
      // A second article only when it is nearly as relevant as the first (not a passing mention).
      const top = found[0]?.rank ?? 0;
      found = found.filter((hit) => hit.rank >= top * 0.5);
      const text = buildEmbeddedAnswer(
        question.question,
        found,
        coachCopy(question.locale).embedded,
      );
      for (const chunk of text.split(/(?<=\n\n)/)) yield chunk;
    }
    return { textStream: textStream(), usage: async () => ({ tokensIn: null, tokensOut: null }) };
  },
};

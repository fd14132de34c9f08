/**
 * The embedded coach's reasoning, pure: which words of a question to search for, which paragraph
 * of an article answers it best, and the Markdown answer quoting it. It only ever repeats what a
 * reviewed article says, with a link to it.
 */

// Words that say nothing about the topic (English, Hindi, romanised Hindi).
const stopWords = new Set(
  (
    "a an and are as at be been but by can could did do does doing for from get got had has have how i if in " +
    "into is it its just me more most much my no not of on or our please should so some tell than that the " +
    "their them then there these they this to too very was what when where which who why will with would you " +
    "your about any many best good help want need know way ways day daily tips give better make keep " +
    "kya kaise kaisa kaisi kyu kyon hai hain ho mujhe mera meri mere ke ki ka ko se me mein aur bhi nahi " +
    "chahiye karna kare karen liye par koi " +
    "क्या कैसे कैसा कैसी क्यों है हैं हो मुझे मेरा मेरी मेरे के की का को से में और भी नहीं चाहिए करना करें " +
    "करे लिए पर कोई यह वह तो एक"
  ).split(" "),
);

/** The search words of a question: lower-case letters and digits, 3+ characters, no filler. */
export function searchWords(question: string, max = 8): string[] {
  const words = question.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const kept = words.filter((w) => [...w].length >= 3 && !stopWords.has(w));
  return [...new Set(kept)].slice(0, max);
}

/** The paragraph of a Markdown body that shares the most words with the question (not a heading). */
export function bestParagraph(body: string, words: string[], maxLength = 500): string {
  // A heading line directly above text belongs to its section: keep the text, drop the heading.
  const cleaned = body
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split("\n")
        .filter((line) => !/^#{1,6}\s/.test(line))
        .join("\n")
        .trim(),
    )
    .filter((p) => p.length > 0);
  let best = cleaned[0] ?? "";
  let bestScore = -1;
  for (const paragraph of cleaned) {
    const lower = paragraph.toLowerCase();
    const score = words.reduce((sum, w) => sum + (lower.includes(w) ? 1 : 0), 0);
    if (score > bestScore) {
      best = paragraph;
      bestScore = score;
    }
  }
  if ([...best].length <= maxLength) return best;
  const cut = [...best].slice(0, maxLength).join("");
  const end = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("। "), cut.lastIndexOf("\n"));
  return `${end > maxLength / 2 ? cut.slice(0, end + 1) : cut}…`;
}

/** A paragraph as a Markdown blockquote (every line quoted). */
export function quote(paragraph: string): string {
  return paragraph
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

export interface EmbeddedCopy {
  intro: string;
  /** "From {title}:" with the title linked. */
  from: (title: string, href: string) => string;
  readMore: (href: string) => string;
  nothingFound: string;
}

export interface QuotedArticle {
  slug: string;
  title: string;
  body: string;
}

/** The embedded coach's answer: what it is, then the best 1-2 articles quoted and linked. */
export function buildEmbeddedAnswer(
  question: string,
  found: QuotedArticle[],
  copy: EmbeddedCopy,
): string {
  if (found.length === 0) return `${copy.intro}\n\n${copy.nothingFound}`;
  const words = searchWords(question);
  const parts = found.slice(0, 2).map((article) => {
    const href = `/articles/${article.slug}`;
    return [
      copy.from(article.title.replace(/[[\]]/g, ""), href),
      quote(bestParagraph(article.body, words)),
      copy.readMore(href),
    ].join("\n\n");
  });
  return [copy.intro, ...parts].join("\n\n");
}

import { safeCallbackUrl } from "@/lib/auth/callback-url";

/** The articles page a form came from (its hidden `returnTo`), else the list itself. */
export function articlesReturnPath(value: unknown): string {
  const safe = safeCallbackUrl(value);
  return safe && (safe === "/articles" || /^\/articles[/?]/.test(safe)) ? safe : "/articles";
}

/** What the article and saved pages may announce after a form (`?notice=`). */
export const articleNotices = [
  "saved",
  "unsaved",
  "posted",
  "deleted",
  "invalid",
  "rate_limited",
  "failed",
] as const;
export type ArticleNotice = (typeof articleNotices)[number];

export const articleNoticeOf = (value: unknown): ArticleNotice | null =>
  articleNotices.find((n) => n === value) ?? null;

/** The notices that report a failure (shown as errors, not successes). */
export const failedNotices: readonly ArticleNotice[] = ["invalid", "rate_limited", "failed"];

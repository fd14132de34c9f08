import { Markdown } from "@/components/ui/Markdown";
import type { ArticleDto } from "@/lib/articles/schemas";

// What a writer typed, as readers get it. Nothing here reads a translation hook, so a test can
// render it to a string and check that nothing in it can run.

/** The title and summary, as text. */
export function ArticleTitle({
  article,
}: {
  article: Pick<ArticleDto, "locale" | "title" | "excerpt">;
}) {
  return (
    <>
      <h1 lang={article.locale} className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        {article.title}
      </h1>
      <p lang={article.locale} className="mt-2 text-lg text-slate-700">
        {article.excerpt}
      </p>
    </>
  );
}

/**
 * The body through the one sanitising Markdown renderer, and the sources as plain links (only
 * http(s)) that pass no ranking and no opener.
 */
export function ArticleBody({
  article,
  sourcesTitle,
}: {
  article: Pick<ArticleDto, "locale" | "body" | "sources">;
  sourcesTitle: string;
}) {
  const safeSources = article.sources.map((s) => ({
    title: s.title,
    url: s.url && /^https?:\/\//i.test(s.url) ? s.url : undefined,
  }));
  return (
    <>
      <div lang={article.locale}>
        <Markdown
          headingOffset={0}
          minLevel={2}
          className="space-y-4 text-base break-words text-slate-800"
        >
          {article.body}
        </Markdown>
      </div>
      {safeSources.length > 0 ? (
        <section aria-labelledby="sources-title" className="mt-8">
          <h2 id="sources-title" className="text-lg font-semibold text-slate-900">
            {sourcesTitle}
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm text-slate-700">
            {safeSources.map((s, i) => (
              <li key={i}>
                {s.url ? (
                  <a
                    href={s.url}
                    rel="nofollow noopener noreferrer"
                    className="text-brand-800 underline underline-offset-2"
                  >
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

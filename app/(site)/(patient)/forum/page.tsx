import type { Metadata } from "next";
import Link from "next/link";
import { MessagesSquare, Plus, Search } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { CategoryChips } from "@/components/forum/CategoryChips";
import { forumHref, type ForumListState } from "@/components/forum/forum-href";
import { PostCard } from "@/components/forum/PostCard";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { Pagination } from "@/components/ui/Pagination";
import { Tabs } from "@/components/ui/Tabs";
import { getActor } from "@/lib/auth/session";
import { listPosts } from "@/lib/forum/queries";
import { forumSorts, listPostsQuerySchema } from "@/lib/forum/schemas";
import { logger } from "@/lib/log/logger";
import { togglePostVoteAction } from "./actions";
import { NoticeAlert, type SearchParams } from "./notices";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Forum");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/** The list's state from the URL; anything malformed falls back to the plain list. */
function stateOf(raw: SearchParams): ForumListState {
  const pick = (k: string) => (typeof raw[k] === "string" ? raw[k] : undefined);
  const parsed = listPostsQuerySchema.safeParse({
    q: pick("q"),
    category: pick("category"),
    sort: pick("sort"),
    page: pick("page"),
  });
  if (!parsed.success) return { sort: "new", page: 1 };
  const { q, category, sort, page } = parsed.data;
  return { q, category, sort, page };
}

/** Health forum (#20): public list with search, sort tabs, category chips and one-vote toggles. */
export default async function ForumPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const state = stateOf(raw);
  const [t, actor] = await Promise.all([getTranslations("Forum"), getActor()]);
  const result = await listPosts(actor, { ...state, pageSize: 20 }).catch((error: unknown) => {
    logger.error({ err: error }, "forum list failed");
    return null;
  });
  const here = forumHref(state);
  const filtered = Boolean(state.q || state.category);

  return (
    <>
      <div className="bg-brand-700 text-white">
        <PageContainer className="space-y-4 py-8">
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <h1 className="text-2xl font-bold md:text-3xl">{t("title")}</h1>
              <p className="mt-1 text-brand-50">{t("subtitle")}</p>
            </div>
            <Link href="/forum/new" className={buttonClass("secondary")}>
              <Plus aria-hidden="true" className="size-4" />
              {t("newPost")}
            </Link>
          </div>
          <form action="/forum" method="get" role="search" className="flex gap-2">
            {state.category ? <input type="hidden" name="category" value={state.category} /> : null}
            {state.sort !== "new" ? <input type="hidden" name="sort" value={state.sort} /> : null}
            <label htmlFor="forum-q" className="sr-only">
              {t("searchLabel")}
            </label>
            <input
              id="forum-q"
              name="q"
              type="search"
              defaultValue={state.q ?? ""}
              maxLength={100}
              placeholder={t("searchPlaceholder")}
              className="block w-full rounded-lg border border-white/40 bg-white px-3 py-2 text-base text-slate-900"
            />
            <button type="submit" className={buttonClass("secondary")}>
              <Search aria-hidden="true" className="size-4" />
              {t("searchButton")}
            </button>
          </form>
        </PageContainer>
      </div>
      <PageContainer className="space-y-4">
        <NoticeAlert raw={raw} />
        <Tabs
          label={t("sortLabel")}
          current={state.sort}
          tabs={forumSorts.map((sort) => ({
            key: sort,
            label: t(`sort.${sort}`),
            href: forumHref(state, { sort, page: 1 }),
          }))}
        />
        <CategoryChips state={state} />
        <p className="text-xs text-slate-600">{t("disclaimer")}</p>
        {!result ? (
          <Alert tone="error">{t("loadFailed")}</Alert>
        ) : (
          <section aria-labelledby="forum-results" className="space-y-3">
            <h2
              id="forum-results"
              aria-live="polite"
              className="text-sm font-medium text-slate-700"
            >
              {t("resultsCount", { count: result.meta.total })}
            </h2>
            {result.data.length === 0 ? (
              <EmptyState
                icon={<MessagesSquare aria-hidden="true" />}
                title={filtered ? t("emptySearch.title") : t("empty.title")}
                hint={filtered ? t("emptySearch.hint") : t("empty.hint")}
                action={
                  <Link href="/forum/new" className={buttonClass("primary")}>
                    {t("empty.action")}
                  </Link>
                }
              />
            ) : (
              <ul className="space-y-3">
                {result.data.map((post) => (
                  <li key={post.id}>
                    <PostCard
                      post={post}
                      signedIn={actor !== null}
                      returnTo={here}
                      voteAction={togglePostVoteAction}
                    />
                  </li>
                ))}
              </ul>
            )}
            <Pagination
              page={result.meta.page}
              pageSize={result.meta.pageSize}
              total={result.meta.total}
              hrefFor={(page) => forumHref(state, { page })}
            />
          </section>
        )}
      </PageContainer>
    </>
  );
}

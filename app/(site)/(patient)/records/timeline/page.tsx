import type { Metadata } from "next";
import Link from "next/link";
import { History } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { TimelineFilters } from "@/components/timeline/TimelineFilters";
import { TimelineList } from "@/components/timeline/TimelineList";
import { timelineHref, type TimelineSearch } from "@/components/timeline/search-params";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { listTimeline, listTimelineYears } from "@/lib/timeline/queries";
import { isTimelineCursor } from "@/lib/timeline/cursor";
import { timelineQuerySchema } from "@/lib/timeline/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("timeline");
  return { title: t("metaTitle") };
}

type Params = { types?: string | string[]; year?: string | string[]; cursor?: string | string[] };

/**
 * The URL's filters; anything that does not parse is dropped (the page never fails on a URL), and
 * a cursor from an old or edited link is reported as stale so the page starts from the newest.
 */
function searchOf(params: Params): { search: TimelineSearch; stale: boolean } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const cursor = one(params.cursor);
  const stale = cursor !== undefined && !isTimelineCursor(cursor);
  const parsed = timelineQuerySchema.safeParse({
    types: params.types,
    year: one(params.year),
    cursor: stale ? undefined : cursor,
  });
  if (parsed.success) {
    const { types, year } = parsed.data;
    return { search: { types, year, cursor: parsed.data.cursor }, stale };
  }
  const loose = timelineQuerySchema.safeParse({ year: one(params.year) });
  return { search: loose.success ? { year: loose.data.year } : {}, stale };
}

/**
 * The medical history timeline (issue #10 item 5): everything that happened, newest first, grouped
 * by month, filtered by kind and year through a GET form; "Load older items" is a link carrying
 * the keyset cursor, so it all works without JavaScript.
 */
export default async function TimelinePage({ searchParams }: { searchParams: Promise<Params> }) {
  const { search, stale } = searchOf(await searchParams);
  const actor = await requireActor(timelineHref(search));
  const t = await getTranslations("timeline");
  const [page, years] = await Promise.all([
    listTimeline(actor, "me", search),
    listTimelineYears(actor, "me"),
  ]);
  const filtered = (search.types?.length ?? 0) > 0 || search.year !== undefined;

  return (
    <PageContainer className="max-w-3xl">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <TimelineFilters search={search} years={years} />
      {stale ? (
        <Alert tone="error" className="mb-6">
          {t("staleLink")}
        </Alert>
      ) : null}
      {page.data.length === 0 ? (
        <EmptyState
          icon={<History aria-hidden="true" />}
          title={t(filtered ? "empty.filteredTitle" : "empty.title")}
          hint={t(filtered ? "empty.filteredHint" : "empty.hint")}
          action={
            filtered ? undefined : (
              <Link href="/doctors" className={buttonClass("primary")}>
                {t("empty.find")}
              </Link>
            )
          }
        />
      ) : (
        <TimelineList items={page.data} />
      )}
      <nav aria-label={t("title")} className="mt-6 flex flex-wrap gap-3">
        {page.nextCursor ? (
          <Link
            href={timelineHref({ ...search, cursor: page.nextCursor })}
            className={buttonClass("secondary")}
          >
            {t("loadMore")}
          </Link>
        ) : null}
        {search.cursor ? (
          <Link
            href={timelineHref({ ...search, cursor: undefined })}
            className={buttonClass("ghost")}
          >
            {t("newest")}
          </Link>
        ) : null}
      </nav>
    </PageContainer>
  );
}

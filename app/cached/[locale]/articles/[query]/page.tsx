import type { Metadata } from "next";
import { notFound } from "next/navigation";
import ArticlesPage, {
  generateMetadata as articlesMetadata,
} from "@/app/(site)/(patient)/articles/page";
import { publicTags, tagThisPage } from "@/lib/cache/public-pages";
import { isCanonicalArticleSegment, queryOfSegment } from "@/lib/cache/public-routes";
import { enterLocale } from "../../page-locale";

type Props = { params: Promise<{ locale: string; query: string }> };

// Articles change by the admin's edits (expired by tag); the time limit bounds anything else.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  return articlesMetadata();
}

/**
 * The article list for signed-out readers: one cached copy per locale and canonical query (search,
 * category, article language, page; lib/cache/public-routes.ts), rendered by the same page as
 * /articles.
 */
export default async function CachedArticlesPage({ params }: Props) {
  await enterLocale(params);
  const { query } = await params;
  if (!isCanonicalArticleSegment(query)) notFound();
  await tagThisPage(publicTags.articles);
  return <ArticlesPage searchParams={Promise.resolve(queryOfSegment(query))} />;
}

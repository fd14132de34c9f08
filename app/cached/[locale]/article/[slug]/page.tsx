import type { Metadata } from "next";
import ArticlePage, {
  generateMetadata as articleMetadata,
} from "@/app/(site)/(patient)/articles/[slug]/page";
import { publicTags, tagThisPage } from "@/lib/cache/public-pages";
import { enterLocale } from "../../page-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Edits and comments expire the copy at once (by tag); the time limit bounds what no write
// announces (an article whose publication date arrives).
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const noQuery = Promise.resolve({});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  return articleMetadata({ params, searchParams: noQuery });
}

/**
 * An article for signed-out readers, rendered by the same page as /articles/[slug]: "Sign in to
 * save", comments to read with a sign-in prompt, the share link from APP_URL. Views are counted
 * by proxy.ts on each open, not here.
 */
export default async function CachedArticlePage({ params }: Props) {
  await enterLocale(params);
  const { slug } = await params;
  // Tagged before the read, so a "not found" copy is dropped too when the article is published.
  await tagThisPage(publicTags.articles, publicTags.article(slug));
  return <ArticlePage params={params} searchParams={noQuery} />;
}

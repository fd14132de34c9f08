import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
import { logger } from "@/lib/log/logger";
import { published } from "./queries";

/**
 * Counts one open of a published article (`views = views + 1`, settled by the database); false
 * when no published article has this slug. The page no longer counts while rendering: its
 * signed-out copy is rendered once and served from the cache, so proxy.ts counts each open.
 */
export async function countArticleView(slug: string): Promise<boolean> {
  const counted = await db
    .update(articles)
    .set({ views: sql`${articles.views} + 1`, updatedAt: sql`${articles.updatedAt}` })
    .where(and(eq(articles.slug, slug), published()))
    .returning({ id: articles.id });
  return counted.length > 0;
}

/** proxy.ts's call, after the page is on its way: a failed count is logged, never the reader's problem. */
export async function countArticleViewQuietly(slug: string): Promise<void> {
  try {
    await countArticleView(slug);
  } catch (error) {
    logger.error({ err: error, slug }, "article view not counted");
  }
}

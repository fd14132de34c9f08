import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { forumPostViews, forumPosts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { todayInIndia } from "@/lib/validation/fields";
import { viewerKey } from "../alias";
import { findPost, getPost } from "../queries";
import type { PostDto } from "../schemas";

/**
 * Opens a thread (GET /forum/posts/:id and the thread page): the post as getPost returns it, after
 * counting a view at most once per viewer and (India) day. The counter moves only when the view
 * row was new (`on conflict do nothing`), so reloads and parallel loads count once. Hidden posts
 * (seen only by author and admins) are not counted.
 */
export async function viewPost(
  actor: Actor | null,
  uuid: string,
  clientAddress: string,
): Promise<PostDto> {
  const post = await getPost(actor, uuid);
  if (post.hidden) return post;
  const key = viewerKey(actor ? { userId: actor.userId } : { address: clientAddress });
  const counted = await db.transaction(async (tx) => {
    const found = await findPost(tx, uuid);
    if (!found) return false;
    const inserted = await tx
      .insert(forumPostViews)
      .values({ postId: found.id, viewerKey: key, viewedOn: todayInIndia() })
      .onConflictDoNothing()
      .returning({ id: forumPostViews.id });
    if (inserted.length === 0) return false;
    await tx
      .update(forumPosts)
      .set({ views: sql`${forumPosts.views} + 1` })
      .where(eq(forumPosts.id, found.id));
    return true;
  });
  return counted ? { ...post, views: post.views + 1 } : post;
}

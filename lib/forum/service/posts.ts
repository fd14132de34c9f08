import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { forumPosts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { deletePostAsModerator } from "@/lib/moderation/service";
import { enforceRateLimit } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { anonymousAlias } from "../alias";
import { canDelete, canEdit, canSee } from "../policy";
import { findPost, getPost, postFacts, postNotFound } from "../queries";
import {
  createPostSchema,
  updatePostSchema,
  type CreatePostInput,
  type PostDto,
  type UpdatePostInput,
} from "../schemas";

export const lockedError = () => new AppError("conflict", "This thread is locked by moderators.");

/**
 * Starts a thread as the actor. In a sensitive category it may be posted under an alias, derived
 * from (author, thread) so nobody but admins can tell who wrote it. Counted before the work.
 */
export async function createPost(actor: Actor, input: CreatePostInput): Promise<PostDto> {
  await enforceRateLimit("forum_post", String(actor.userId));
  const post = parseInput(createPostSchema, input);
  // The id is chosen here so the alias can be derived from it in the one insert.
  const uuid = randomUUID();
  await translateDbErrors(() =>
    db.insert(forumPosts).values({
      uuid,
      authorId: actor.userId,
      title: post.title,
      content: post.content,
      category: post.category,
      anonymousAlias: post.anonymous ? anonymousAlias(actor.userId, uuid) : null,
    }),
  );
  return getPost(actor, uuid);
}

/** The author rewrites title and body while the thread is not locked (404 for others, 409 locked). */
export async function updatePost(
  actor: Actor,
  uuid: string,
  input: UpdatePostInput,
): Promise<PostDto> {
  await enforceRateLimit("forum_edit", String(actor.userId));
  const changes = parseInput(updatePostSchema, input);
  const post = await findPost(db, uuid);
  if (!post || post.authorId !== actor.userId) throw postNotFound();
  if (!canEdit(actor, postFacts(post))) throw lockedError();
  const now = new Date();
  const [row] = await db
    .update(forumPosts)
    .set({ ...changes, editedAt: now, updatedAt: now })
    // The lock is re-checked in the statement: a moderator locking meanwhile wins.
    .where(and(eq(forumPosts.id, post.id), isNull(forumPosts.lockedAt)))
    .returning({ id: forumPosts.id });
  if (!row) throw lockedError();
  return getPost(actor, uuid);
}

/**
 * Deletes a thread with its replies, votes and views: the author's own. An admin deleting someone
 * else's is moderation (lib/moderation): a reason is required (422), the thread's open reports are
 * settled, the author is told why and the admin log records it. 404 for anyone else.
 */
export async function deletePost(
  actor: Actor,
  uuid: string,
  options: { reason?: string | null } = {},
): Promise<void> {
  await enforceRateLimit("forum_edit", String(actor.userId));
  const post = await findPost(db, uuid);
  if (!post) throw postNotFound();
  const facts = postFacts(post);
  if (!canSee(actor, facts) || !canDelete(actor, facts)) throw postNotFound();
  if (post.authorId !== actor.userId) {
    await deletePostAsModerator(actor, uuid, options.reason ?? "");
    return;
  }
  await db
    .delete(forumPosts)
    .where(and(eq(forumPosts.id, post.id), eq(forumPosts.authorId, actor.userId)));
}

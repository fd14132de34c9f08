import "server-only";
import { and, asc, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import {
  doctors,
  forumPostUpvotes,
  forumPosts,
  forumReplies,
  forumReplyUpvotes,
  users,
} from "@/db/schema";
import type { Page, Pagination } from "@/lib/api/pagination";
import { paginationSchema } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { toPostDto, toPostSummaryDto, toReplyDto } from "./mappers";
import { canDelete, canEdit, canReply, canSee, seesRealAuthor } from "./policy";
import {
  listPostsQuerySchema,
  type ListPostsQuery,
  type PostDto,
  type PostSummaryDto,
  type ReplyDto,
} from "./schemas";

export const postNotFound = () => new AppError("not_found", "No such forum post.");
export const replyNotFound = () => new AppError("not_found", "No such reply.");

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const searchText = sql`lower(${forumPosts.title} || ' ' || ${forumPosts.content})`;

const verifiedDoctor = (
  authorId: SQL | typeof forumPosts.authorId | typeof forumReplies.authorId,
) =>
  sql<boolean>`exists (select 1 from ${doctors} where ${doctors.userId} = ${authorId} and ${doctors.verificationStatus} = 'verified')`;

function postColumns(actor: Actor | null) {
  return {
    uuid: forumPosts.uuid,
    title: forumPosts.title,
    content: forumPosts.content,
    category: forumPosts.category,
    upvotes: forumPosts.upvotes,
    views: forumPosts.views,
    replyCount: forumPosts.replyCount,
    isPinned: forumPosts.isPinned,
    lockedAt: forumPosts.lockedAt,
    hiddenAt: forumPosts.hiddenAt,
    moderationNote: forumPosts.moderationNote,
    createdAt: forumPosts.createdAt,
    editedAt: forumPosts.editedAt,
    anonymousAlias: forumPosts.anonymousAlias,
    authorId: forumPosts.authorId,
    authorUuid: users.uuid,
    authorName: users.fullName,
    authorIsVerifiedDoctor: verifiedDoctor(forumPosts.authorId),
    myVote: actor
      ? sql<boolean>`exists (select 1 from ${forumPostUpvotes} where ${forumPostUpvotes.postId} = ${forumPosts.id} and ${forumPostUpvotes.userId} = ${actor.userId})`
      : sql<boolean>`false`,
  };
}

/**
 * The forum's visible posts: pinned first, then newest, most upvoted (top) or most viewed
 * (trending). `q` is typo-tolerant: a substring of title + body, or a word close enough to one of
 * its words (pg_trgm `<%`, served by forum_posts_search_trgm_idx). Hidden posts are never listed,
 * not even to their authors or admins (they reach them by link). Public.
 */
export async function listPosts(
  actor: Actor | null,
  input: ListPostsQuery,
): Promise<Page<PostSummaryDto>> {
  const { category, q, sort, page, pageSize } = parseInput(listPostsQuerySchema, input);
  const where = and(
    isNull(forumPosts.hiddenAt),
    category ? eq(forumPosts.category, category) : undefined,
    q
      ? or(
          sql`${searchText} like lower(${`%${escapeLike(q)}%`})`,
          sql`lower(${q}) <% ${searchText}`,
        )
      : undefined,
  );
  const order =
    sort === "top"
      ? [desc(forumPosts.upvotes)]
      : sort === "trending"
        ? [desc(forumPosts.views)]
        : [];
  const [rows, [count]] = await Promise.all([
    db
      .select(postColumns(actor))
      .from(forumPosts)
      .innerJoin(users, eq(users.id, forumPosts.authorId))
      .where(where)
      .orderBy(desc(forumPosts.isPinned), ...order, desc(forumPosts.createdAt), desc(forumPosts.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(forumPosts)
      .where(where),
  ]);
  const real = seesRealAuthor(actor);
  return {
    data: rows.map((row) => toPostSummaryDto(row, real)),
    meta: { page, pageSize, total: Number(count?.n ?? 0) },
  };
}

/** The bare facts of a post, by its public id (internal: does not authorize). */
export async function findPost(on: Queryable, uuid: string) {
  if (!isUuid(uuid)) return undefined;
  const [row] = await on
    .select({
      id: forumPosts.id,
      uuid: forumPosts.uuid,
      authorId: forumPosts.authorId,
      title: forumPosts.title,
      category: forumPosts.category,
      hiddenAt: forumPosts.hiddenAt,
      lockedAt: forumPosts.lockedAt,
    })
    .from(forumPosts)
    .where(eq(forumPosts.uuid, uuid))
    .limit(1);
  return row;
}

export const postFacts = (post: {
  authorId: number;
  hiddenAt: Date | null;
  lockedAt: Date | null;
}) => ({
  authorId: post.authorId,
  hidden: post.hiddenAt !== null,
  locked: post.lockedAt !== null,
});

/**
 * One post with what this reader may do with it. A hidden post is 404 for everyone but its author
 * (who sees the moderators' note) and admins. Public; does not count a view (viewPost does).
 */
export async function getPost(actor: Actor | null, uuid: string): Promise<PostDto> {
  if (!isUuid(uuid)) throw postNotFound();
  const [row] = await db
    .select(postColumns(actor))
    .from(forumPosts)
    .innerJoin(users, eq(users.id, forumPosts.authorId))
    .where(eq(forumPosts.uuid, uuid))
    .limit(1);
  if (!row) throw postNotFound();
  const facts = postFacts(row);
  if (!canSee(actor, facts)) throw postNotFound();
  return toPostDto(row, seesRealAuthor(actor), {
    mine: actor?.userId === row.authorId,
    canEdit: canEdit(actor, facts),
    canDelete: canDelete(actor, facts),
    canReply: canReply(actor, facts),
  });
}

function replyColumns(actor: Actor | null) {
  return {
    uuid: forumReplies.uuid,
    postUuid: forumPosts.uuid,
    content: forumReplies.content,
    upvotes: forumReplies.upvotes,
    isHelpful: forumReplies.isHelpful,
    hiddenAt: forumReplies.hiddenAt,
    moderationNote: forumReplies.moderationNote,
    createdAt: forumReplies.createdAt,
    editedAt: forumReplies.editedAt,
    anonymousAlias: forumReplies.anonymousAlias,
    authorId: forumReplies.authorId,
    postAuthorId: forumPosts.authorId,
    postLockedAt: forumPosts.lockedAt,
    postHiddenAt: forumPosts.hiddenAt,
    authorUuid: users.uuid,
    authorName: users.fullName,
    authorIsVerifiedDoctor: verifiedDoctor(forumReplies.authorId),
    myVote: actor
      ? sql<boolean>`exists (select 1 from ${forumReplyUpvotes} where ${forumReplyUpvotes.replyId} = ${forumReplies.id} and ${forumReplyUpvotes.userId} = ${actor.userId})`
      : sql<boolean>`false`,
  };
}

type ReplyRow = Awaited<ReturnType<typeof selectReplies>>[number];

function selectReplies(actor: Actor | null, where: SQL | undefined) {
  return db
    .select(replyColumns(actor))
    .from(forumReplies)
    .innerJoin(forumPosts, eq(forumPosts.id, forumReplies.postId))
    .innerJoin(users, eq(users.id, forumReplies.authorId))
    .where(where);
}

function toReplyFor(actor: Actor | null, row: ReplyRow): ReplyDto {
  const facts = {
    authorId: row.authorId,
    hidden: row.hiddenAt !== null,
    locked: row.postLockedAt !== null,
  };
  return toReplyDto(row, seesRealAuthor(actor), {
    mine: actor?.userId === row.authorId,
    canEdit: canEdit(actor, facts),
    canDelete: canDelete(actor, facts),
    canMarkHelpful: actor !== null && actor.userId === row.postAuthorId && !facts.hidden,
  });
}

/** Replies others may see, plus the reader's own hidden ones (admins see all). */
function visibleReplies(actor: Actor | null): SQL | undefined {
  if (actor?.role === "admin") return undefined;
  return actor
    ? or(isNull(forumReplies.hiddenAt), eq(forumReplies.authorId, actor.userId))
    : isNull(forumReplies.hiddenAt);
}

/**
 * A thread's replies, oldest first, the way this reader may see them (a hidden reply only to its
 * author, with the moderators' note, and to admins). The post itself must be visible to them.
 */
export async function listReplies(
  actor: Actor | null,
  postUuid: string,
  input: Partial<Pagination> = {},
): Promise<Page<ReplyDto>> {
  const { page, pageSize } = parseInput(paginationSchema, input);
  const post = await findPost(db, postUuid);
  if (!post || !canSee(actor, postFacts(post))) throw postNotFound();
  const where = and(eq(forumReplies.postId, post.id), visibleReplies(actor));
  const [rows, [count]] = await Promise.all([
    selectReplies(actor, where)
      .orderBy(asc(forumReplies.createdAt), asc(forumReplies.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(forumReplies)
      .where(where),
  ]);
  return {
    data: rows.map((row) => toReplyFor(actor, row)),
    meta: { page, pageSize, total: Number(count?.n ?? 0) },
  };
}

/** One reply as this reader may see it (for the edit page and the API); 404 otherwise. */
export async function getReply(actor: Actor | null, uuid: string): Promise<ReplyDto> {
  if (!isUuid(uuid)) throw replyNotFound();
  const [row] = await selectReplies(
    actor,
    and(eq(forumReplies.uuid, uuid), visibleReplies(actor)),
  ).limit(1);
  if (!row) throw replyNotFound();
  // A reply under a hidden post is as hidden as the post.
  const thread = { authorId: row.postAuthorId, hidden: row.postHiddenAt !== null, locked: false };
  if (!canSee(actor, thread)) throw replyNotFound();
  return toReplyFor(actor, row);
}

/** The bare facts of a reply and its thread (internal: does not authorize). */
export async function findReply(on: Queryable, uuid: string) {
  if (!isUuid(uuid)) return undefined;
  const [row] = await on
    .select({
      id: forumReplies.id,
      uuid: forumReplies.uuid,
      authorId: forumReplies.authorId,
      hiddenAt: forumReplies.hiddenAt,
      anonymousAlias: forumReplies.anonymousAlias,
      postId: forumPosts.id,
      postUuid: forumPosts.uuid,
      postTitle: forumPosts.title,
      postAuthorId: forumPosts.authorId,
      postHiddenAt: forumPosts.hiddenAt,
      postLockedAt: forumPosts.lockedAt,
    })
    .from(forumReplies)
    .innerJoin(forumPosts, eq(forumPosts.id, forumReplies.postId))
    .where(eq(forumReplies.uuid, uuid))
    .limit(1);
  return row;
}

/** Reply facts for the policy: visible only where both the reply and its thread are. */
export const replyFacts = (reply: NonNullable<Awaited<ReturnType<typeof findReply>>>) => ({
  authorId: reply.authorId,
  hidden: reply.hiddenAt !== null,
  locked: reply.postLockedAt !== null,
});

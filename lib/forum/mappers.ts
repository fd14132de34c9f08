import type { ForumCategory } from "@/db/schema/forum-posts";
import type { ForumAuthor, PostDto, PostSummaryDto, ReplyDto } from "./schemas";

/** "Asha Rao" -> "Asha R.": members are shown by first name and initial. */
export function publicName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  const first = parts[0] ?? "";
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  return last ? `${first} ${last.charAt(0).toUpperCase()}.` : first || "Member";
}

/** An author as the rows give them; `deleted` authors were erased accounts. */
export interface AuthorFacts {
  authorUuid: string;
  authorName: string;
  anonymousAlias: string | null;
  authorIsVerifiedDoctor: boolean;
}

/** The author as this reader may know them: admins see through an alias, nobody else does. */
export function toAuthor(row: AuthorFacts, realAuthor: boolean): ForumAuthor {
  const alias = row.anonymousAlias;
  if (alias && !realAuthor) {
    return { name: alias, anonymous: true, verifiedDoctor: false, id: null, alias };
  }
  return {
    name: realAuthor ? row.authorName : publicName(row.authorName),
    anonymous: alias !== null,
    verifiedDoctor: alias === null && row.authorIsVerifiedDoctor,
    id: realAuthor ? row.authorUuid : null,
    alias,
  };
}

/** The first ~200 characters of a body, on one line, for cards (rendered as text, never markup). */
export function excerptOf(content: string, max = 200): string {
  const flat = content.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export interface PostViewRow extends AuthorFacts {
  uuid: string;
  title: string;
  content: string;
  category: ForumCategory;
  upvotes: number;
  views: number;
  replyCount: number;
  isPinned: boolean;
  lockedAt: Date | null;
  hiddenAt: Date | null;
  moderationNote: string | null;
  createdAt: Date;
  editedAt: Date | null;
  myVote: boolean;
}

export function toPostSummaryDto(row: PostViewRow, realAuthor: boolean): PostSummaryDto {
  return {
    id: row.uuid,
    title: row.title,
    excerpt: excerptOf(row.content),
    category: row.category,
    author: toAuthor(row, realAuthor),
    upvotes: row.upvotes,
    views: row.views,
    replyCount: row.replyCount,
    pinned: row.isPinned,
    locked: row.lockedAt !== null,
    myVote: row.myVote,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
  };
}

/** The answers of the policy for this reader, computed by the query that knows the actor. */
export interface Permissions {
  mine: boolean;
  canEdit: boolean;
  canDelete: boolean;
}

export function toPostDto(
  row: PostViewRow,
  realAuthor: boolean,
  permissions: Permissions & { canReply: boolean },
): PostDto {
  const showNote = permissions.mine || realAuthor;
  return {
    ...toPostSummaryDto(row, realAuthor),
    content: row.content,
    hidden: row.hiddenAt !== null,
    moderationNote: showNote ? row.moderationNote : null,
    ...permissions,
  };
}

export interface ReplyViewRow extends AuthorFacts {
  uuid: string;
  postUuid: string;
  content: string;
  upvotes: number;
  isHelpful: boolean;
  hiddenAt: Date | null;
  moderationNote: string | null;
  createdAt: Date;
  editedAt: Date | null;
  myVote: boolean;
}

export function toReplyDto(
  row: ReplyViewRow,
  realAuthor: boolean,
  permissions: Permissions & { canMarkHelpful: boolean },
): ReplyDto {
  return {
    id: row.uuid,
    postId: row.postUuid,
    content: row.content,
    author: toAuthor(row, realAuthor),
    upvotes: row.upvotes,
    helpful: row.isHelpful,
    myVote: row.myVote,
    hidden: row.hiddenAt !== null,
    moderationNote: permissions.mine || realAuthor ? row.moderationNote : null,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    ...permissions,
  };
}

import type { Actor } from "@/lib/auth/actor";

/**
 * Whether someone may see a forum post or reply a moderator may have hidden: everyone while it is
 * not hidden; once hidden, only its author (who reads why) and admins. Others get not_found.
 */
export function canSeeForumContent(
  actor: Pick<Actor, "userId" | "role"> | null,
  content: { authorId: number; hiddenAt: Date | null },
): boolean {
  if (content.hiddenAt === null) return true;
  if (!actor) return false;
  return actor.role === "admin" || actor.userId === content.authorId;
}

import type { Actor } from "@/lib/auth/actor";

/** What the forum rules need to know about a post or reply (no names, no content). */
export interface ForumFacts {
  authorId: number;
  hidden: boolean;
  locked: boolean;
}

const isAdmin = (actor: Actor | null) => actor?.role === "admin";
const isAuthor = (actor: Actor | null, facts: ForumFacts) => actor?.userId === facts.authorId;

/** Hidden content exists only for its author and admins; everyone else gets a 404. */
export function canSee(actor: Actor | null, facts: ForumFacts): boolean {
  return !facts.hidden || isAuthor(actor, facts) || isAdmin(actor);
}

/** The author rewrites their words while the thread is not locked (a lock freezes the thread). */
export function canEdit(actor: Actor | null, facts: ForumFacts): boolean {
  return isAuthor(actor, facts) && !facts.locked;
}

/** The author may always take their words back; admins remove anything. */
export function canDelete(actor: Actor | null, facts: ForumFacts): boolean {
  return isAuthor(actor, facts) || isAdmin(actor);
}

/** Anyone signed in replies to a visible, unlocked thread. */
export function canReply(actor: Actor | null, post: ForumFacts): boolean {
  return actor !== null && !post.locked && !post.hidden;
}

/** Admins see who is behind an alias; nobody else ever does. */
export function seesRealAuthor(actor: Actor | null): boolean {
  return isAdmin(actor);
}

import Link from "next/link";
import { Eye, Lock, MessageSquare, Pin } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { PostSummaryDto } from "@/lib/forum/schemas";
import { AuthorLine } from "./AuthorLine";
import { threadPath } from "./forum-href";
import { VoteButton } from "./VoteButton";

/** One post in the list: pin, title, author and date, excerpt (text), category, counts, vote. */
export async function PostCard({
  post,
  signedIn,
  returnTo,
  voteAction,
}: {
  post: PostSummaryDto;
  signedIn: boolean;
  returnTo: string;
  voteAction: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations("Forum");
  return (
    <article
      className="rounded-xl border border-slate-200 bg-white p-4"
      aria-labelledby={`post-${post.id}`}
    >
      <div className="flex items-start gap-2">
        {post.pinned ? (
          <Pin
            aria-label={t("pinned")}
            role="img"
            className="mt-1 size-4 shrink-0 text-brand-700"
          />
        ) : null}
        {post.locked ? (
          <Lock
            aria-label={t("locked")}
            role="img"
            className="mt-1 size-4 shrink-0 text-slate-500"
          />
        ) : null}
        <h2 id={`post-${post.id}`} className="line-clamp-2 text-lg font-semibold text-slate-900">
          <Link href={threadPath(post.id)} prefetch={false} className="hover:underline">
            {post.title}
          </Link>
        </h2>
      </div>
      <div className="mt-2">
        <AuthorLine author={post.author} createdAt={post.createdAt} editedAt={post.editedAt} />
      </div>
      <p className="mt-2 line-clamp-2 text-sm text-slate-700">{post.excerpt}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-800">
          {t(`categories.${post.category}`)}
        </span>
        <span className="inline-flex items-center gap-1">
          <MessageSquare aria-hidden="true" className="size-4" />
          {t("replies", { count: post.replyCount })}
        </span>
        <span className="inline-flex items-center gap-1">
          <Eye aria-hidden="true" className="size-4" />
          {t("views", { count: post.views })}
        </span>
        <span className="ms-auto">
          <VoteButton
            id={post.id}
            count={post.upvotes}
            voted={post.myVote}
            signedIn={signedIn}
            returnTo={returnTo}
            action={voteAction}
            labels={{
              upvote: t("upvote"),
              remove: t("removeUpvote"),
              signIn: t("signInToVote"),
              count: t("upvotes", { count: post.upvotes }),
            }}
          />
        </span>
      </div>
    </article>
  );
}

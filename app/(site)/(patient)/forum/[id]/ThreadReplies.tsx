import Link from "next/link";
import { Lock } from "lucide-react";
import { getTranslations } from "next-intl/server";
import {
  createReplyAction,
  deleteReplyAction,
  reportAction,
  toggleHelpfulAction,
  toggleReplyVoteAction,
} from "../actions";
import { buttonClass } from "@/components/ui/button-styles";
import { Pagination } from "@/components/ui/Pagination";
import type { Page } from "@/lib/api/pagination";
import { isSensitiveCategory, type PostDto, type ReplyDto } from "@/lib/forum/schemas";
import { threadPath } from "@/components/forum/forum-href";
import { ReplyForm } from "@/components/forum/ReplyForm";
import { ReplyItem } from "@/components/forum/ReplyItem";
import { ReportForm } from "@/components/forum/ReportForm";
import { reportCopy } from "@/components/forum/report-copy";

/** The replies of a thread, then the reply box (or the locked notice, or a sign-in link). */
export async function ThreadReplies({
  post,
  replies,
  signedIn,
}: {
  post: PostDto;
  replies: Page<ReplyDto>;
  signedIn: boolean;
}) {
  const t = await getTranslations("Forum");
  const here = threadPath(post.id);
  const copy = await reportCopy("reply");
  return (
    <section aria-labelledby="replies-title" className="space-y-4">
      <h2 id="replies-title" className="text-lg font-semibold text-slate-900">
        {t("repliesHeading", { count: replies.meta.total })}
      </h2>
      {replies.data.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noReplies")}</p>
      ) : (
        <ol className="space-y-3">
          {replies.data.map((reply) => (
            <li key={reply.id}>
              <ReplyItem
                reply={reply}
                signedIn={signedIn}
                returnTo={here}
                actions={{
                  vote: toggleReplyVoteAction,
                  helpful: toggleHelpfulAction,
                  remove: deleteReplyAction,
                }}
                report={
                  signedIn && !reply.mine ? (
                    <ReportForm
                      action={reportAction.bind(null, {
                        type: "reply",
                        id: reply.id,
                        postId: post.id,
                      })}
                      idPrefix={`report-${reply.id}`}
                      copy={copy}
                    />
                  ) : undefined
                }
              />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={replies.meta.page}
        pageSize={replies.meta.pageSize}
        total={replies.meta.total}
        hrefFor={(page) => (page > 1 ? `${here}?page=${page}` : here)}
      />
      {post.locked ? (
        <p
          role="status"
          className="flex items-center gap-2 rounded-lg bg-slate-100 p-3 text-sm font-medium text-slate-800"
        >
          <Lock aria-hidden="true" className="size-4" />
          {t("lockedNotice")}
        </p>
      ) : post.canReply ? (
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <ReplyForm
            action={createReplyAction.bind(null, post.id)}
            idPrefix="reply"
            allowAnonymous={isSensitiveCategory(post.category)}
            copy={{
              label: t("replyLabel"),
              hint: t("replyHint"),
              submit: t("postReply"),
              pending: t("posting"),
              anonymous: t("replyAnonymously"),
              cancel: t("cancel"),
            }}
          />
        </div>
      ) : !signedIn ? (
        <Link
          href={`/login?callbackUrl=${encodeURIComponent(here)}`}
          prefetch={false}
          className={buttonClass("primary")}
        >
          {t("signInToReply")}
        </Link>
      ) : null}
    </section>
  );
}

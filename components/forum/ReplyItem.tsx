import Link from "next/link";
import { CircleCheckBig } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Markdown } from "@/components/ui/Markdown";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ReplyDto } from "@/lib/forum/schemas";
import { AuthorLine } from "./AuthorLine";
import { ModeratorDeleteReason } from "./ModeratorDeleteReason";
import { VoteButton } from "./VoteButton";

type ButtonAction = (form: FormData) => Promise<void>;

/**
 * One reply: highlighted with a badge when the asker marked it helpful, the doctor badge, the
 * body through the sanitising Markdown, its vote, and the actions this reader may take.
 */
export async function ReplyItem({
  reply,
  signedIn,
  returnTo,
  actions,
  report,
}: {
  reply: ReplyDto;
  signedIn: boolean;
  returnTo: string;
  actions: { vote: ButtonAction; helpful: ButtonAction; remove: ButtonAction };
  /** The report disclosure, when this reader may report it. */
  report?: React.ReactNode;
}) {
  const t = await getTranslations("Forum");
  const back = `${returnTo}#reply-${reply.id}`;
  return (
    <article
      id={`reply-${reply.id}`}
      aria-label={reply.author.name}
      className={`scroll-mt-24 rounded-xl border p-4 ${
        reply.helpful ? "border-emerald-300 bg-emerald-50/60" : "border-slate-200 bg-white"
      }`}
    >
      {reply.hidden ? (
        <Alert tone="error" className="mb-3">
          {reply.moderationNote
            ? t("hiddenBanner", { note: reply.moderationNote })
            : t("hiddenBannerNoNote")}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <AuthorLine author={reply.author} createdAt={reply.createdAt} editedAt={reply.editedAt} />
        {reply.helpful ? (
          <span className="inline-flex items-center gap-1 rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-semibold text-emerald-900">
            <CircleCheckBig aria-hidden="true" className="size-3.5" />
            {t("helpfulBadge")}
          </span>
        ) : null}
      </div>
      <Markdown className="mt-3 space-y-3 break-words text-slate-800">{reply.content}</Markdown>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <VoteButton
          id={reply.id}
          count={reply.upvotes}
          voted={reply.myVote}
          signedIn={signedIn}
          returnTo={back}
          action={actions.vote}
          labels={{
            upvote: t("upvote"),
            remove: t("removeUpvote"),
            signIn: t("signInToVote"),
            count: t("upvotes", { count: reply.upvotes }),
          }}
        />
        {reply.canMarkHelpful ? (
          <form action={actions.helpful}>
            <input type="hidden" name="id" value={reply.id} />
            <input type="hidden" name="returnTo" value={back} />
            <SubmitButton variant="ghost" pendingText={t("saving")}>
              {reply.helpful ? t("unmarkHelpful") : t("markHelpful")}
            </SubmitButton>
          </form>
        ) : null}
        {reply.canEdit ? (
          <Link
            href={`/forum/replies/${reply.id}/edit`}
            prefetch={false}
            className={buttonClass("ghost")}
          >
            {t("edit")}
          </Link>
        ) : null}
        {reply.canDelete ? (
          <form action={actions.remove}>
            <input type="hidden" name="id" value={reply.id} />
            <input type="hidden" name="postId" value={reply.postId} />
            <input type="hidden" name="returnTo" value={returnTo} />
            {reply.mine ? null : <ModeratorDeleteReason id={`delete-reason-${reply.id}`} />}
            <SubmitButton variant="ghost" pendingText={t("deleting")}>
              {t("delete")}
            </SubmitButton>
          </form>
        ) : null}
        {report}
      </div>
    </article>
  );
}

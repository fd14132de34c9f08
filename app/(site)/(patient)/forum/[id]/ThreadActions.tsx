import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { deletePostAction, reportAction } from "../actions";
import { buttonClass } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { actionRequestContext } from "@/lib/actions/actor";
import type { PostDto } from "@/lib/forum/schemas";
import { threadPath } from "@/components/forum/forum-href";
import { ModeratorDeleteReason } from "@/components/forum/ModeratorDeleteReason";
import { ReportForm } from "@/components/forum/ReportForm";
import { reportCopy } from "@/components/forum/report-copy";

/** Under the post: edit and delete for who may, share (a link to copy), report for others. */
export async function ThreadActions({ post, signedIn }: { post: PostDto; signedIn: boolean }) {
  const [t, { origin }] = await Promise.all([getTranslations("Forum"), actionRequestContext()]);
  const here = threadPath(post.id);
  return (
    <div className="flex flex-wrap items-start gap-2">
      {post.canEdit ? (
        <Link href={`${here}/edit`} prefetch={false} className={buttonClass("secondary")}>
          {t("edit")}
        </Link>
      ) : null}
      {post.canDelete ? (
        <form action={deletePostAction}>
          <input type="hidden" name="id" value={post.id} />
          <input type="hidden" name="returnTo" value={here} />
          {post.mine ? null : <ModeratorDeleteReason id={`delete-reason-${post.id}`} />}
          <SubmitButton variant="danger" pendingText={t("deleting")}>
            {t("delete")}
          </SubmitButton>
        </form>
      ) : null}
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
          {t("share")}
        </summary>
        <label htmlFor="thread-link" className="mt-2 block text-sm text-slate-700">
          {t("shareLabel")}
        </label>
        <input
          id="thread-link"
          readOnly
          value={`${origin}${here}`}
          className="mt-1 block w-72 max-w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
        />
      </details>
      {post.mine ? null : signedIn ? (
        <ReportForm
          action={reportAction.bind(null, { type: "post", id: post.id, postId: post.id })}
          idPrefix="report-post"
          copy={await reportCopy("post")}
        />
      ) : (
        <Link
          href={`/login?callbackUrl=${encodeURIComponent(here)}`}
          prefetch={false}
          className={buttonClass("ghost")}
        >
          {t("signInToReport")}
        </Link>
      )}
    </div>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ArticleCommentDto } from "@/lib/articles/schemas";
import { formatDate } from "@/lib/i18n/format";
import { CommentList } from "./CommentList";

/** The discussion under an article: the comments, my delete buttons, and the form (signed in). */
export async function CommentsSection({
  slug,
  comments,
  signedIn,
  postAction,
  deleteAction,
}: {
  slug: string;
  comments: ArticleCommentDto[];
  signedIn: boolean;
  postAction: (form: FormData) => Promise<void>;
  deleteAction: (form: FormData) => Promise<void>;
}) {
  const [t, locale] = await Promise.all([getTranslations("Article"), getLocale()]);
  return (
    <section id="comments" aria-labelledby="comments-title" className="mt-10">
      <h2 id="comments-title" className="text-xl font-semibold text-slate-900">
        {t("comments", { count: comments.length })}
      </h2>
      <div className="mt-3">
        {comments.length === 0 ? (
          <p className="text-sm text-slate-600">{t("commentsEmpty")}</p>
        ) : (
          <CommentList
            comments={comments}
            dateOf={(iso) => formatDate(iso, locale)}
            actions={(c) =>
              c.mine ? (
                <form action={deleteAction}>
                  <input type="hidden" name="slug" value={slug} />
                  <input type="hidden" name="id" value={c.id} />
                  <SubmitButton variant="ghost" pendingText={t("deleting")} className="px-2">
                    <span aria-hidden="true">{t("deleteComment")}</span>
                    <span className="sr-only">
                      {t("deleteCommentLabel", { date: formatDate(c.createdAt, locale) })}
                    </span>
                  </SubmitButton>
                </form>
              ) : null
            }
          />
        )}
      </div>
      {signedIn ? (
        <form action={postAction} className="mt-4 space-y-3">
          <input type="hidden" name="slug" value={slug} />
          <Field id="comment-body" label={t("commentLabel")} hint={t("commentHint")}>
            {(control) => (
              <Textarea {...control} name="body" rows={3} required minLength={1} maxLength={2000} />
            )}
          </Field>
          <SubmitButton pendingText={t("posting")}>{t("post")}</SubmitButton>
        </form>
      ) : (
        <p className="mt-4">
          <Link
            href={`/login?callbackUrl=${encodeURIComponent(`/articles/${slug}#comments`)}`}
            className={buttonClass("secondary")}
          >
            {t("signInToComment")}
          </Link>
        </p>
      )}
    </section>
  );
}

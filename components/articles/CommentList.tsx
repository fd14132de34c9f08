import type { ArticleCommentDto } from "@/lib/articles/schemas";
import type { ReactNode } from "react";

/**
 * Comments as written: plain text in a paragraph (line breaks kept), never parsed as markup.
 * `actions` adds a control to a comment (the delete form of one's own). Free of translation
 * hooks, so a test can render it to a string.
 */
export function CommentList({
  comments,
  dateOf,
  actions,
}: {
  comments: ArticleCommentDto[];
  dateOf: (iso: string) => string;
  actions?: (comment: ArticleCommentDto) => ReactNode;
}) {
  return (
    <ul className="space-y-3">
      {comments.map((c) => (
        <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3">
          <p className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
            <span className="font-semibold text-slate-900">{c.authorName}</span>
            <time dateTime={c.createdAt} className="text-slate-600">
              {dateOf(c.createdAt)}
            </time>
          </p>
          <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-800">{c.body}</p>
          {actions ? <div className="mt-2">{actions(c)}</div> : null}
        </li>
      ))}
    </ul>
  );
}

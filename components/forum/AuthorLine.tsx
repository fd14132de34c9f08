import { BadgeCheck, UserRound } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ForumAuthor } from "@/lib/forum/schemas";

/**
 * Avatar initial, name (the alias for an anonymous author), the verified-doctor badge and the
 * date. Names are rendered as text only.
 */
export async function AuthorLine({
  author,
  createdAt,
  editedAt,
}: {
  author: ForumAuthor;
  createdAt: string;
  editedAt: string | null;
}) {
  const [t, format] = await Promise.all([getTranslations("Forum"), getFormatter()]);
  const initial = author.anonymous && !author.id ? "" : author.name.trim().charAt(0).toUpperCase();
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
      <span
        aria-hidden="true"
        className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-100 font-semibold text-brand-800"
      >
        {initial || <UserRound className="size-4" />}
      </span>
      <span className="font-medium text-slate-900">{author.name}</span>
      {author.alias && author.id ? (
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs">
          {t("anonymous")}: {author.alias}
        </span>
      ) : null}
      {author.verifiedDoctor ? (
        <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800">
          <BadgeCheck aria-hidden="true" className="size-3.5" />
          {t("verifiedDoctor")}
        </span>
      ) : null}
      <span aria-hidden="true">·</span>
      <time dateTime={createdAt}>
        {format.dateTime(new Date(createdAt), { dateStyle: "medium" })}
      </time>
      {editedAt ? <span>({t("edited")})</span> : null}
    </div>
  );
}

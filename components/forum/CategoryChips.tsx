import Link from "next/link";
import { useTranslations } from "next-intl";
import { forumCategories } from "@/lib/forum/schemas";
import { forumHref, type ForumListState } from "./forum-href";

const pill =
  "inline-flex min-h-9 items-center whitespace-nowrap rounded-full border px-3 text-sm font-medium border-slate-300 bg-white text-slate-700 hover:border-brand-600 aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white";

/** All + one chip per category; each keeps the search and sort and goes back to page 1. */
export function CategoryChips({ state }: { state: ForumListState }) {
  const t = useTranslations("Forum");
  return (
    <nav aria-label={t("categoriesLabel")} className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-2 pb-1">
        <li>
          <Link
            href={forumHref(state, { category: undefined, page: 1 })}
            aria-current={state.category === undefined}
            prefetch={false}
            className={pill}
          >
            {t("all")}
          </Link>
        </li>
        {forumCategories.map((c) => (
          <li key={c}>
            <Link
              href={forumHref(state, { category: c, page: 1 })}
              aria-current={state.category === c}
              prefetch={false}
              className={pill}
            >
              {t(`categories.${c}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

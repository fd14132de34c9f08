import "server-only";
import { getTranslations } from "next-intl/server";
import { forumCategories, type ForumCategory } from "@/lib/forum/schemas";
import type { PostFormCopy } from "./PostForm";

/** The post form's words in the reader's language; `submit` differs between new and edit. */
export async function postFormCopy(mode: "new" | "edit"): Promise<PostFormCopy> {
  const t = await getTranslations("Forum");
  return {
    category: t("new.category"),
    categories: Object.fromEntries(
      forumCategories.map((c) => [c, t(`categoryLong.${c}`)]),
    ) as Record<ForumCategory, string>,
    titleLabel: t("new.titleLabel"),
    titleHint: t("new.titleHint"),
    content: t("new.content"),
    contentHint: t("new.contentHint"),
    anonymous: t("new.anonymous"),
    anonymousHint: t("new.anonymousHint"),
    respect: t("new.respect"),
    submit: mode === "new" ? t("new.publish") : t("editPost.save"),
    pending: mode === "new" ? t("new.publishing") : t("saving"),
    cancel: t("cancel"),
  };
}

import "server-only";
import { getTranslations } from "next-intl/server";
import { reportReasons } from "@/lib/forum/schemas";

/** The report form's words in the reader's language. */
export async function reportCopy(target: "post" | "reply") {
  const t = await getTranslations("Forum");
  return {
    open: t("report"),
    title: target === "post" ? t("reportPost") : t("reportReply"),
    reasons: Object.fromEntries(reportReasons.map((r) => [r, t(`reasons.${r}`)])) as Record<
      (typeof reportReasons)[number],
      string
    >,
    details: t("details"),
    detailsHint: t("detailsHint"),
    submit: t("sendReport"),
    pending: t("sending"),
  };
}

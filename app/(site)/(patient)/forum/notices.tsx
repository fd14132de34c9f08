import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/Alert";
import { errorCodes, type ErrorCode } from "@/lib/errors";

export type SearchParams = Record<string, string | string[] | undefined>;

const notices = [
  "posted",
  "edited",
  "deleted",
  "replied",
  "replyDeleted",
  "reported",
  "helpful",
] as const;

/**
 * The outcome of a post/redirect/get: `?notice=` a success line (announced politely), `?error=`
 * the failure of a one-button form (vote, helpful, delete) in the user's language.
 */
export async function NoticeAlert({ raw }: { raw: SearchParams }) {
  const t = await getTranslations("Forum");
  const notice = notices.find((n) => n === raw.notice);
  const error =
    typeof raw.error === "string" && raw.error in errorCodes ? (raw.error as ErrorCode) : null;
  if (error) return <Alert tone="error">{t(`errors.codes.${error}`)}</Alert>;
  return notice ? <Alert tone="success">{t(`notices.${notice}`)}</Alert> : null;
}

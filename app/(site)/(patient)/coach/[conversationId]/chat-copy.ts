import "server-only";
import { getTranslations } from "next-intl/server";
import type { CoachChatCopy } from "@/components/coach/CoachChat";

/** The chat's texts in the user's language, handed to the client component. */
export async function chatCopy(): Promise<CoachChatCopy> {
  const t = await getTranslations("Coach");
  return {
    you: t("chat.you"),
    coach: t("chat.coach"),
    emergencyTitle: t("emergency.title"),
    call108: t("emergency.call108"),
    call112: t("emergency.call112"),
    refusedTitle: t("refused.title"),
    label: t("chat.label"),
    empty: t("chat.empty"),
    input: t("chat.input"),
    inputHint: t("chat.inputHint"),
    send: t("chat.send"),
    sending: t("chat.sending"),
    thinking: t("chat.thinking"),
    errors: {
      validation_failed: t("errors.validation_failed"),
      rate_limited: t("errors.rate_limited"),
      not_found: t("errors.not_found"),
      internal: t("errors.internal"),
    },
  };
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Trash2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { CoachChat } from "@/components/coach/CoachChat";
import { CoachNote } from "@/components/coach/CoachNote";
import { ContextChips } from "@/components/coach/ContextChips";
import { DeleteConversation } from "@/components/coach/DeleteConversation";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/button-styles";
import { PageContainer } from "@/components/ui/PageContainer";
import { requireActor } from "@/lib/auth/session";
import { getCoachContext } from "@/lib/coach/context";
import { getConversation } from "@/lib/coach/queries";
import { isAppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { deleteConversationAction, sendMessageAction } from "../actions";
import { coachErrorKey } from "../error-key";
import { chatCopy } from "./chat-copy";

type Params = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Coach");
  return { title: t("chat.metaTitle") };
}

/** One conversation with the coach: messages, composer, delete with a confirm step. */
export default async function CoachConversationPage({
  params,
  searchParams,
}: {
  params: Promise<{ conversationId: string }>;
  searchParams: Promise<Params>;
}) {
  const { conversationId } = await params;
  const query = await searchParams;
  const actor = await requireActor(`/coach/${conversationId}`);
  if (!isUuid(conversationId)) notFound();
  const conversation = await getConversation(actor, conversationId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, context, copy] = await Promise.all([
    getTranslations("Coach"),
    getCoachContext(actor),
    chatCopy(),
  ]);
  const confirming = query.confirm === "delete";

  return (
    <PageContainer>
      <BackLink href="/coach" label={t("chat.back")} />
      <div className="mb-6">
        <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900">
          {conversation.title ?? t("list.untitled")}
        </h1>
        <p className="mt-1 text-slate-600">{t(`topics.${conversation.topic}`)}</p>
        <CoachNote>{t("note")}</CoachNote>
        <ContextChips context={context} />
        {confirming ? null : (
          <Link
            href={`/coach/${conversation.id}?confirm=delete`}
            className={buttonClass("secondary", "mt-4")}
          >
            <Trash2 aria-hidden="true" className="size-4" />
            {t("chat.delete")}
          </Link>
        )}
      </div>
      {confirming ? (
        <DeleteConversation
          conversationId={conversation.id}
          action={deleteConversationAction.bind(null, conversation.id)}
          copy={{
            title: t("chat.deleteTitle"),
            text: t("chat.deleteText"),
            confirm: t("chat.deleteConfirm"),
            keep: t("chat.keep"),
            deleting: t("chat.deleting"),
          }}
        />
      ) : null}
      <CoachChat
        conversationId={conversation.id}
        initialMessages={conversation.messages}
        action={sendMessageAction.bind(null, conversation.id)}
        error={coachErrorKey(query.error) ?? undefined}
        copy={copy}
      />
    </PageContainer>
  );
}

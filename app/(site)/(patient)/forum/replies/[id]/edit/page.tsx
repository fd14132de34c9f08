import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { threadPath } from "@/components/forum/forum-href";
import { ReplyForm } from "@/components/forum/ReplyForm";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { getReply } from "@/lib/forum/queries";
import { updateReplyAction } from "../../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Forum"))("editReply.title") };
}

/** Edit my reply while its thread is not locked (others' replies are 404). */
export default async function EditReplyPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/forum/replies/${encodeURIComponent(id)}/edit`);
  const reply = await getReply(actor, id).catch(() => null);
  if (!reply || !reply.mine) notFound();
  const t = await getTranslations("Forum");
  const back = `${threadPath(reply.postId)}#reply-${reply.id}`;
  return (
    <PageContainer>
      <div className="mx-auto max-w-2xl">
        <BackLink href={back} label={t("back")} />
        <PageHeader title={t("editReply.title")} />
        {reply.canEdit ? (
          <ReplyForm
            action={updateReplyAction.bind(null, reply.id, reply.postId)}
            idPrefix="edit-reply"
            initial={reply.content}
            cancelHref={back}
            copy={{
              label: t("replyLabel"),
              hint: t("replyHint"),
              submit: t("editReply.save"),
              pending: t("saving"),
              anonymous: t("replyAnonymously"),
              cancel: t("cancel"),
            }}
          />
        ) : (
          <Alert tone="error">{t("errors.locked")}</Alert>
        )}
      </div>
    </PageContainer>
  );
}

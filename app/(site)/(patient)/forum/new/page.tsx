import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PostForm } from "@/components/forum/PostForm";
import { postFormCopy } from "@/components/forum/post-form-copy";
import { BackLink } from "@/components/ui/BackLink";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { createPostAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Forum"))("new.title") };
}

/** New forum post (#22): signed in; publishing opens the new thread. */
export default async function NewPostPage() {
  await requireActor("/forum/new");
  const [t, copy] = await Promise.all([getTranslations("Forum"), postFormCopy("new")]);
  return (
    <PageContainer>
      <div className="mx-auto max-w-2xl">
        <BackLink href="/forum" label={t("back")} />
        <PageHeader title={t("new.title")} subtitle={t("new.subtitle")} />
        <PostForm action={createPostAction} copy={copy} cancelHref="/forum" />
      </div>
    </PageContainer>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { threadPath } from "@/components/forum/forum-href";
import { PostForm } from "@/components/forum/PostForm";
import { postFormCopy } from "@/components/forum/post-form-copy";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { getPost } from "@/lib/forum/queries";
import { updatePostAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Forum"))("editPost.title") };
}

/** Edit my post: title and details, while the thread is not locked (others' posts are 404). */
export default async function EditPostPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`${threadPath(id)}/edit`);
  const post = await getPost(actor, id).catch(() => null);
  if (!post || !post.mine) notFound();
  const [t, copy] = await Promise.all([getTranslations("Forum"), postFormCopy("edit")]);
  return (
    <PageContainer>
      <div className="mx-auto max-w-2xl">
        <BackLink href={threadPath(post.id)} label={post.title} />
        <PageHeader title={t("editPost.title")} />
        {post.canEdit ? (
          <PostForm
            action={updatePostAction.bind(null, post.id)}
            copy={copy}
            initial={{ title: post.title, content: post.content }}
            cancelHref={threadPath(post.id)}
          />
        ) : (
          <Alert tone="error">{t("errors.locked")}</Alert>
        )}
      </div>
    </PageContainer>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ThreadActions } from "./ThreadActions";
import { ThreadReplies } from "./ThreadReplies";
import { AuthorLine } from "@/components/forum/AuthorLine";
import { threadPath } from "@/components/forum/forum-href";
import { VoteButton } from "@/components/forum/VoteButton";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { Markdown } from "@/components/ui/Markdown";
import { PageContainer } from "@/components/ui/PageContainer";
import { actionRequestContext } from "@/lib/actions/actor";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getPost, listReplies } from "@/lib/forum/queries";
import { viewPost } from "@/lib/forum/service/views";
import type { PostDto } from "@/lib/forum/schemas";
import { togglePostVoteAction } from "../actions";
import { NoticeAlert, type SearchParams } from "../notices";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const post = await getPost(await getActor(), id).catch(() => null);
  const t = await getTranslations("Forum");
  return { title: post ? post.title : t("metaTitle") };
}

/** Forum thread (#21): the post (a view counted once a day per reader), its replies, the forms. */
export default async function ThreadPage({ params, searchParams }: Props) {
  const [{ id }, raw, actor, context] = await Promise.all([
    params,
    searchParams,
    getActor(),
    actionRequestContext(),
  ]);
  const post: PostDto = await orNotFound(viewPost(actor, id, context.ip));
  const page = Math.max(1, Math.min(1000, Number(raw.page) || 1));
  const [t, replies] = await Promise.all([
    getTranslations("Forum"),
    listReplies(actor, post.id, { page, pageSize: 50 }),
  ]);
  const here = threadPath(post.id);

  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl space-y-6">
        <BackLink href="/forum" label={t("back")} />
        <NoticeAlert raw={raw} />
        {post.hidden ? (
          <Alert tone="error">
            {post.moderationNote
              ? t("hiddenBanner", { note: post.moderationNote })
              : t("hiddenBannerNoNote")}
          </Alert>
        ) : null}
        <article
          aria-labelledby="thread-title"
          className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
        >
          <span className="inline-block rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-800">
            {t(`categories.${post.category}`)}
          </span>
          <h1 id="thread-title" className="break-words text-2xl font-bold text-slate-900">
            {post.title}
          </h1>
          <div className="flex flex-wrap items-center gap-3">
            <AuthorLine author={post.author} createdAt={post.createdAt} editedAt={post.editedAt} />
            <span className="text-sm text-slate-600">{t("views", { count: post.views })}</span>
          </div>
          <Markdown>{post.content}</Markdown>
          <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
            <VoteButton
              id={post.id}
              count={post.upvotes}
              voted={post.myVote}
              signedIn={actor !== null}
              returnTo={here}
              action={togglePostVoteAction}
              labels={{
                upvote: t("upvote"),
                remove: t("removeUpvote"),
                signIn: t("signInToVote"),
                count: t("upvotes", { count: post.upvotes }),
              }}
            />
            <span className="text-sm text-slate-700">
              {t("foundHelpful", { count: post.upvotes })}
            </span>
          </div>
          <ThreadActions post={post} signedIn={actor !== null} />
        </article>
        <ThreadReplies post={post} replies={replies} signedIn={actor !== null} />
      </div>
    </PageContainer>
  );
}

import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { forumPosts, forumReplies } from "@/db/schema";
import { GET as listPostsRoute, POST as createPostRoute } from "@/app/api/v1/forum/posts/route";
import {
  DELETE as deletePostRoute,
  GET as getPostRoute,
  PUT as updatePostRoute,
} from "@/app/api/v1/forum/posts/[id]/route";
import { POST as votePostRoute } from "@/app/api/v1/forum/posts/[id]/upvote/route";
import { POST as reportPostRoute } from "@/app/api/v1/forum/posts/[id]/report/route";
import {
  GET as listRepliesRoute,
  POST as createReplyRoute,
} from "@/app/api/v1/forum/posts/[id]/replies/route";
import {
  DELETE as deleteReplyRoute,
  GET as getReplyRoute,
  PUT as updateReplyRoute,
} from "@/app/api/v1/forum/replies/[id]/route";
import { POST as voteReplyRoute } from "@/app/api/v1/forum/replies/[id]/upvote/route";
import { POST as helpfulRoute } from "@/app/api/v1/forum/replies/[id]/helpful/route";
import { POST as reportReplyRoute } from "@/app/api/v1/forum/replies/[id]/report/route";
import { call } from "@/tests/api-client";

/** The forum's routes as a test calls them (token undefined = signed out). */
export const forum = {
  list: (query = "", token?: string) =>
    call(listPostsRoute, { path: `/forum/posts${query}`, token }),
  create: (token: string | undefined, body: unknown) =>
    call(createPostRoute, { path: "/forum/posts", body, token }),
  get: (id: string, token?: string, headers?: Record<string, string>) =>
    call(getPostRoute, { path: `/forum/posts/${id}`, params: { id }, token, headers }),
  update: (token: string, id: string, body: unknown) =>
    call(updatePostRoute, {
      method: "PUT",
      path: `/forum/posts/${id}`,
      params: { id },
      body,
      token,
    }),
  remove: (token: string, id: string, body?: unknown) =>
    call(deletePostRoute, {
      method: "DELETE",
      path: `/forum/posts/${id}`,
      params: { id },
      token,
      ...(body === undefined ? {} : { body }),
    }),
  vote: (token: string, id: string) =>
    call(votePostRoute, {
      method: "POST",
      path: `/forum/posts/${id}/upvote`,
      params: { id },
      token,
    }),
  report: (token: string, id: string, body: unknown) =>
    call(reportPostRoute, { path: `/forum/posts/${id}/report`, params: { id }, body, token }),
  replies: (id: string, token?: string) =>
    call(listRepliesRoute, { path: `/forum/posts/${id}/replies`, params: { id }, token }),
  reply: (token: string | undefined, id: string, body: unknown) =>
    call(createReplyRoute, { path: `/forum/posts/${id}/replies`, params: { id }, body, token }),
  getReply: (id: string, token?: string) =>
    call(getReplyRoute, { path: `/forum/replies/${id}`, params: { id }, token }),
  updateReply: (token: string, id: string, body: unknown) =>
    call(updateReplyRoute, {
      method: "PUT",
      path: `/forum/replies/${id}`,
      params: { id },
      body,
      token,
    }),
  removeReply: (token: string, id: string, body?: unknown) =>
    call(deleteReplyRoute, {
      method: "DELETE",
      path: `/forum/replies/${id}`,
      params: { id },
      token,
      ...(body === undefined ? {} : { body }),
    }),
  voteReply: (token: string, id: string) =>
    call(voteReplyRoute, {
      method: "POST",
      path: `/forum/replies/${id}/upvote`,
      params: { id },
      token,
    }),
  helpful: (token: string, id: string) =>
    call(helpfulRoute, {
      method: "POST",
      path: `/forum/replies/${id}/helpful`,
      params: { id },
      token,
    }),
  reportReply: (token: string, id: string, body: unknown) =>
    call(reportReplyRoute, { path: `/forum/replies/${id}/report`, params: { id }, body, token }),
};

export const samplePost = {
  title: "Managing blood sugar after meals",
  content: "What has helped you keep **post-meal** sugar in range?",
  category: "chronic_conditions",
};

/** A post by `token`'s user through the API; returns its DTO. */
export async function postAs(token: string, body: Record<string, unknown> = {}) {
  const res = await forum.create(token, { ...samplePost, ...body });
  if (res.status !== 201) throw new Error(`post failed: ${JSON.stringify(res.body)}`);
  return res.body.data as { id: string; author: { name: string } };
}

/** Moderators' state set directly (the moderation helper owns the admin doors). */
export async function moderatePost(
  id: string,
  state: { lockedAt?: Date | null; hiddenAt?: Date | null; moderationNote?: string | null },
) {
  await db.update(forumPosts).set(state).where(eq(forumPosts.uuid, id));
}

export async function moderateReply(
  id: string,
  state: { hiddenAt?: Date | null; moderationNote?: string | null },
) {
  await db.update(forumReplies).set(state).where(eq(forumReplies.uuid, id));
}

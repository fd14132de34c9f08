import { apiRoute } from "@/lib/api/api-route";
import { forumOperations } from "@/lib/forum/openapi";
import { listPosts } from "@/lib/forum/queries";
import { createPost } from "@/lib/forum/service/posts";

export const GET = apiRoute(forumOperations.listPosts, async ({ actor, query }) => ({
  body: await listPosts(actor, query),
}));

export const POST = apiRoute(forumOperations.createPost, async ({ actor, body }) => {
  const post = await createPost(actor, body);
  return {
    status: 201,
    body: { data: post },
    headers: { location: `/api/v1/forum/posts/${post.id}` },
  };
});

import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { adminActions, forumPosts, notifications } from "@/db/schema";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { createAdminWithToken } from "@/tests/factories-admin";
import { forum, moderatePost, postAs, samplePost } from "./forum-api";

const db_ = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";

describe(`forum posts (${db_})`, () => {
  it("creates a post (201 + Location) that everyone can read, signed in or not", async () => {
    const { token } = await createPatientWithToken({ fullName: "Asha Rao" });
    const res = await forum.create(token, samplePost);
    expect(res.status).toBe(201);
    const post = res.body.data;
    expect(res.headers.get("location")).toBe(`/api/v1/forum/posts/${post.id}`);
    expect(post).toMatchObject({
      title: samplePost.title,
      content: samplePost.content,
      category: "chronic_conditions",
      author: { name: "Asha R.", anonymous: false, verifiedDoctor: false, id: null },
      upvotes: 0,
      replyCount: 0,
      pinned: false,
      locked: false,
      mine: true,
      canEdit: true,
      canDelete: true,
    });
    const guest = await forum.get(post.id);
    expect(guest.status).toBe(200);
    expect(guest.body.data).toMatchObject({
      mine: false,
      canEdit: false,
      canDelete: false,
      canReply: false,
    });
  });

  it.each([
    [{ ...samplePost, title: "Hey" }, "title"],
    [{ ...samplePost, content: "short" }, "content"],
    [{ ...samplePost, category: "gossip" }, "category"],
    [{ ...samplePost, title: "x".repeat(151) }, "title"],
    [{ ...samplePost, anonymous: true }, "anonymous"],
  ])("refuses %o at %s with 422", async (body, path) => {
    const { token } = await createPatientWithToken();
    const res = await forum.create(token, body);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    expect((await forum.list()).body.meta.total).toBe(0);
  });

  it("writes only when signed in (401), reads 404 for unknown ids", async () => {
    const res = await forum.create(undefined, samplePost);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ status: 401, title: "Authentication required" });
    const { token } = await createPatientWithToken();
    const id = (await postAs(token)).id;
    expect((await forum.get("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await forum.get("not-a-uuid")).status).toBe(404);
    expect((await forum.vote("", id)).status).toBe(401);
  });

  it("B cannot edit or delete A's post (404, unchanged); A can", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const post = await postAs(a.token);
    const edit = { title: "A better title", content: "Rewritten body text here" };
    const bEdit = await forum.update(b.token, post.id, edit);
    expect(bEdit.status).toBe(404);
    expect(bEdit.body).toMatchObject({ status: 404, title: "Not found" });
    expect((await forum.remove(b.token, post.id)).status).toBe(404);
    expect((await forum.get(post.id)).body.data.title).toBe(samplePost.title);

    const aEdit = await forum.update(a.token, post.id, edit);
    expect(aEdit.status).toBe(200);
    expect(aEdit.body.data).toMatchObject({ ...edit, editedAt: expect.any(String) });
    expect((await forum.remove(a.token, post.id)).status).toBe(204);
    expect((await forum.get(post.id)).status).toBe(404);
  });

  it("a locked post cannot be edited (409) but can still be deleted by its author", async () => {
    const a = await createPatientWithToken();
    const post = await postAs(a.token);
    await moderatePost(post.id, { lockedAt: new Date() });
    const res = await forum.update(a.token, post.id, {
      title: "Changed title",
      content: "Changed body text",
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/locked/);
    expect((await forum.get(post.id, a.token)).body.data).toMatchObject({
      locked: true,
      canEdit: false,
      canReply: false,
    });
    expect((await forum.remove(a.token, post.id)).status).toBe(204);
  });

  it("an admin deletes anyone's post with a reason: audited, the author told", async () => {
    const a = await createPatientWithToken();
    const admin = await createAdminWithToken();
    const post = await postAs(a.token);
    expect((await forum.remove(admin.token, post.id)).status).toBe(422);
    expect((await forum.get(post.id)).status).toBe(200);
    expect((await forum.remove(admin.token, post.id, { reason: "Advertising" })).status).toBe(204);
    const audit = await db.select().from(adminActions);
    expect(audit).toMatchObject([
      { action: "forum_post_deleted", targetType: "forum_post", targetUuid: post.id },
    ]);
    const told = await db.select().from(notifications).where(eq(notifications.userId, a.user.id));
    expect(told).toHaveLength(1);
    expect(told[0]!.type).toBe("forum");
  });

  it("hidden posts: 404 and unlisted for others, shown with the note to the author and admins", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const admin = await createAdminWithToken();
    const post = await postAs(a.token);
    await moderatePost(post.id, {
      hiddenAt: new Date(),
      moderationNote: "Contains a phone number",
    });
    expect((await forum.get(post.id)).status).toBe(404);
    expect((await forum.get(post.id, b.token)).status).toBe(404);
    expect((await forum.replies(post.id, b.token)).status).toBe(404);
    expect((await forum.vote(b.token, post.id)).status).toBe(404);
    expect((await forum.list("", a.token)).body.data).toEqual([]);
    const own = await forum.get(post.id, a.token);
    expect(own.body.data).toMatchObject({
      hidden: true,
      moderationNote: "Contains a phone number",
    });
    expect((await forum.get(post.id, admin.token)).body.data.hidden).toBe(true);
  });

  it("lists pinned first, filters by category, sorts top and trending, searches with typos", async () => {
    const { token } = await createPatientWithToken();
    const old = await postAs(token, { title: "Diabetes diet questions", category: "nutrition" });
    const mid = await postAs(token, { title: "Morning yoga routine", category: "fitness" });
    const neu = await postAs(token, { title: "Sleep and anxiety", category: "mental_health" });
    await db.update(forumPosts).set({ upvotes: 9 }).where(eq(forumPosts.uuid, mid.id));
    await db.update(forumPosts).set({ views: 99 }).where(eq(forumPosts.uuid, old.id));
    const ids = async (query: string) =>
      ((await forum.list(query)).body.data as { id: string }[]).map((p) => p.id);

    expect(await ids("")).toEqual([neu.id, mid.id, old.id]);
    expect(await ids("?sort=top")).toEqual([mid.id, neu.id, old.id]);
    expect(await ids("?sort=trending")).toEqual([old.id, neu.id, mid.id]);
    expect(await ids("?category=fitness")).toEqual([mid.id]);
    expect(await ids("?q=diabetis")).toEqual([old.id]);
    expect(await ids("?q=YOGA")).toEqual([mid.id]);
    expect(await ids("?q=100%25")).toEqual([]);
    await db.update(forumPosts).set({ isPinned: true }).where(eq(forumPosts.uuid, old.id));
    expect(await ids("")).toEqual([old.id, neu.id, mid.id]);

    const paged = await forum.list("?pageSize=2&page=2");
    expect(paged.body.meta).toEqual({ page: 2, pageSize: 2, total: 3 });
    expect(paged.body.data).toHaveLength(1);
    expect((await forum.list("?sort=hot")).status).toBe(422);
  });

  it("counts a view once per viewer and day, also under parallel loads", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const post = await postAs(a.token);
    await Promise.all(Array.from({ length: 5 }, () => forum.get(post.id, b.token)));
    await forum.get(post.id, a.token);
    await forum.get(post.id, a.token);
    await forum.get(post.id);
    await forum.get(post.id);
    const [row] = await db
      .select({ views: forumPosts.views })
      .from(forumPosts)
      .where(eq(forumPosts.uuid, post.id));
    // b once, a once, guests (no trusted address in tests) once.
    expect(row!.views).toBe(3);
  });
});

describe(`forum anonymity (${db_})`, () => {
  it("shows only the alias to everyone but admins, in every body", async () => {
    const a = await createPatientWithToken({ fullName: "Secretive Sunita" });
    const b = await createPatientWithToken();
    const admin = await createAdminWithToken();
    const post = await postAs(a.token, { category: "mental_health", anonymous: true });
    expect(post.author.name).toMatch(/^Anonymous member \d{4}$/);
    const reply = await forum.reply(a.token, post.id, { content: "Thanks all", anonymous: true });
    expect(reply.status).toBe(201);
    expect(reply.body.data.author.name).toBe(post.author.name);

    const bodies = [
      await forum.list(),
      await forum.list("", b.token),
      await forum.get(post.id),
      await forum.get(post.id, b.token),
      await forum.replies(post.id, b.token),
      await forum.getReply(reply.body.data.id),
    ];
    for (const res of bodies) {
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain("Sunita");
      expect(text).not.toContain("Secretive");
      expect(text).not.toContain(a.user.uuid);
      expect(text).toContain(post.author.name);
    }
    const seen = await forum.get(post.id, admin.token);
    expect(seen.body.data.author).toMatchObject({
      name: "Secretive Sunita",
      id: a.user.uuid,
      anonymous: true,
      alias: post.author.name,
    });
  });

  it("refuses an anonymous reply outside sensitive categories (422)", async () => {
    const a = await createPatientWithToken();
    const post = await postAs(a.token);
    const res = await forum.reply(a.token, post.id, { content: "hello", anonymous: true });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: "anonymous", message: expect.any(String) }]);
  });
});

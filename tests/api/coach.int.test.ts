import { beforeEach, describe, expect, it } from "vitest";
import { POST as postMessageRoute } from "@/app/api/v1/coach/conversations/[id]/messages/route";
import {
  DELETE as deleteRoute,
  GET as getRoute,
} from "@/app/api/v1/coach/conversations/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/coach/conversations/route";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
import { articles as seedArticles } from "@/db/seed/data/articles";
import { call } from "@/tests/api-client";
import { createPatientWithToken } from "@/tests/factories-appointments";

/** POST a message and read the streamed text answer. */
async function send(
  token: string,
  id: string,
  content: unknown,
  headers: Record<string, string> = {},
) {
  const response = await postMessageRoute(
    new Request(`http://127.0.0.1:3000/api/v1/coach/conversations/${id}/messages`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "user-agent": "vitest",
        ...headers,
      },
      body: JSON.stringify({ content }),
    }),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, headers: response.headers, text: await response.text() };
}

let a: Awaited<ReturnType<typeof createPatientWithToken>>;
let b: Awaited<ReturnType<typeof createPatientWithToken>>;
beforeEach(async () => {
  a = await createPatientWithToken();
  b = await createPatientWithToken();
  const seed = seedArticles.find((x) => x.slug === "managing-diabetes-with-indian-diet")!;
  await db.insert(articles).values({
    slug: seed.slug,
    locale: seed.locale,
    title: seed.title,
    excerpt: seed.excerpt,
    body: seed.body,
    category: seed.category,
    publishedAt: new Date("2026-03-14T10:00:00+05:30"),
  });
});

describe("/api/v1/coach/conversations", () => {
  it("needs a signed-in caller", async () => {
    expect((await call(listRoute, { path: "/coach/conversations" })).status).toBe(401);
    const res = await call(createRoute, { path: "/coach/conversations", body: {} });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("creates (201 + Location), lists, reads and deletes; B gets 404 and A keeps it", async () => {
    const created = await call(createRoute, {
      path: "/coach/conversations",
      token: a.token,
      body: { topic: "nutrition", message: "Diet for diabetes" },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;
    expect(created.headers.get("location")).toBe(`/api/v1/coach/conversations/${id}`);
    expect(created.body.data).toMatchObject({ title: "Diet for diabetes", topic: "nutrition" });

    const empty = await call(createRoute, { path: "/coach/conversations", token: a.token });
    expect(empty.status).toBe(201);
    expect(empty.body.data).toMatchObject({ title: null, topic: "general" });

    const list = await call(listRoute, { path: "/coach/conversations", token: a.token });
    expect(list.body.data).toHaveLength(2);
    expect(
      (await call(listRoute, { path: "/coach/conversations", token: b.token })).body.data,
    ).toEqual([]);

    const opts = { path: `/coach/conversations/${id}`, params: { id } };
    expect((await call(getRoute, { ...opts, token: b.token })).status).toBe(404);
    expect((await call(deleteRoute, { ...opts, method: "DELETE", token: b.token })).status).toBe(
      404,
    );
    const bPost = await send(b.token, id, "hello");
    expect(bPost.status).toBe(404);
    expect(JSON.parse(bPost.text)).toMatchObject({ code: "not_found", status: 404 });

    const got = await call(getRoute, { ...opts, token: a.token });
    expect(got.status).toBe(200);
    expect(got.body.data).toMatchObject({ id, messages: [] });
    expect((await call(deleteRoute, { ...opts, method: "DELETE", token: a.token })).status).toBe(
      204,
    );
    expect((await call(getRoute, { ...opts, token: a.token })).status).toBe(404);
  });

  it("answers 404 for a malformed id and 422 with paths for bad bodies", async () => {
    const bad = await call(getRoute, {
      path: "/coach/conversations/nope",
      params: { id: "nope" },
      token: a.token,
    });
    expect(bad.status).toBe(404);
    const topic = await call(createRoute, {
      path: "/coach/conversations",
      token: a.token,
      body: { topic: "astrology" },
    });
    expect(topic.status).toBe(422);
    expect(topic.body.errors).toEqual([expect.objectContaining({ path: "topic" })]);

    const { body } = await call(createRoute, {
      path: "/coach/conversations",
      token: a.token,
      body: {},
    });
    const id = body.data.id as string;
    for (const content of ["", "a\u0000b", "x".repeat(2001), 42]) {
      const res = await send(a.token, id, content);
      expect(res.status, JSON.stringify(content)).toBe(422);
      expect(JSON.parse(res.text).errors).toEqual([expect.objectContaining({ path: "content" })]);
    }
  });

  it("streams the answer as text/plain with the stored message's id and the guard's flag", async () => {
    const { body } = await call(createRoute, {
      path: "/coach/conversations",
      token: a.token,
      body: {},
    });
    const id = body.data.id as string;

    const diet = await send(a.token, id, "What should I eat to manage diabetes?");
    expect(diet.status).toBe(200);
    expect(diet.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(diet.headers.get("x-coach-safety-flag")).toBe("none");
    expect(diet.text).toContain("(/articles/managing-diabetes-with-indian-diet)");

    const dose = await send(a.token, id, "How many paracetamol tablets can I take?");
    expect(dose.headers.get("x-coach-safety-flag")).toBe("dosing");
    expect(dose.text).toContain("(/doctors)");

    const hindi = await send(a.token, id, "kitni goli lu?", {
      "accept-language": "hi-IN,hi;q=0.9",
    });
    expect(hindi.text).toMatch(/[\u0900-\u097F]/);

    const got = await call(getRoute, {
      path: `/coach/conversations/${id}`,
      params: { id },
      token: a.token,
    });
    const messages = got.body.data.messages as Array<{
      id: string;
      role: string;
      safetyFlag: string;
    }>;
    expect(messages.map((m) => [m.role, m.safetyFlag])).toEqual([
      ["user", "none"],
      ["assistant", "none"],
      ["user", "dosing"],
      ["assistant", "dosing"],
      ["user", "dosing"],
      ["assistant", "dosing"],
    ]);
    expect(messages[3]!.id).toBe(dose.headers.get("x-coach-message-id"));
    expect(got.body.data.title).toBe("What should I eat to manage diabetes?");
  });
});

import { createElement as h, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/ui/Markdown";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { forum } from "./forum-api";

const db_ = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";

const payloads = [
  "<script>alert(1)</script> hello there",
  '<img src=x onerror="alert(1)"> hello there',
  "[x](javascript:alert(1)) hello there",
  '<svg onload="alert(1)"></svg> hello there',
  '![x](y" onerror="z) hello there',
  '<a href="javascript:alert(1)">click me</a>',
];

/** Titles and excerpts are plain text on the pages: React escapes them. */
const renderText = (title: string, excerpt: string) =>
  renderToStaticMarkup(h(Fragment, null, h("h1", null, title), h("p", null, excerpt)));

/** Bodies go through the one Markdown renderer. */
const renderBody = (content: string) => renderToStaticMarkup(h(Markdown, { children: content }));

/**
 * The markup alone (text between tags dropped: React escapes it, so "onerror=" typed as words is
 * harmless there) holds no script, svg or img element, no event handler and no script URL.
 */
function expectNoLiveMarkup(html: string) {
  const markup = html.replace(/>[^<]*</g, "><");
  expect(markup).not.toMatch(/<script/i);
  expect(markup).not.toMatch(/<svg/i);
  expect(markup).not.toMatch(/<img/i);
  expect(markup).not.toMatch(/onerror=|onload=|\son[a-z]+\s*=/i);
  expect(markup).not.toMatch(/javascript:/i);
}

describe(`forum stored XSS (${db_})`, () => {
  it.each(payloads)("stores %j as typed and never renders it live", async (payload) => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const created = await forum.create(a.token, {
      title: payload.slice(0, 150),
      content: payload,
      category: "general",
    });
    expect(created.status).toBe(201);
    const id = created.body.data.id;
    const reply = await forum.reply(b.token, id, { content: payload });
    expect(reply.status).toBe(201);

    const post = (await forum.get(id)).body.data;
    expect(post.title).toBe(payload.slice(0, 150));
    expect(post.content).toBe(payload);
    const listed = (await forum.list()).body.data[0];
    const replies = (await forum.replies(id)).body.data;
    expect(replies[0].content).toBe(payload);

    const text = renderText(post.title, listed.excerpt);
    expectNoLiveMarkup(text);
    if (payload.includes("<")) expect(text).toContain("&lt;");
    expectNoLiveMarkup(renderBody(post.content));
    expectNoLiveMarkup(renderBody(replies[0].content));
  });

  it("keeps ordinary links working, marked nofollow ugc", async () => {
    const a = await createPatientWithToken();
    const content = "See [the guideline](https://www.who.int/health-topics/diabetes) for more.";
    const created = await forum.create(a.token, {
      title: "A useful link",
      content,
      category: "general",
    });
    const html = renderToStaticMarkup(h(Markdown, { children: created.body.data.content }));
    expect(html).toContain('href="https://www.who.int/health-topics/diabetes"');
    expect(html).toContain('rel="nofollow ugc noopener noreferrer"');
  });
});

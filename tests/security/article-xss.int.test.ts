import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { POST as commentRoute } from "@/app/api/v1/articles/[slug]/comments/route";
import { GET as articleRoute } from "@/app/api/v1/articles/[slug]/route";
import { POST as createRoute } from "@/app/api/v1/admin/articles/route";
import { ArticleBody, ArticleTitle } from "@/components/articles/ArticleText";
import { CommentList } from "@/components/articles/CommentList";
import { call } from "@/tests/api-client";
import { createAdminWithToken } from "@/tests/factories-admin";
import { createPatientWithToken } from "@/tests/factories-appointments";

/**
 * Anything in the markup a browser would execute or fetch on its own. Only real tags are read:
 * what was typed stays visible as escaped text ("&lt;img onerror=...&gt;"), which runs nothing.
 */
function expectInert(html: string) {
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) {
    expect(tag).not.toMatch(/^<(?:script|img|svg|iframe|object|embed|style|math|form|input)/i);
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(
      /(?:href|src|action|formaction)\s*=\s*"\s*(?:javascript|data|vbscript):/i,
    );
  }
}

const hostile = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "[x](javascript:alert(1))",
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  "![pixel](javascript:alert(1))",
  '<a href="javascript:alert(1)">link</a>',
].join("\n\n");

describe("stored XSS in articles never runs", () => {
  it("renders a hostile title, body, source and comment inert", async () => {
    const admin = (await createAdminWithToken()).token;
    const created = await call(createRoute, {
      token: admin,
      body: {
        slug: "hostile",
        title: '<script>alert("t")</script><img src=x onerror=alert(1)>',
        excerpt: '<svg onload="alert(1)"> summary text',
        body: `Intro paragraph.\n\n${hostile}`,
        category: "wellness",
        sources: [{ title: "<script>alert(1)</script>", url: "https://www.who.int/" }],
        published: true,
      },
    });
    expect(created.status).toBe(201);
    const { token } = await createPatientWithToken();
    const comment = await call(commentRoute, {
      token,
      params: { slug: "hostile" },
      body: { body: hostile },
    });
    expect(comment.status).toBe(201);

    const article = (await call(articleRoute, { params: { slug: "hostile" } })).body.data;
    const html = renderToStaticMarkup(
      h("div", null, [
        h(ArticleTitle, { key: "t", article }),
        h(ArticleBody, { key: "b", article, sourcesTitle: "Sources" }),
        h(CommentList, { key: "c", comments: [comment.body.data], dateOf: (iso: string) => iso }),
      ]),
    );
    expectInert(html);
    // What was typed is still there to read, as text.
    expect(html).toContain("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;");
    expect(html).toContain("Intro paragraph.");
    expect(html).toContain('rel="nofollow noopener noreferrer"');
  });

  it("refuses a source whose address is not http(s)", async () => {
    const admin = (await createAdminWithToken()).token;
    const res = await call(createRoute, {
      token: admin,
      body: {
        slug: "bad-source",
        title: "A title",
        excerpt: "A long enough summary",
        body: "A long enough body for the article.",
        category: "wellness",
        sources: [{ title: "Evil", url: "javascript:alert(1)" }],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toMatch(/^sources\.0\.url/);
  });
});

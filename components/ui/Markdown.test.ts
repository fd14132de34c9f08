import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, safeUrl } from "./Markdown";

const render = (source: string, headingOffset?: number, minLevel?: number) =>
  renderToStaticMarkup(h(Markdown, { children: source, headingOffset, minLevel }));

/** Anything in the markup a browser would execute or fetch on its own. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(?:img|svg|iframe|object|embed|style|math|form|input)/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(
    /(?:href|src|action|formaction)\s*=\s*"\s*(?:javascript|data|vbscript):/i,
  );
}

describe("Markdown", () => {
  it("renders the markdown a writer uses", () => {
    const html = render("## Eat well\n\n- **dal**\n- roti\n\n> quoted\n\n[read](/articles/x)");
    expect(html).toContain("<h3");
    expect(html).toContain("<strong>dal</strong>");
    expect(html).toContain("<blockquote");
    expect(html).toContain('href="/articles/x"');
  });

  const hostile: [string, string][] = [
    ["a script tag", "hello <script>alert(1)</script> there"],
    ["an image with onerror", '<img src=x onerror="alert(1)">'],
    ["a markdown image", "![x](https://evil.example/pixel.png)"],
    ["a markdown image with javascript", "![x](javascript:alert(1))"],
    ["a javascript: link", "[click](javascript:alert(1))"],
    ["an encoded javascript: link", "[click](jav&#x09;ascript:alert(1))"],
    ["an upper-case JavaScript: link", "[click](JaVaScRiPt:alert(1))"],
    ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["a vbscript: link", "[x](vbscript:msgbox(1))"],
    ["an autolink with javascript", "<javascript:alert(1)>"],
    ["an SVG with onload", '<svg onload="alert(1)"><circle r="1"/></svg>'],
    ["an HTML comment trick", "<!-- --><script>alert(1)</script><!-- -->"],
    ["a comment closing early", "<!--> <img src=x onerror=alert(1)> -->"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["an anchor tag with javascript", '<a href="javascript:alert(1)">x</a>'],
    ["a style tag", "<style>body{display:none}</style>"],
    ["a reference link with javascript", "[x][1]\n\n[1]: javascript:alert(1)"],
    ["a form", '<form action="https://evil.example"><input name=a></form>'],
  ];
  it.each(hostile)("leaves nothing executable from %s", (_name, source) => {
    expectInert(render(source));
  });

  it("keeps the text of hostile HTML out of elements (shown as nothing, never run)", () => {
    const html = render("<b onclick=alert(1)>bold</b> text");
    expect(html).not.toContain("onclick");
    expect(html).toContain("text");
  });

  it("marks external links nofollow ugc noopener noreferrer, and leaves site links alone", () => {
    const html = render("[out](https://example.org/a) and [in](/doctors)");
    expect(html).toContain(
      '<a href="https://example.org/a" rel="nofollow ugc noopener noreferrer"',
    );
    expect(html).toMatch(/<a href="\/doctors" class=/);
  });

  it("demotes headings so the page's h1 stays the only one", () => {
    expect(render("# Title")).toContain("<h2");
    expect(render("# Title", 2)).toContain("<h3");
    expect(render("###### Deep", 2)).toContain("<h6");
    expect(render("# Title")).not.toContain("<h1");
  });

  it("keeps an article's ## sections at h2 under the page's h1, and never above minLevel", () => {
    expect(render("## Section", 0, 2)).toContain("<h2");
    expect(render("# Title", 0, 2)).toContain("<h2");
    expect(render("### Part", 0, 2)).toContain("<h3");
  });
});

describe("safeUrl", () => {
  it.each([
    ["https://a.example/x", "https://a.example/x"],
    ["/articles/diet", "/articles/diet"],
    ["#part", "#part"],
    ["mailto:help@swasthai.dev", "mailto:help@swasthai.dev"],
    ["javascript:alert(1)", ""],
    ["data:text/html,hi", ""],
    ["file:///etc/passwd", ""],
  ])("%s -> %j", (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

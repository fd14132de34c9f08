import type { ComponentPropsWithoutRef, ReactNode } from "react";
import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";

/**
 * The one markdown renderer (coach answers, articles, later the forum). Nothing a writer types
 * can run: raw HTML is never parsed into elements (react-markdown drops it and rehype-sanitize
 * cleans what is left against GitHub's allow-list), `javascript:`, `data:` and other unsafe links
 * lose their href, images are dropped, and external links carry rel="nofollow ugc noopener
 * noreferrer". Headings are demoted by `headingOffset` so a body's "# Title" never competes with
 * the page's own h1. Isomorphic: the coach's streaming view renders it in the browser too.
 */
export function Markdown({
  children,
  headingOffset = 1,
  minLevel = headingOffset + 1,
  className,
}: {
  children: string;
  /** How many levels to demote headings by (1: "# x" becomes h2). Capped at h6. */
  headingOffset?: number;
  /** The highest heading level the text may use (2 under a page's h1, so "# x" never is one). */
  minLevel?: number;
  className?: string;
}) {
  return (
    <div className={className ?? "space-y-3 break-words text-slate-800"}>
      <ReactMarkdown
        skipHtml
        rehypePlugins={[[rehypeSanitize, sanitizeSchema]]}
        urlTransform={safeUrl}
        components={componentsFor(headingOffset, minLevel)}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}

/** GitHub's schema without images (no hot-linking, no tracking pixels). */
const sanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "img" && tag !== "picture"),
};

/** Only http(s), mailto, tel and same-site links keep their target; anything else is dropped. */
export function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  if (!cleaned) return "";
  if (/^(?:https?:|mailto:|tel:)/i.test(cleaned)) return cleaned;
  // Relative links (no scheme): "/articles/x", "#part", "page". A colon before any slash would be a
  // scheme that defaultUrlTransform let through; refuse it.
  return /^[^/?#]*:/.test(cleaned) ? "" : cleaned;
}

function isExternal(href: string | undefined): boolean {
  return Boolean(href && /^(?:https?:)?\/\//i.test(href));
}

type Level = 1 | 2 | 3 | 4 | 5 | 6;

function componentsFor(offset: number, minLevel: number): Components {
  const heading = (level: Level) => {
    const demoted = Math.min(6, Math.max(minLevel, level + Math.max(0, offset))) as Level;
    const Tag = `h${demoted}` as const;
    const size = demoted <= 2 ? "text-xl" : demoted === 3 ? "text-lg" : "text-base";
    return function Heading({ children }: { children?: ReactNode }) {
      return <Tag className={`${size} mt-4 font-semibold text-slate-900`}>{children}</Tag>;
    };
  };
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    img: () => null,
    a: ({ href, children }: ComponentPropsWithoutRef<"a">) => {
      if (!href) return <span>{children}</span>;
      return isExternal(href) ? (
        <a
          href={href}
          rel="nofollow ugc noopener noreferrer"
          className="font-medium text-brand-800 underline underline-offset-2"
        >
          {children}
        </a>
      ) : (
        <a href={href} className="font-medium text-brand-800 underline underline-offset-2">
          {children}
        </a>
      );
    },
    ul: ({ children }) => <ul className="list-disc space-y-1 ps-6">{children}</ul>,
    ol: ({ children }) => <ol className="list-decimal space-y-1 ps-6">{children}</ol>,
    blockquote: ({ children }) => (
      <blockquote className="border-s-4 border-brand-200 bg-slate-50 py-1 ps-4 text-slate-800">
        {children}
      </blockquote>
    ),
    p: ({ children }) => <p className="leading-relaxed">{children}</p>,
    code: ({ children }) => (
      <code className="rounded bg-slate-100 px-1 font-mono text-sm">{children}</code>
    ),
  };
}

import type { Result } from "lighthouse";
import { describe, expect, it } from "vitest";
import {
  accessibilityFailures,
  figuresOf,
  foreignRequests,
  markdownSection,
  misses,
  passed,
  summarize,
  type Figures,
  type LighthouseReport,
} from "./report";

const good: Figures = {
  lcpMs: 1500,
  tbtMs: 150,
  cls: 0.05,
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
};

/** Just the parts of a Lighthouse result the report reads. */
function lhr(parts: {
  audits?: Record<string, unknown>;
  a11yRefs?: { id: string; weight: number }[];
}): Result {
  return {
    audits: parts.audits ?? {},
    categories: {
      performance: { score: 0.9, auditRefs: [] },
      accessibility: { score: 1, auditRefs: parts.a11yRefs ?? [] },
    },
  } as unknown as Result;
}

describe("misses", () => {
  it("passes a page exactly at every target", () => {
    expect(misses(good)).toEqual([]);
  });

  it("names each target a page misses", () => {
    expect(misses({ ...good, lcpMs: 1510, tbtMs: 151, cls: 0.051, accessibility: 96 })).toEqual([
      "LCP 1.51 s > 1.50 s",
      "TBT 151 ms > 150 ms",
      "CLS 0.051 > 0.05",
      "accessibility 96 < 100",
    ]);
  });
});

describe("summarize", () => {
  it("takes the median of each timing and the lowest accessibility score", () => {
    const s = summarize([
      { ...good, lcpMs: 900, tbtMs: 400 },
      { ...good, lcpMs: 2000, tbtMs: 10, accessibility: 92 },
      { ...good, lcpMs: 1100, tbtMs: 90 },
    ]);
    expect(s.lcpMs).toBe(1100);
    expect(s.tbtMs).toBe(90);
    expect(s.accessibility).toBe(92);
  });
});

describe("figuresOf", () => {
  it("reads the metrics and scores as Lighthouse shows them", () => {
    const f = figuresOf(
      lhr({
        audits: {
          "largest-contentful-paint": { numericValue: 1234 },
          "total-blocking-time": { numericValue: 56 },
          "cumulative-layout-shift": { numericValue: 0.01 },
        },
      }),
    );
    expect(f).toMatchObject({ lcpMs: 1234, tbtMs: 56, cls: 0.01, performance: 90 });
    expect(f.accessibility).toBe(100);
  });

  it("fails loudly when a metric could not be measured", () => {
    expect(() =>
      figuresOf(lhr({ audits: { "largest-contentful-paint": { errorMessage: "NO_LCP" } } })),
    ).toThrow(/largest-contentful-paint.*NO_LCP/);
  });
});

describe("accessibilityFailures", () => {
  it("lists failed weighted audits with the elements axe named", () => {
    const result = lhr({
      a11yRefs: [
        { id: "color-contrast", weight: 7 },
        { id: "label", weight: 7 },
        { id: "manual-check", weight: 0 },
      ],
      audits: {
        "color-contrast": {
          score: 0,
          title: "Low contrast",
          details: { items: [{ node: { selector: "p.text-slate-400" } }] },
        },
        label: { score: 1, title: "Labels" },
        "manual-check": { score: 0, title: "Manual" },
      },
    });
    expect(accessibilityFailures(result)).toEqual([
      "color-contrast: Low contrast [p.text-slate-400]",
    ]);
  });
});

describe("foreignRequests", () => {
  const result = lhr({
    audits: {
      "network-requests": {
        details: {
          items: [
            { url: "http://127.0.0.1:3000/_next/static/a.js" },
            { url: "data:image/png;base64,AAAA" },
            { url: "https://a.tile.openstreetmap.org/15/1/2.png" },
            { url: "https://fonts.example.com/x.woff2" },
          ],
        },
      },
    },
  });

  it("names requests to other origins, apart from blocked ones", () => {
    expect(
      foreignRequests(result, "http://127.0.0.1:3000", ["https://*.tile.openstreetmap.org/*"]),
    ).toEqual(["https://fonts.example.com/x.woff2"]);
  });

  it("counts a blocked origin's requests when nothing was blocked", () => {
    expect(foreignRequests(result, "http://127.0.0.1:3000")).toHaveLength(2);
  });
});

describe("markdownSection", () => {
  const page = { label: "home", path: "/", runs: [good], summary: good, problems: [] };
  const report: LighthouseReport = {
    date: "2026-12-06T12:00:00Z",
    commit: "abc1234",
    dirty: false,
    origin: "http://127.0.0.1:3000",
    locale: "default",
    lighthouse: "12.8.2",
    chromium: "Chrome/156.0",
    node: "v20.20.2",
    nproc: 2,
    benchmarkIndex: [1500],
    loadStart: [1, 2, 3],
    loadEnd: [1, 2, 3],
    pages: [
      page,
      { ...page, label: "doctors list", path: "/doctors", problems: ["landed on /login"] },
    ],
  };

  it("records commit, versions and nproc, and which pages met the targets", () => {
    const md = markdownSection(report);
    expect(md).toContain("## 2026-12-06T12:00:00Z: Lighthouse, commit abc1234\n");
    expect(md).toContain("Lighthouse 12.8.2, Chrome/156.0 (Debian), Node v20.20.2, nproc 2");
    expect(md).toMatch(/\| home +\| `\/` +\| 1\.50 s +\| 150 ms +\| 0\.050 \| 100 .*\| yes +\|/);
    expect(md).toContain("**no**: landed on /login");
    expect(passed(report.pages[1]!)).toBe(false);
  });

  it("says whether the metrics were simulated or observed under applied throttling", () => {
    expect(markdownSection(report)).toContain("Default mobile settings (simulated slow 4G");
    const applied = markdownSection({ ...report, throttling: "devtools" });
    expect(applied).toContain("applied throttling (throttlingMethod devtools");
    expect(applied).not.toContain("simulated slow 4G");
  });

  it("names the language when a run chose one", () => {
    expect(markdownSection({ ...report, locale: "hi" })).toContain(
      "Lighthouse (hi), commit abc1234",
    );
  });
});

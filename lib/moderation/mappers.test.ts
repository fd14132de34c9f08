import { describe, expect, it } from "vitest";
import { excerptOf, groupByTarget } from "./mappers";
import { canSeeForumContent } from "./policy";
import type { ReportDto } from "./schemas";

describe("excerptOf", () => {
  it("flattens whitespace and keeps short text whole", () => {
    expect(excerptOf("  Fever\n\nfor   three days ")).toBe("Fever for three days");
  });

  it("cuts long text at a word with an ellipsis, within 281 characters", () => {
    const long = "word ".repeat(100);
    const cut = excerptOf(long);
    expect(cut.endsWith("word…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(281);
  });
});

describe("groupByTarget", () => {
  const dto = (id: string) => ({ id }) as ReportDto;
  it("keeps the queue's target order and each target's reports together", () => {
    const groups = groupByTarget(
      [
        { key: "forum_reply:2", targetType: "forum_reply" },
        { key: "forum_post:1", targetType: "forum_post" },
        { key: "forum_post:9", targetType: "forum_post" },
      ],
      [
        { key: "forum_post:1", dto: dto("a") },
        { key: "forum_reply:2", dto: dto("b") },
        { key: "forum_post:1", dto: dto("c") },
      ],
    );
    expect(groups.map((g) => [g.key, g.reports.map((r) => r.id)])).toEqual([
      ["forum_reply:2", ["b"]],
      ["forum_post:1", ["a", "c"]],
    ]);
  });
});

describe("canSeeForumContent", () => {
  const hidden = { authorId: 1, hiddenAt: new Date() };
  it("shows hidden content only to its author and admins", () => {
    expect(canSeeForumContent({ userId: 2, role: "patient" }, hidden)).toBe(false);
    expect(canSeeForumContent({ userId: 2, role: "doctor" }, hidden)).toBe(false);
    expect(canSeeForumContent(null, hidden)).toBe(false);
    expect(canSeeForumContent({ userId: 1, role: "patient" }, hidden)).toBe(true);
    expect(canSeeForumContent({ userId: 3, role: "admin" }, hidden)).toBe(true);
    expect(canSeeForumContent(null, { authorId: 1, hiddenAt: null })).toBe(true);
  });
});

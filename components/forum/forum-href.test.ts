import { describe, expect, it } from "vitest";
import { forumHref, forumReturnPath } from "./forum-href";

describe("forum links", () => {
  it("keeps defaults out of the list URL", () => {
    expect(forumHref({ sort: "new", page: 1 })).toBe("/forum");
    expect(forumHref({ sort: "top", page: 2, q: "sugar", category: "nutrition" })).toBe(
      "/forum?q=sugar&category=nutrition&sort=top&page=2",
    );
    expect(forumHref({ sort: "top", page: 3 }, { page: 1 })).toBe("/forum?sort=top");
  });

  it.each([
    ["/forum", "/forum"],
    ["/forum?sort=top&page=3", "/forum?sort=top&page=3"],
    ["/forum/abc#reply-1", "/forum/abc#reply-1"],
    ["https://evil.example/forum", "/forum"],
    ["//evil.example/forum", "/forum"],
    ["/forums-elsewhere", "/forum"],
    ["/forum/\\evil", "/forum"],
    ["/admin", "/forum"],
    ["", "/forum"],
  ])("returns %j to %j", (input, expected) => {
    expect(forumReturnPath(input)).toBe(expected);
  });
});

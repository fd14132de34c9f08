import { describe, expect, it } from "vitest";
import { inboxUrl, inboxViewOf } from "./inbox-url";
import { listNotificationsQuerySchema } from "./schemas";

describe("the inbox's own URLs", () => {
  it.each([
    [["all", 1, {}], "/notifications"],
    [["unread", 1, {}], "/notifications?filter=unread"],
    [["all", 3, { notice: "read" }], "/notifications?page=3&notice=read"],
    [["unread", 2, { error: "failed" }], "/notifications?filter=unread&page=2&error=failed"],
  ] as const)("%j -> %s", ([filter, page, extra], url) => {
    expect(inboxUrl(filter, page, extra)).toBe(url);
  });

  it.each([
    [{}, { filter: "all", page: 1 }],
    [
      { filter: "unread", page: "4" },
      { filter: "unread", page: 4 },
    ],
    [
      { filter: "read", page: "0" },
      { filter: "all", page: 1 },
    ],
    [
      { filter: ["unread"], page: "2.5" },
      { filter: "all", page: 1 },
    ],
    [{ page: "99999" }, { filter: "all", page: 1 }],
  ])("reads %j as %j (anything odd is the first page of all)", (raw, view) => {
    expect(inboxViewOf(raw)).toEqual(view);
  });
});

describe("the list query", () => {
  it("parses ?unread=true|false and again its own output", () => {
    const parsed = listNotificationsQuerySchema.parse({ unread: "true", pageSize: "500" });
    expect(parsed).toEqual({ page: 1, pageSize: 100, unread: true });
    expect(listNotificationsQuerySchema.parse(parsed)).toEqual(parsed);
    expect(listNotificationsQuerySchema.parse({}).unread).toBe(false);
    expect(listNotificationsQuerySchema.safeParse({ unread: "yes" }).success).toBe(false);
  });
});

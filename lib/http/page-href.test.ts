import { describe, expect, it } from "vitest";
import { pageHref } from "./page-href";

describe("pageHref", () => {
  it("leaves out defaults: nothing set, an empty value, page 1", () => {
    expect(pageHref("/admin/users", {})).toBe("/admin/users");
    expect(pageHref("/admin/users", { q: "", page: 1 })).toBe("/admin/users");
    expect(pageHref("/admin/users", { q: undefined, page: 3 })).toBe("/admin/users?page=3");
  });

  it("keeps the given order and encodes values", () => {
    expect(pageHref("/admin/users", { q: "asha@x.in & co", page: 2 })).toBe(
      "/admin/users?q=asha%40x.in+%26+co&page=2",
    );
  });
});

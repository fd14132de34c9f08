import { describe, expect, it } from "vitest";
import { excerptOf, publicName, toAuthor } from "./mappers";
import { createPostSchema } from "./schemas";

const row = {
  authorUuid: "7f1c0c52-0d5c-4a4e-9a53-0b0f3c1f0e11",
  authorName: "Meera Iyer",
  anonymousAlias: null as string | null,
  authorIsVerifiedDoctor: true,
};

describe("forum authors", () => {
  it("shows members by first name and initial, with the doctor badge, and no id", () => {
    expect(toAuthor(row, false)).toEqual({
      name: "Meera I.",
      anonymous: false,
      verifiedDoctor: true,
      id: null,
      alias: null,
    });
    expect(publicName("Asha")).toBe("Asha");
  });

  it("shows an anonymous author only as the alias, badge and id withheld", () => {
    const anon = { ...row, anonymousAlias: "Anonymous member 4821" };
    const seen = toAuthor(anon, false);
    expect(seen).toEqual({
      name: "Anonymous member 4821",
      anonymous: true,
      verifiedDoctor: false,
      id: null,
      alias: "Anonymous member 4821",
    });
    expect(JSON.stringify(seen)).not.toMatch(/Meera|Iyer|7f1c0c52/);
  });

  it("lets admins see through the alias", () => {
    const anon = { ...row, anonymousAlias: "Anonymous member 4821" };
    expect(toAuthor(anon, true)).toMatchObject({
      name: "Meera Iyer",
      id: row.authorUuid,
      alias: "Anonymous member 4821",
      verifiedDoctor: false,
    });
  });
});

describe("forum text", () => {
  it("makes a one-line excerpt of at most 200 characters", () => {
    expect(excerptOf("a\n\nb   c")).toBe("a b c");
    const long = excerptOf("word ".repeat(100));
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith("…")).toBe(true);
  });

  it("allows anonymous posts only in sensitive categories", () => {
    const base = { title: "Feeling low lately", content: "Some days are hard to start." };
    expect(
      createPostSchema.safeParse({ ...base, category: "mental_health", anonymous: true }).success,
    ).toBe(true);
    expect(
      createPostSchema.safeParse({ ...base, category: "sexual_health", anonymous: true }).success,
    ).toBe(true);
    const refused = createPostSchema.safeParse({ ...base, category: "fitness", anonymous: true });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(["anonymous"]);
  });
});

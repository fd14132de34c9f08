import { describe, expect, it } from "vitest";
import { isUuid, uuidSchema } from "./ids";

describe("isUuid", () => {
  it("accepts a public id in either case and refuses anything else", () => {
    expect(isUuid("123e4567-e89b-42d3-a456-426614174000")).toBe(true);
    expect(isUuid("123E4567-E89B-42D3-A456-426614174000")).toBe(true);
    expect(isUuid("123e4567e89b42d3a456426614174000")).toBe(false);
    expect(isUuid("me")).toBe(false);
    expect(isUuid("123e4567-e89b-42d3-a456-42661417400g")).toBe(false);
  });

  it("agrees with the schema the routes use, which names the problem", () => {
    const bad = uuidSchema.safeParse("42");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("must be a UUID");
  });
});

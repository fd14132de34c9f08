import { describe, expect, it } from "vitest";
import { doctorListQuerySchema } from "./schemas";

const parse = (q: Record<string, string>) => doctorListQuerySchema.safeParse(q);

describe("doctor list query", () => {
  it("defaults to page 1 of 20", () => {
    expect(parse({})).toMatchObject({ success: true, data: { page: 1, pageSize: 20 } });
  });

  it("clamps a page size above 100 instead of rejecting it", () => {
    expect(parse({ pageSize: "500" })).toMatchObject({ success: true, data: { pageSize: 100 } });
  });

  it("takes specialty by field name and booleans as strings", () => {
    const r = parse({ specialty: "Cardiology", city: "Pune", online: "true", maxFee: "800" });
    expect(r).toMatchObject({
      success: true,
      data: { specialty: "cardiologist", city: "Pune", online: true, maxFee: 800 },
    });
  });

  it.each([
    [{ page: "0" }, "page"],
    [{ page: "abc" }, "page"],
    [{ pageSize: "-3" }, "pageSize"],
    [{ specialty: "Astrology" }, "specialty"],
    [{ online: "maybe" }, "online"],
    [{ minRating: "7" }, "minRating"],
    [{ sort: "price" }, "sort"],
    [{ sort: "distance" }, "sort"],
    [{ q: "a\u0000b" }, "q"],
  ])("rejects %j at %s", (query, path) => {
    const r = parse(query as Record<string, string>);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

import { describe, expect, it } from "vitest";
import { parseShopSearch, shopHref } from "./search-params";

describe("shop search params", () => {
  it("keeps valid filters and drops the ones the search would refuse", () => {
    const { filters, query } = parseShopSearch({
      q: " paracetamol ",
      rx: "maybe",
      inStock: "true",
      sort: ["price", "name"],
      page: "0",
      other: "x",
    });
    expect(filters).toEqual({ q: "paracetamol", inStock: "true", sort: "price" });
    expect(query).toMatchObject({ q: "paracetamol", inStock: true, sort: "price", pageSize: 24 });
  });

  it("builds shop links, a new filter resetting nothing else unless asked", () => {
    const filters = { q: "ors", page: "3" };
    expect(shopHref(filters, { category: "hydration", page: undefined })).toBe(
      "/pharmacy?q=ors&category=hydration",
    );
    expect(shopHref({})).toBe("/pharmacy");
  });
});

import { searchMedicinesQuerySchema, type SearchMedicinesQuery } from "@/lib/pharmacy/schemas";

export type RawSearchParams = Record<string, string | string[] | undefined>;

const keys = ["q", "category", "rx", "inStock", "sort", "page"] as const;
export type ShopFilters = Partial<Record<(typeof keys)[number], string>>;

/**
 * The shop's filters from the URL: the first value of each known key, blanks dropped, and any value
 * the search would refuse left out (a stale or hand-edited link still shows the shop).
 */
export function parseShopSearch(raw: RawSearchParams): {
  filters: ShopFilters;
  query: SearchMedicinesQuery;
} {
  const filters: ShopFilters = {};
  for (const key of keys) {
    const value = Array.isArray(raw[key]) ? raw[key][0] : raw[key];
    if (typeof value === "string" && value.trim() !== "") filters[key] = value.trim();
  }
  const result = searchMedicinesQuerySchema.safeParse(filters);
  if (!result.success) {
    for (const issue of result.error.issues) delete filters[issue.path[0] as keyof ShopFilters];
  }
  return { filters, query: searchMedicinesQuerySchema.parse({ ...filters, pageSize: 24 }) };
}

/** The shop URL with these filters (and `changes` applied; undefined removes a key). */
export function shopHref(filters: ShopFilters, changes: ShopFilters = {}): string {
  const params = new URLSearchParams();
  const merged: ShopFilters = { ...filters, ...changes };
  for (const key of keys) {
    const value = merged[key];
    if (value !== undefined && !(key in changes && changes[key] === undefined)) {
      params.set(key, value);
    }
  }
  const search = params.toString();
  return search ? `/pharmacy?${search}` : "/pharmacy";
}

/** The page's search params as Next 16 hands them over. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a search param, or undefined. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

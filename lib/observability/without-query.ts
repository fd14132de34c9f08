/** `https://x/y?token=1#f` -> `https://x/y`, and `/y?a=1` -> `/y`: a query may hold a secret. */
export function withoutQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

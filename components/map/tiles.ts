/**
 * The one place that names the map tile server. The CSP in proxy.ts allows images from
 * https://*.tile.openstreetmap.org; change both together.
 */
export const TILE_URL_TEMPLATE = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";
export const TILE_SUBDOMAINS = "abc";
export const TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
export const TILE_MAX_ZOOM = 19;

/** One tile's URL (for the profile's static map). */
export function tileUrl(z: number, x: number, y: number, s = "a"): string {
  return TILE_URL_TEMPLATE.replace("{s}", s)
    .replace("{z}", String(z))
    .replace("{x}", String(x))
    .replace("{y}", String(y));
}

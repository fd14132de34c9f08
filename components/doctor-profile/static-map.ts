import { tileUrl } from "@/components/map/tiles";

const TILE = 256;

export interface StaticMapTile {
  src: string;
  left: number;
  top: number;
}

/**
 * A 3x3 block of OpenStreetMap tiles around a point, positioned so the point sits at the centre of
 * a `width` x `height` box: a "static map" with no JavaScript. Pure; tested by eye on the profile.
 */
export function staticMapTiles(
  lat: number,
  lng: number,
  zoom: number,
  width: number,
  height: number,
): StaticMapTile[] {
  const n = 2 ** zoom;
  const x = ((lng + 180) / 360) * n;
  const latRad = (lat * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n;
  const tileX = Math.floor(x);
  const tileY = Math.floor(y);
  // pixel position of the point inside the centre tile
  const px = (x - tileX) * TILE;
  const py = (y - tileY) * TILE;
  const tiles: StaticMapTile[] = [];
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const tx = (((tileX + dx) % n) + n) % n;
      const ty = tileY + dy;
      if (ty < 0 || ty >= n) continue;
      tiles.push({
        src: tileUrl(zoom, tx, ty, "abc"[(tx + ty) % 3] ?? "a"),
        left: Math.round(width / 2 - px + dx * TILE),
        top: Math.round(height / 2 - py + dy * TILE),
      });
    }
  }
  return tiles;
}

export function osmLink(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat.toFixed(5)}&mlon=${lng.toFixed(5)}#map=16/${lat.toFixed(5)}/${lng.toFixed(5)}`;
}

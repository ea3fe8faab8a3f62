// Chooses the tileset picture for each tile: variants by position, crosswalk and fence
// direction by neighbours.
import tilesJson from '../../assets/tiles.json';
import type { TileKind } from '../core/tiles';

const LOOKS = tilesJson.tiles as Record<string, number[]>;

function variant(list: readonly number[], x: number, y: number): number {
  // A small stable hash so the same map always looks the same; the first look is the most common.
  const h = ((x * 73856093) ^ (y * 19349663)) >>> 0;
  const roll = h % 10;
  if (list.length === 1 || roll < 6) return list[0]!;
  return list[1 + ((h >> 4) % (list.length - 1))]!;
}

/** Tileset indices for a row-major grid of tile kinds. */
export function tileIndices(tiles: readonly TileKind[], width: number, height: number): number[][] {
  const at = (x: number, y: number): TileKind | null =>
    x < 0 || y < 0 || x >= width || y >= height ? null : tiles[y * width + x]!;
  const rows: number[][] = [];
  for (let y = 0; y < height; y++) {
    const row: number[] = [];
    for (let x = 0; x < width; x++) {
      const kind = at(x, y)!;
      let key: string = kind;
      if (kind === 'crosswalk') {
        // The road beside the crossing says which way the cars go: road to the left or right
        // means a road running left–right, whatever other crosswalk tiles lie above or below.
        const roadLeftRight = at(x - 1, y) === 'road' || at(x + 1, y) === 'road';
        const roadUpDown = at(x, y - 1) === 'road' || at(x, y + 1) === 'road';
        key = roadLeftRight || !roadUpDown ? 'crosswalk_h' : 'crosswalk_v';
      } else if (kind === 'fence') {
        const vertical = at(x, y - 1) === 'fence' || at(x, y + 1) === 'fence';
        const horizontal = at(x - 1, y) === 'fence' || at(x + 1, y) === 'fence';
        key = vertical && !horizontal ? 'fence_v' : 'fence';
      }
      const list = LOOKS[key] ?? LOOKS[kind] ?? LOOKS.grass!;
      row.push(variant(list, x, y));
    }
    rows.push(row);
  }
  return rows;
}

// A calm street scene behind the menus: a few tiles, trees and people strolling.
import Phaser from 'phaser';
import type { TileKind } from '../core/tiles';
import { GAME_HEIGHT, GAME_WIDTH, TILE } from './layout';
import { bakeGround } from './ground';
import { tileIndices } from './tile-look';

const ROWS = [
  'rrrrrrrrrrrrrrrrrrrr',
  'wwwwwwwwwwwwwwwwwwww',
  '::::::::::::::::::::',
  '.T..*....*.....*..T.',
  '......*......*......',
  '.*...............*..',
  '=========||=========',
  '=========||=========',
  '..*....*.....*....*.',
  'T..............*...T',
  '::::::::::::::::::::',
  '.hh.*..T....T..*.hh.',
];
const LEGEND: Record<string, TileKind> = {
  r: 'roof',
  w: 'wall',
  ':': 'path',
  '.': 'grass',
  '*': 'flowers',
  T: 'tree',
  h: 'hedge',
  '=': 'road',
  '|': 'crosswalk',
};

/** Draws the backdrop and starts its strollers; everything is owned by `scene`. */
export function drawBackdrop(scene: Phaser.Scene, reducedMotion: boolean): void {
  const kinds = ROWS.flatMap((row) => [...row].map((ch) => LEGEND[ch] ?? 'grass'));
  const width = ROWS[0]!.length;
  bakeGround(
    scene,
    tileIndices(kinds, width, ROWS.length),
    0,
    (GAME_HEIGHT - ROWS.length * TILE) / 2,
  ).setDepth(-10);

  const walkers: [string, number, number][] = [
    ['old-woman', 2.5, 1],
    ['girl', 10.5, -1],
    ['old-man', 15.5, 1],
    ['boy', 6.5, -1],
  ];
  const yFor = (row: number): number =>
    (GAME_HEIGHT - ROWS.length * TILE) / 2 + row * TILE + TILE * 0.8;
  walkers.forEach(([frame, row, dir], i) => {
    const y = yFor(row);
    const sprite = scene.add
      .image(i * 320 + 120, y, 'atlas', frame)
      .setOrigin(0.5, 1)
      .setDepth(y);
    sprite.setFlipX(dir < 0);
    if (reducedMotion) return;
    scene.tweens.add({
      targets: sprite,
      x: dir > 0 ? GAME_WIDTH + 60 : -60,
      duration: 26000 + i * 3000,
      repeat: -1,
      onRepeat: () => sprite.setX(dir > 0 ? -60 : GAME_WIDTH + 60),
    });
    scene.tweens.add({ targets: sprite, y: y - 5, duration: 220, yoyo: true, repeat: -1 });
  });
  // A soft veil so the menus read well over the scene.
  scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0xf6efe2, 0.35).setOrigin(0).setDepth(5000);
}

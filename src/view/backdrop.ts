// A calm street scene behind the menus: a few tiles, trees and people strolling.
import Phaser from 'phaser';
import type { TileKind } from '../core/tiles';
import { TILE } from './layout';
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
  const cols = ROWS[0]!.length;
  const width = cols * TILE;
  const height = ROWS.length * TILE;
  // The street is drawn once at its own size, in a container scaled to cover any screen.
  const street = scene.add.container(0, 0).setDepth(-10);
  const ground = bakeGround(scene, tileIndices(kinds, cols, ROWS.length), 0, 0);
  street.add(ground.image);

  const walkers: [string, number, number][] = [
    ['old-woman', 2.5, 1],
    ['girl', 10.5, -1],
    ['old-man', 15.5, 1],
    ['boy', 6.5, -1],
  ];
  const people = walkers.map(([frame, row, dir], i) => {
    const y = row * TILE + TILE * 0.8;
    const sprite = scene.add
      .image(i * 320 + 120, y, 'atlas', frame)
      .setOrigin(0.5, 1)
      .setFlipX(dir < 0);
    return { sprite, y, dir, i };
  });
  // Nearer people are drawn over farther ones.
  for (const p of [...people].sort((a, b) => a.y - b.y)) street.add(p.sprite);
  for (const { sprite, y, dir, i } of people) {
    if (reducedMotion) continue;
    scene.tweens.add({
      targets: sprite,
      x: dir > 0 ? width + 60 : -60,
      duration: 26000 + i * 3000,
      repeat: -1,
      onRepeat: () => sprite.setX(dir > 0 ? -60 : width + 60),
    });
    scene.tweens.add({ targets: sprite, y: y - 5, duration: 220, yoyo: true, repeat: -1 });
  }
  // A soft veil so the menus read well over the scene.
  const veil = scene.add.rectangle(0, 0, 1, 1, 0xf6efe2, 0.35).setOrigin(0).setDepth(5000);

  const layout = (): void => {
    const w = scene.scale.width;
    const h = scene.scale.height;
    // Cover the screen, cropping the street's sides on a tall phone, centred.
    const s = Math.max(w / width, h / height);
    street.setScale(s).setPosition((w - width * s) / 2, (h - height * s) / 2);
    ground.showAt(s);
    veil.setSize(w, h);
  };
  layout();
  scene.scale.on(Phaser.Scale.Events.RESIZE, layout);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
    scene.scale.off(Phaser.Scale.Events.RESIZE, layout),
  );
}

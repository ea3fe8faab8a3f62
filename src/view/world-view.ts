// Draws a level's state: the ground (a tilemap, drawn once), places, items, people, the
// player, need bubbles, and the little animations that answer each event.
import Phaser from 'phaser';
import { deedModule } from '../core/deeds/deed-registry';
import { MOVE_MS } from '../core/sim';
import { carPosition, walkersGreen } from '../core/traffic';
import type { Level, Mover, SimEvent, SimState } from '../core/sim-types';
import { FONT_STACK } from './fonts';
import { fontMetrics } from './text-metrics';
import { TILE } from './layout';
import { HEADROOM_TILES, type PlayArea } from './play-area';
import { addCanvasTexture, newCanvas, rgba, roundedRectPath } from './canvas-art';
import { bakeGround, type BakedGround } from './ground';
import { tileIndices } from './tile-look';

const PLAYER_FRAME = 'child';
const FEET = TILE * 0.36;

interface PersonView {
  sprite: Phaser.GameObjects.Image;
  shadow: Phaser.GameObjects.Image;
}

interface BubbleView {
  container: Phaser.GameObjects.Container;
  icon: Phaser.GameObjects.Image;
  bar: Phaser.GameObjects.Graphics;
  bob: Phaser.Tweens.Tween | null;
  /** What the icon and the bar show now (drawn again only when it changes). */
  shown: { icon: string; progress: number | null };
}

function centre(x: number, y: number): { x: number; y: number } {
  return { x: x * TILE + TILE / 2, y: y * TILE + TILE / 2 };
}

export class WorldView {
  private readonly people = new Map<string, PersonView>();
  private readonly items = new Map<string, Phaser.GameObjects.Image>();
  private readonly bubbles = new Map<string, BubbleView>();
  private readonly player: PersonView;
  private readonly carried: Phaser.GameObjects.Image[] = [];
  private readonly markers: Phaser.GameObjects.Image[] = [];
  private readonly ring: Phaser.GameObjects.Image;
  /** The map's ground, baked at the scale the camera shows it. */
  private readonly ground: BakedGround;
  private readonly cars: Phaser.GameObjects.Image[] = [];
  /** One per crosswalk tile on a level with lights: walk (green) or wait (red). */
  private readonly lights: Phaser.GameObjects.Image[] = [];
  private readonly saplings: Phaser.GameObjects.Image[] = [];
  private readonly dizzy: Phaser.GameObjects.Image;
  private lightsGreen: boolean | null = null;
  /** True while the camera follows the player (the map is larger than the screen). */
  following = false;

  /** Effects that have played out, kept to be used again: labels by colour and size, pictures. */
  private readonly spareLabels = new Map<string, Phaser.GameObjects.Text[]>();
  private readonly spareImages: Phaser.GameObjects.Image[] = [];

  /** Marker rings drawn over the markers in high contrast, one per marker. */
  private readonly markerRings: (Phaser.GameObjects.Graphics | null)[] = [];

  /**
   * `look` says, live, whether motion is reduced and whether high contrast is on (the player's
   * settings; the game context has both).
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly level: Level,
    private readonly look: { readonly reducedMotion: boolean; readonly highContrast: boolean },
  ) {
    const strong = look.highContrast;
    // The places one walks into are outlined on the ground itself (they never move). In high
    // contrast a dark, thick outline: the place is seen by its edge, not its tint.
    const outlinePlaces = (g: CanvasRenderingContext2D): void => {
      g.fillStyle = rgba(0xfff3c4, strong ? 0.5 : 0.35);
      g.strokeStyle = strong ? rgba(0x1d2430) : rgba(0xf2b53c, 0.8);
      g.lineWidth = strong ? 5 : 3;
      for (const place of level.places) {
        if (place.solid) continue;
        const x = place.at.x * TILE + 4;
        const y = place.at.y * TILE + 4;
        roundedRectPath(g, x, y, place.width * TILE - 8, place.height * TILE - 8, 12);
        g.fill();
        g.stroke();
      }
    };
    this.ground = bakeGround(
      scene,
      tileIndices(level.tiles, level.width, level.height),
      0,
      0,
      outlinePlaces,
    );
    this.ground.image.setDepth(-100);

    for (const place of level.places) {
      if (place.sprite) {
        const c = centre(place.at.x + (place.width - 1) / 2, place.at.y + (place.height - 1) / 2);
        const shadowY = c.y + FEET;
        scene.add
          .image(c.x, shadowY, 'atlas', 'shadow')
          .setDepth(shadowY - 1)
          .setAlpha(0.8);
        scene.add.image(c.x, shadowY, 'atlas', place.sprite).setOrigin(0.5, 0.92).setDepth(shadowY);
      }
    }

    for (const item of level.items) {
      const c = centre(item.at.x, item.at.y);
      const img = scene.add
        .image(c.x, c.y + 6, 'atlas', item.sprite)
        .setScale(0.72)
        .setDepth(c.y);
      if (!this.reducedMotion) {
        scene.tweens.add({
          targets: img,
          y: c.y,
          duration: 900,
          yoyo: true,
          repeat: -1,
          ease: 'Sine.InOut',
        });
      }
      this.items.set(item.id, img);
    }

    for (const p of level.people) this.people.set(p.id, this.makePerson(p.sprite));
    this.ring = scene.add.image(0, 0, 'atlas', 'marker').setScale(0.8, 0.4).setAlpha(0.9);
    this.player = this.makePerson(PLAYER_FRAME);
    if (!this.reducedMotion) {
      scene.tweens.add({ targets: this.ring, alpha: 0.45, duration: 800, yoyo: true, repeat: -1 });
    }

    for (const deed of level.deeds) this.bubbles.set(deed.id, this.makeBubble());
    for (let y = 0; level.lights && y < level.height; y++) {
      for (let x = 0; x < level.width; x++) {
        if (level.tiles[y * level.width + x] !== 'crosswalk') continue;
        const c = centre(x, y);
        this.lights.push(scene.add.image(c.x, c.y, '__DEFAULT').setDepth(-30).setVisible(false));
      }
    }
    this.dizzy = scene.add
      .image(0, 0, 'atlas', 'sparkles')
      .setScale(0.45)
      .setVisible(false)
      .setDepth(30000);
  }

  private makePerson(frame: string): PersonView {
    const shadow = this.scene.add.image(0, 0, 'atlas', 'shadow').setAlpha(0.8);
    const sprite = this.scene.add.image(0, 0, 'atlas', frame).setOrigin(0.5, 0.92);
    return { sprite, shadow };
  }

  /** Whether motion is reduced now. */
  private get reducedMotion(): boolean {
    return this.look.reducedMotion;
  }

  private makeBubble(): BubbleView {
    const bg = this.scene.add.image(0, 0, 'atlas', 'bubble').setScale(0.9);
    const icon = this.scene.add.image(0, -3, 'atlas', 'star').setScale(0.5);
    const bar = this.scene.add.graphics().setVisible(false);
    const parts: Phaser.GameObjects.GameObject[] = [bg];
    if (this.look.highContrast) {
      // A thick dark outline round the bubble and its tail (the frame's shape at 0.9 scale).
      const edge = this.scene.add.graphics().lineStyle(4, 0x1d2430, 1);
      edge.strokeRoundedRect(-25.2, -26.1, 50.4, 44.1, 10);
      edge.fillStyle(0xffffff, 1).fillTriangle(-7, 16, 7, 16, 0, 24.3);
      edge.beginPath().moveTo(-5.9, 18).lineTo(0, 24.3).lineTo(5.9, 18).strokePath();
      parts.push(edge);
    }
    parts.push(icon, bar);
    const container = this.scene.add.container(0, 0, parts).setDepth(10000).setVisible(false);
    return { container, icon, bar, bob: null, shown: { icon: 'star', progress: null } };
  }

  /**
   * Points the camera at the map for a screen: `area` says where the map goes (CSS pixels) and
   * how big a tile is; `k` is game pixels per CSS pixel. The whole map, or a readable part of it
   * that follows the player (smoothly, unless motion is reduced), clamped to the map's edges.
   * Called on every resize; the simulation never hears of it.
   */
  layout(area: PlayArea, k: number): void {
    const cam = this.scene.cameras.main;
    const x = Math.round(area.box.left * k);
    const y = Math.round(area.box.top * k);
    const w = Math.max(1, Math.round((area.box.right - area.box.left) * k));
    const h = Math.max(1, Math.round((area.box.bottom - area.box.top) * k));
    cam.setViewport(x, y, w, h);
    cam.setZoom((area.tile * k) / TILE);
    this.ground.showAt(cam.zoom);
    const mapW = this.level.width * TILE;
    const mapH = this.level.height * TILE;
    const headroom = HEADROOM_TILES * TILE;
    cam.setBounds(0, -headroom, mapW, mapH + headroom);
    if (area.follow) {
      const lerp = this.reducedMotion ? 1 : 0.12;
      cam.startFollow(this.player.sprite, false, lerp, lerp);
      // Jump to the player at once: a new screen should not open with a long glide.
      cam.centerOn(this.player.sprite.x, this.player.sprite.y);
    } else {
      cam.stopFollow();
      cam.centerOn(mapW / 2, (mapH - headroom) / 2);
    }
    this.following = area.follow;
  }

  /** The tile under a point on the canvas (game pixels), or null off the map or its view. */
  tileAt(screenX: number, screenY: number): { x: number; y: number } | null {
    const cam = this.scene.cameras.main;
    if (
      screenX < cam.x ||
      screenY < cam.y ||
      screenX >= cam.x + cam.width ||
      screenY >= cam.y + cam.height
    )
      return null;
    // The inverse of tileToClient's mapping (Camera.preRender's matrix, without rotation).
    const ox = cam.width * cam.originX;
    const oy = cam.height * cam.originY;
    const wx = (screenX - cam.x - ox) / cam.zoom + cam.scrollX + ox;
    const wy = (screenY - cam.y - oy) / cam.zoom + cam.scrollY + oy;
    const x = Math.floor(wx / TILE);
    const y = Math.floor(wy / TILE);
    if (x < 0 || y < 0 || x >= this.level.width || y >= this.level.height) return null;
    return { x, y };
  }

  /** Where the centre of a tile is on the page (for tests and tooltips), or null off screen. */
  tileToClient(x: number, y: number): [number, number] | null {
    const cam = this.scene.cameras.main;
    const c = centre(x, y);
    const ox = cam.width * cam.originX;
    const oy = cam.height * cam.originY;
    const sx = cam.x + ox + (c.x - cam.scrollX - ox) * cam.zoom;
    const sy = cam.y + oy + (c.y - cam.scrollY - oy) * cam.zoom;
    if (sx < cam.x || sy < cam.y || sx >= cam.x + cam.width || sy >= cam.y + cam.height)
      return null;
    const rect = this.scene.game.canvas.getBoundingClientRect();
    const scale = rect.width / this.scene.scale.width;
    return [rect.left + sx * scale, rect.top + sy * scale];
  }

  /** Moves everything to match `state`; `sinceTickMs` smooths motion between steps. */
  sync(state: SimState, sinceTickMs: number): void {
    this.place(this.player, state.player, sinceTickMs);
    this.ring
      .setPosition(this.player.shadow.x, this.player.shadow.y + 18)
      .setDepth(this.player.shadow.depth - 1);
    for (const p of state.people) {
      const view = this.people.get(p.id);
      if (view) this.place(view, p, sinceTickMs);
    }
    for (const item of state.items) {
      const img = this.items.get(item.id);
      if (img) img.setVisible(item.holder.kind === 'ground');
    }
    this.syncCarried(state);
    this.syncBubbles(state);
    this.syncTraffic(state);
    while (this.saplings.length < state.planted.length) {
      const at = state.planted[this.saplings.length]!;
      const c = centre(at.x, at.y);
      const tree = this.scene.add
        .image(c.x, c.y + FEET, 'atlas', 'seedling')
        .setOrigin(0.5, 0.9)
        .setDepth(c.y + FEET);
      if (!this.reducedMotion)
        this.scene.tweens.add({
          targets: tree,
          scale: { from: 0.2, to: 1 },
          duration: 450,
          ease: 'Back.Out',
        });
      this.saplings.push(tree);
    }
    const dazed = state.player.stunMs > 0;
    this.dizzy.setVisible(dazed);
    if (dazed) {
      const spin = this.reducedMotion ? 0 : (state.timeMs / 4) % 360;
      this.dizzy
        .setPosition(this.player.sprite.x, this.player.sprite.y - TILE * 0.9)
        .setAngle(spin);
    }
  }

  private syncTraffic(state: SimState): void {
    const level = this.level;
    // Cars come in lane order: one image per car, created on first sight.
    while (this.cars.length < state.cars.length) {
      const lane = level.traffic[state.cars[this.cars.length]!.lane]!;
      this.cars.push(this.scene.add.image(0, 0, 'atlas', lane.sprite).setScale(0.95));
    }
    state.cars.forEach((car, i) => {
      const p = carPosition(level, car);
      const img = this.cars[i]!;
      const x = p.x * TILE;
      const y = p.y * TILE;
      img
        .setPosition(x, y + 6)
        .setDepth(y + FEET)
        .setFlipX(p.dir === 'right');
      img.setAngle(p.dir === 'up' ? 90 : p.dir === 'down' ? -90 : 0);
      const onMap = p.x > -1 && p.y > -1 && p.x < level.width + 1 && p.y < level.height + 1;
      img.setVisible(onMap);
    });
    if (!level.lights) return;
    const green = walkersGreen(level, state.timeMs);
    if (green === this.lightsGreen) return;
    this.lightsGreen = green;
    const key = this.lightTexture(green);
    for (const light of this.lights)
      light.setTexture(key).setDisplaySize(TILE, TILE).setVisible(true);
  }

  /**
   * The light over a crosswalk tile, drawn once a scene at twice a tile's size: a green or red
   * tint and, in high contrast, a shape too (a ring to walk, a cross to wait).
   */
  private lightTexture(green: boolean): string {
    const strong = this.look.highContrast;
    const key = `light-${green ? 'walk' : 'wait'}${strong ? '-strong' : ''}`;
    const textures = this.scene.textures;
    if (textures.exists(key)) return key;
    const k = 2;
    const { canvas, g } = newCanvas(TILE * k, TILE * k);
    g.scale(k, k);
    g.fillStyle = rgba(green ? 0x3fbf62 : 0xe4573d, strong ? 0.45 : 0.28);
    roundedRectPath(g, 3, 3, TILE - 6, TILE - 6, 10);
    g.fill();
    if (strong) {
      const c = TILE / 2;
      const r = TILE * 0.2;
      g.strokeStyle = rgba(green ? 0x0b4a24 : 0x7a1606);
      g.lineWidth = 6;
      g.beginPath();
      if (green) g.arc(c, c, r, 0, Math.PI * 2);
      else {
        g.moveTo(c - r, c - r);
        g.lineTo(c + r, c + r);
        g.moveTo(c - r, c + r);
        g.lineTo(c + r, c - r);
      }
      g.stroke();
    }
    addCanvasTexture(this.scene, key, canvas);
    this.scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => textures.remove(key));
    return key;
  }

  private place(view: PersonView, m: Mover, sinceTickMs: number): void {
    const t = m.moveT >= 1 ? 1 : Math.min(1, m.moveT + sinceTickMs / MOVE_MS);
    const from = centre(m.fromX, m.fromY);
    const to = centre(m.x, m.y);
    const x = from.x + (to.x - from.x) * t;
    const y = from.y + (to.y - from.y) * t + FEET;
    // (The motion setting is read only for someone between two tiles.)
    const hop = t >= 1 || this.reducedMotion ? 0 : Math.sin(t * Math.PI) * 7;
    view.shadow.setPosition(x, y);
    view.sprite.setPosition(x, y - hop);
    // A new depth sorts the whole scene before it is drawn: only when someone has moved.
    if (view.sprite.depth !== y) {
      view.shadow.setDepth(y - 1);
      view.sprite.setDepth(y);
    }
    if (m.facing === 'left') view.sprite.setFlipX(true);
    else if (m.facing === 'right') view.sprite.setFlipX(false);
  }

  private syncCarried(state: SimState): void {
    const ids = state.player.carrying;
    while (this.carried.length < ids.length) {
      this.carried.push(this.scene.add.image(0, 0, 'atlas', 'star').setScale(0.42));
    }
    this.carried.forEach((img, i) => {
      const id = ids[i];
      if (!id) {
        img.setVisible(false);
        return;
      }
      const def = this.level.items.find((it) => it.id === id);
      img.setVisible(true).setFrame(def?.sprite ?? 'package');
      const offset = (i - (ids.length - 1) / 2) * 26;
      img
        .setPosition(this.player.sprite.x + offset, this.player.sprite.y - TILE * 0.95)
        .setDepth(this.player.sprite.depth + 1);
    });
  }

  private syncBubbles(state: SimState): void {
    const shownAt = new Set<string>();
    let markerCount = 0;
    for (const deed of this.level.deeds) {
      const ds = state.deeds.find((d) => d.id === deed.id)!;
      const bubble = this.bubbles.get(deed.id)!;
      const need = ds.status === 'done' ? null : deedModule(deed).need(state, deed, ds);
      const key = need ? `${need.anchor.x},${need.anchor.y}` : '';
      if (!need || shownAt.has(key)) {
        bubble.container.setVisible(false);
        continue;
      }
      shownAt.add(key);
      const person = state.people.find((p) => p.x === need.anchor.x && p.y === need.anchor.y);
      const anchorSprite = person ? this.people.get(person.id)?.sprite : undefined;
      const c = centre(need.anchor.x, need.anchor.y);
      const x = anchorSprite?.x ?? c.x;
      const y = (anchorSprite?.y ?? c.y + FEET) - TILE * 1.25;
      bubble.container.setVisible(true).setX(x);
      if (!bubble.bob) {
        bubble.container.setY(y);
        if (!this.reducedMotion) {
          bubble.bob = this.scene.tweens.add({
            targets: bubble.container,
            y: y - 6,
            duration: 700,
            yoyo: true,
            repeat: -1,
            ease: 'Sine.InOut',
          });
        }
      } else if (person?.following) {
        bubble.bob.stop();
        bubble.bob = null;
      }
      if (person?.following) bubble.container.setY(y);
      // Changed only when they change: a new frame or bar each frame costs a weak laptop.
      if (bubble.shown.icon !== need.icon) {
        bubble.shown.icon = need.icon;
        bubble.icon.setFrame(need.icon);
      }
      if (bubble.shown.progress !== need.progress) {
        bubble.shown.progress = need.progress;
        bubble.bar.clear().setVisible(need.progress !== null);
        if (need.progress !== null) {
          bubble.bar.fillStyle(0xe4d5bd, 1).fillRoundedRect(-24, 20, 48, 8, 4);
          bubble.bar
            .fillStyle(0x3f8f5a, 1)
            .fillRoundedRect(-24, 20, Math.max(8, 48 * need.progress), 8, 4);
        }
      }
      if (need.target) {
        const m = this.markers[markerCount] ?? this.makeMarker();
        const tc = centre(need.target.x, need.target.y);
        m.setVisible(true).setPosition(tc.x, tc.y);
        this.markerRings[markerCount]?.setVisible(true).setPosition(tc.x, tc.y);
        markerCount++;
      }
    }
    for (let i = markerCount; i < this.markers.length; i++) {
      this.markers[i]!.setVisible(false);
      this.markerRings[i]?.setVisible(false);
    }
  }

  private makeMarker(): Phaser.GameObjects.Image {
    const m = this.scene.add.image(0, 0, 'atlas', 'marker').setDepth(-40);
    if (!this.reducedMotion) {
      this.scene.tweens.add({
        targets: m,
        scale: 1.15,
        alpha: 0.6,
        duration: 700,
        yoyo: true,
        repeat: -1,
      });
    }
    this.markers.push(m);
    // High contrast: a dark ring (with a light one inside) that does not fade.
    this.markerRings.push(
      this.look.highContrast
        ? this.scene.add
            .graphics()
            .setDepth(-39)
            .lineStyle(5, 0x1d2430, 1)
            .strokeCircle(0, 0, TILE * 0.38)
            .lineStyle(2, 0xffffff, 1)
            .strokeCircle(0, 0, TILE * 0.38 - 4)
        : null,
    );
    return m;
  }

  /** Little animations for what just happened. */
  react(events: readonly SimEvent[], state: SimState): void {
    for (const e of events) {
      if (e.type === 'deedDone') {
        const c = centre(e.at.x, e.at.y);
        this.floatText(c.x, c.y - TILE, `+${e.points}`, '#d9452b', 40);
        if (e.relay > 0) this.floatText(c.x, c.y - TILE * 0.4, `+${e.relay}`, '#b07a00', 28, 250);
        this.burst(c.x, c.y - TILE * 0.5);
      } else if (e.type === 'bumped' && !this.reducedMotion) {
        this.scene.tweens.add({
          targets: this.player.sprite,
          angle: { from: -6, to: 6 },
          duration: 60,
          yoyo: true,
          repeat: 1,
          onComplete: () => this.player.sprite.setAngle(0),
        });
      } else if (e.type === 'pickedUp' && !this.reducedMotion) {
        this.scene.tweens.add({
          targets: this.player.sprite,
          scaleY: { from: 0.9, to: 1 },
          duration: 160,
        });
      } else if (e.type === 'handedOver') {
        const who = state.people.find((p) => p.id === e.to);
        const view = who ? this.people.get(who.id) : undefined;
        if (view && !this.reducedMotion) {
          this.scene.tweens.add({
            targets: view.sprite,
            scale: { from: 1.12, to: 1 },
            duration: 300,
            ease: 'Back.Out',
          });
        }
      }
    }
  }

  private floatText(
    x: number,
    y: number,
    text: string,
    color: string,
    size: number,
    delay = 0,
  ): void {
    const label = this.takeLabel(color, size).setText(text).setPosition(x, y).setAlpha(0);
    this.scene.tweens.add({
      targets: label,
      y: y - (this.reducedMotion ? 0 : 50),
      alpha: { from: 1, to: 0 },
      delay,
      duration: 1300,
      ease: 'Cubic.Out',
      onStart: () => label.setAlpha(1),
      onComplete: () => this.putBack(label, this.spareLabelsOf(color, size)),
    });
  }

  private burst(x: number, y: number): void {
    const heart = this.takeImage('red-heart', 19999).setPosition(x, y).setScale(0.5);
    this.scene.tweens.add({
      targets: heart,
      y: y - 40,
      scale: 0.8,
      alpha: 0,
      duration: 1100,
      ease: 'Sine.Out',
      onComplete: () => this.putBack(heart, this.spareImages),
    });
    if (this.reducedMotion) return;
    for (let i = 0; i < 6; i++) {
      const a = (i / 6) * Math.PI * 2;
      const s = this.takeImage('sparkles', 19998).setPosition(x, y).setScale(0.35);
      this.scene.tweens.add({
        targets: s,
        x: x + Math.cos(a) * 60,
        y: y + Math.sin(a) * 45,
        alpha: 0,
        scale: 0.15,
        duration: 650,
        ease: 'Cubic.Out',
        onComplete: () => this.putBack(s, this.spareImages),
      });
    }
  }

  /**
   * A floating number's label in `color` and `size`: one put back earlier if there is one (its
   * canvas and texture kept), else a new one.
   */
  private takeLabel(color: string, size: number): Phaser.GameObjects.Text {
    const label =
      this.spareLabelsOf(color, size).pop() ??
      this.scene.add
        .text(0, 0, '', {
          fontFamily: FONT_STACK,
          fontSize: `${size}px`,
          fontStyle: '800',
          metrics: fontMetrics('800', FONT_STACK, size),
          color,
          stroke: '#fffaf1',
          strokeThickness: 7,
        })
        .setOrigin(0.5)
        .setDepth(20000);
    return label.setVisible(true);
  }

  /** The labels in `color` and `size` put back so far (their own list, made on first need). */
  private spareLabelsOf(color: string, size: number): Phaser.GameObjects.Text[] {
    const key = `${color} ${size}`;
    let spare = this.spareLabels.get(key);
    if (!spare) this.spareLabels.set(key, (spare = []));
    return spare;
  }

  /** An effect's picture (a heart, sparkles): one put back earlier, else a new one. */
  private takeImage(frame: string, depth: number): Phaser.GameObjects.Image {
    const image = this.spareImages.pop() ?? this.scene.add.image(0, 0, 'atlas', frame);
    return image.setFrame(frame).setDepth(depth).setAlpha(1).setVisible(true);
  }

  /** An effect that has played out, hidden and kept for the next. */
  private putBack<T extends Phaser.GameObjects.Image | Phaser.GameObjects.Text>(
    object: T,
    spare: T[],
  ): void {
    object.setVisible(false);
    spare.push(object);
  }
}

// Play: runs the simulation on a fixed step, feeds it keyboard and pointer input, and hands
// its events to the view, the HUD, captions, sound and the screen-reader announcer.
import Phaser from 'phaser';
import { formatProblem, parseLevel } from '../core/level-parse';
import { attemptOf } from '../core/achievements';
import { accessOf, recordAttempt, type Newly } from '../core/progression';
import { relayStreak, runningScore, scoreState } from '../core/scoring';
import { advance, createState, TICK_MS, timeLimitOf } from '../core/sim';
import type { Level, SimEvent, SimInput, SimState } from '../core/sim-types';
import { solveLevel, type ReplayStep } from '../core/solver';
import { isTouchDevice, showTouchPad } from '../ui/touch-pad';
import { CHAPTERS, LEVEL_ORDER, levelFileName, loadLevelText } from '../platform/level-catalog';
import { themeOfLevel } from '../audio/music';
import { checkLevelText, type LevelCheck } from '../core/level-check';
import { applyTimerChoice, ownRelaxedMode } from '../core/class-link';
import type { SfxName } from '../audio/sfx';
import { soundCaption } from '../ui/sound-captions';
import { classSettings } from '../platform/class-mode';
import { snapshot } from '../platform/sim-snapshot';
import { deedModule } from '../core/deeds/deed-registry';
import type { Mounted } from '../ui/dom';
import { Hud } from '../ui/hud';
import { lt, t } from '../ui/i18n';
import { Caption, QuestionDialog, showBrokenLevel, showIntro, showPause } from '../ui/play-panels';
import { loadFontsFor } from '../view/fonts';
import { PlayInput } from '../view/play-input';
import { watchPlayLayout, type PlayLayout } from '../view/play-layout';
import { WorldView } from '../view/world-view';
import { warnUnknownFrames } from '../view/placeholder-art';
import { ctxOf, markReady, SCENES, type GameContext } from './context';
import { afterFirstScreen } from './go-to';
import type { ResultsData } from './results-scene';

export interface PlayData {
  levelId: string;
  /** The file the level came from when it is not a campaign level (a dropped file). */
  fileName?: string;
}

type Phase = 'loading' | 'intro' | 'playing' | 'dialog' | 'paused' | 'ending';

/** The most simulated time one frame may catch up (a slow frame never jumps the game). */
const MAX_CATCH_UP_MS = 100;
/** How much faster than real time an autoplaying test runs. */
const AUTOPLAY_SPEED = 8;
/** Sound of mending, repeated while the player works. */
const REPAIR_SOUND_EVERY_MS = 420;

export class PlayScene extends Phaser.Scene {
  private ctx!: GameContext;
  private levelId = '';
  private level: Level | null = null;
  private state: SimState | null = null;
  private view: WorldView | null = null;
  private hud: Hud | null = null;
  private caption: Caption | null = null;
  private dialog: Mounted | null = null;
  private question: QuestionDialog | null = null;
  private touch: Mounted | null = null;
  private autoplay: ReplayStep[] | null = null;
  private input2: PlayInput | null = null;
  /** Fits the map to the screen through resizes (the simulation never hears of them). */
  private layout: PlayLayout | null = null;
  private phase: Phase = 'loading';
  private acc = 0;
  /** Why the clock is stopped besides the game's own phases: a hidden page, a lost canvas. */
  private readonly stopped = new Set<'hidden' | 'context'>();
  private lastRepairSound = 0;
  private warned = new Set<number>();
  /** Played in the player's relaxed mode: no time limit, no clock. */
  private relaxed = false;

  constructor() {
    super(SCENES.play);
  }

  private fileName = '';

  init(data: PlayData): void {
    this.autoplay = null;
    this.levelId = data.levelId;
    this.fileName = data.fileName ?? levelFileName(data.levelId);
    this.phase = 'loading';
    this.acc = 0;
    this.level = null;
    this.state = null;
    this.warned = new Set();
  }

  create(): void {
    this.ctx = ctxOf(this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.stopWhileAway();
    void this.loadLevel();
    // A level opened by a link is the first screen.
    afterFirstScreen(this.game);
  }

  private async loadLevel(): Promise<void> {
    const text = await loadLevelText(this.levelId);
    if (!this.scene.isActive()) return;
    const file = this.fileName;
    if (text === null) {
      this.showBroken([`${file}:1:1  /  there is no level with this name`]);
      return;
    }
    // Campaign levels were checked before shipping; anything else gets the full check.
    const inCampaign = LEVEL_ORDER.includes(this.levelId);
    const checked = inCampaign && !import.meta.env.DEV ? parsedOnly(text) : checkLevelText(text);
    const errors = checked.problems.filter((p) => p.severity === 'error');
    for (const p of checked.problems)
      if (p.severity === 'warning') console.warn(formatProblem(file, p));
    if (!checked.level || errors.length > 0) {
      this.showBroken(errors.map((p) => formatProblem(file, p)));
      return;
    }
    // Relaxed mode (the player's, outside class links) or a class link's timer off: no limit.
    const relaxed = accessOf(this.ctx.store.save.settings).relaxed;
    this.relaxed = ownRelaxedMode(classSettings(), relaxed);
    const level = applyTimerChoice(checked.level, classSettings(), relaxed);
    await loadFontsFor(levelTexts(level), [400, 700, 800]);
    if (!this.scene.isActive()) return;
    this.start(level);
  }

  private showBroken(lines: string[]): void {
    for (const l of lines) console.warn(l);
    this.dialog = showBrokenLevel(this.ctx.ui, lines, () => this.scene.start(SCENES.select));
    markReady(this);
  }

  private start(level: Level): void {
    this.level = level;
    this.state = createState(level);
    warnUnknownFrames(this, [
      ...level.people.map((p) => p.sprite),
      ...level.items.map((i) => i.sprite),
      ...level.places.flatMap((p) => (p.sprite ? [p.sprite] : [])),
    ]);
    this.view = new WorldView(this, level, this.ctx);
    this.hud = new Hud(this.ctx, () => this.pause(), { clock: !this.relaxed });
    this.caption = new Caption(this.ctx.ui);
    this.layout = watchPlayLayout(this, this.view, level, () => ({
      hud: this.hud?.el ?? null,
      touch: this.touch?.el ?? null,
    }));
    this.input2 = new PlayInput({
      onPause: () => this.pause(),
      active: () => this.phase === 'playing',
    });
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => {
      if (this.phase !== 'playing' || !this.view) return;
      const tile = this.view.tileAt(p.x, p.y);
      if (tile) this.input2?.tap(tile);
    });
    if (this.ctx.hook) {
      this.ctx.hook.state = () =>
        this.state ? snapshot(this.state, this.phase === 'paused') : null;
      this.ctx.hook.tileToClient = (x, y) => this.view?.tileToClient(x, y) ?? null;
      this.ctx.hook.pictures = () => picturesShown(this.children.list, this.cameras.main.worldView);
      // Plays the solver's run of this level from its first step (end-to-end tests).
      this.ctx.hook.autoplay = () => {
        if (!this.state || this.state.tick > 0) return false;
        this.autoplay = [...solveLevel(this.state.level).replay];
        return true;
      };
      // The solver's inputs, for a test to replay them as real key presses and clicks.
      this.ctx.hook.solution = () => (this.state ? [...solveLevel(this.state.level).replay] : []);
    }
    this.view.sync(this.state, 0);
    this.refreshHud();
    this.ctx.music.play(themeOfLevel(CHAPTERS, this.levelId));
    this.phase = 'intro';
    this.dialog = showIntro(this.ctx.ui, {
      title: lt(level.title),
      intro: lt(level.intro),
      required: level.goal.required,
      timeLimitSeconds: level.timeLimitMs === null ? null : level.timeLimitMs / 1000,
      onStart: () => {
        this.ctx.sfx.play('click');
        this.closeDialog();
        this.phase = 'playing';
        if (isTouchDevice() && !this.touch) {
          this.touch = showTouchPad(this.ctx.ui, {
            hold: (dir) => this.input2?.hold(dir),
            release: (dir) => this.input2?.release(dir),
            interact: () => this.input2?.pressInteract(),
          });
          this.layout?.refresh();
        }
        this.ctx.announce(`${lt(level.title)}. ${t('intro.goal', { count: level.goal.required })}`);
      },
    });
    markReady(this);
  }

  private closeDialog(): void {
    this.dialog?.destroy();
    this.dialog = null;
    (document.activeElement as HTMLElement | null)?.blur?.();
  }

  private pause(): void {
    if (this.phase !== 'playing') return;
    this.phase = 'paused';
    this.input2?.clear();
    this.dialog = showPause(this.ctx.ui, {
      onResume: () => {
        this.closeDialog();
        this.phase = 'playing';
      },
      onRestart: () => this.scene.restart({ levelId: this.levelId }),
      onQuit: () => this.scene.start(SCENES.select),
    });
  }

  override update(_time: number, delta: number): void {
    const state = this.state;
    if (!state || !this.view) return;
    // Hidden, or nothing to draw on: not a moment of play passes (and none is caught up later).
    if (this.stopped.size > 0) return;
    if (this.phase === 'playing' || this.phase === 'dialog') {
      // An autoplaying test runs the clock faster; a person always plays in real time.
      const speed = this.autoplay ? AUTOPLAY_SPEED : 1;
      this.acc += Math.min(delta, MAX_CATCH_UP_MS) * speed;
      const events: SimEvent[] = [];
      while (this.acc >= TICK_MS && state.status === 'playing') {
        this.acc -= TICK_MS;
        const ready = state.player.moveT >= 1;
        advance(state, this.nextInput(state.tick), TICK_MS, events);
        if (ready) this.input2!.stepTaken();
      }
      if (events.length > 0) this.handle(events);
      if (this.phase === 'dialog' && !state.dialog) {
        this.question?.destroy();
        this.question = null;
        this.phase = 'playing';
      }
      if (state.player.workingOn && state.timeMs - this.lastRepairSound >= REPAIR_SOUND_EVERY_MS) {
        this.lastRepairSound = state.timeMs;
        this.playSound('repair');
      }
      this.refreshHud();
      this.warnTime(state);
    }
    this.view.sync(state, this.phase === 'playing' ? this.acc : 0);
  }

  /** The player's input for this step, or the autoplay's when a test asked for it. */
  private nextInput(tick: number): SimInput {
    const live = this.input2!.take();
    if (!this.autoplay) return live;
    const step = this.autoplay[0];
    if (step && step.tick === tick) {
      this.autoplay.shift();
      return step.input;
    }
    return {};
  }

  private refreshHud(): void {
    const state = this.state!;
    const level = state.level;
    const limit = timeLimitOf(state);
    this.hud?.update({
      deedsDone: state.deeds.filter((d) => d.status === 'done').length,
      deedsRequired: level.goal.required,
      seconds: limit === null ? state.timeMs / 1000 : (limit - state.timeMs) / 1000,
      countingDown: limit !== null,
      score: runningScore(state.records) + state.modestyPoints,
      relay: relayStreak(state.records, state.timeMs),
      carrying: state.player.carrying.map(
        (id) => level.items.find((i) => i.id === id)?.sprite ?? 'package',
      ),
    });
  }

  private warnTime(state: SimState): void {
    const limit = timeLimitOf(state);
    if (limit === null) return;
    const left = Math.ceil((limit - state.timeMs) / 1000);
    for (const mark of [30, 10]) {
      if (left <= mark && !this.warned.has(mark) && limit > mark * 2000) {
        this.warned.add(mark);
        this.ctx.announce(t('play.timeLow', { seconds: mark }));
      }
    }
  }

  private handle(events: SimEvent[]): void {
    const state = this.state!;
    const level = state.level;
    // Each sound with its caption, when captions are on.
    const sfx = { play: (name: SfxName) => this.playSound(name) };
    const personName = (id: string): { name: string; frame: string } | undefined => {
      const p = level.people.find((q) => q.id === id);
      return p ? { name: lt(p.name), frame: p.sprite } : undefined;
    };
    let stepped = false;
    let bumped = false;
    for (const e of events) {
      switch (e.type) {
        case 'moved':
          if (e.who === 'player') stepped = true;
          break;
        case 'bumped':
          bumped = true;
          break;
        case 'pickedUp': {
          sfx.play('pickup');
          const item = level.items.find((i) => i.id === e.itemId);
          if (item) this.ctx.announce(t('play.picked', { item: lt(item.name) }));
          break;
        }
        case 'useCrosswalk':
          sfx.play('bump');
          this.caption?.show(t('play.useCrosswalk'));
          break;
        case 'alreadyEscorting': {
          sfx.play('bump');
          const who = personName(e.personId);
          this.caption?.show(t('play.alreadyEscorting', { name: who?.name ?? '' }), who);
          break;
        }
        case 'handsFull':
          sfx.play('bump');
          this.caption?.show(t('play.handsFull'));
          break;
        case 'handedOver':
          sfx.play('handover');
          break;
        case 'talked':
          this.caption?.show(lt(e.text), personName(e.personId));
          this.ctx.announce(lt(e.text));
          break;
        case 'following': {
          sfx.play('follow');
          const who = personName(e.personId);
          if (who) this.caption?.show(t('play.following', { name: who.name }), who);
          break;
        }
        case 'working':
          this.caption?.show(t('play.working'));
          break;
        case 'needsTool': {
          sfx.play('bump');
          const item = level.items.find((i) => i.id === e.itemId);
          this.caption?.show(t('play.needsTool', { item: item ? lt(item.name) : e.itemId }));
          break;
        }
        case 'deedDone': {
          sfx.play('deed');
          const deed = level.deeds.find((d) => d.id === e.deedId)!;
          const speaker =
            deed.kind === 'escort'
              ? personName(deed.person)
              : deed.kind === 'deliver'
                ? personName(deed.to)
                : undefined;
          this.caption?.show(lt(deed.thanks), speaker, 4500);
          this.ctx.announce(`${t('play.deedDone', { points: e.points })} ${lt(deed.thanks)}`);
          break;
        }
        case 'dialog':
          sfx.play('click');
          this.openQuestion(e.kind, e.deedId);
          break;
        case 'answered':
          if (e.correct) sfx.play('handover');
          else {
            sfx.play('bump');
            this.question?.tryAgain(t('play.tryAgain'));
            this.ctx.announce(t('play.tryAgain'));
          }
          break;
        case 'chosen': {
          const deed = level.deeds.find((d) => d.id === e.deedId);
          const option = deed?.kind === 'choose' ? deed.options[e.option] : undefined;
          if (option) {
            const who = deed?.kind === 'choose' ? personName(deed.person) : undefined;
            if (e.kind === 'unkind') this.caption?.show(lt(option.outcome), who, 5000);
            this.ctx.announce(lt(option.outcome));
          }
          break;
        }
        case 'modest':
          sfx.play('star');
          this.caption?.show(t('play.modest', { points: e.points }));
          this.ctx.announce(t('play.modest', { points: e.points }));
          break;
        case 'rewarded':
          sfx.play('pickup');
          this.ctx.announce(t('play.rewardTaken'));
          break;
        case 'placed':
          sfx.play('handover');
          this.ctx.announce(t('play.placed', { count: e.count, total: e.total }));
          break;
        case 'planted': {
          sfx.play('handover');
          const deed = level.deeds.find((d) => d.id === e.deedId);
          const total = deed?.kind === 'plant' ? deed.saplings.length : 0;
          const count = state.deeds.find((d) => d.id === e.deedId)?.count ?? 0;
          this.caption?.show(t('play.planted', { count, total }));
          break;
        }
        case 'deedMissed':
          sfx.play('timeup');
          this.caption?.show(t('play.missed'));
          this.ctx.announce(t('play.missed'));
          break;
        case 'carHit':
          sfx.play('bump');
          this.caption?.show(t('play.carHit'));
          this.ctx.announce(t('play.carHit'));
          break;
        case 'levelFailed':
          sfx.play('timeup');
          this.ctx.announce(t('play.failed'));
          this.finish();
          break;
        case 'levelPassed':
          sfx.play('passed');
          this.ctx.announce(t('play.passed'));
          this.finish();
          break;
        case 'timeUp':
          sfx.play('timeup');
          this.ctx.announce(t('play.timeUp'));
          this.finish();
          break;
      }
    }
    if (stepped) sfx.play('step');
    else if (bumped) sfx.play('bump');
    this.view?.react(events, state);
  }

  /** Plays a sound effect and, with captions for sounds on, names it in the caption area. */
  private playSound(name: SfxName): void {
    this.ctx.sfx.play(name);
    if (!accessOf(this.ctx.store.save.settings).captions) return;
    const text = soundCaption(name);
    if (text) this.caption?.sound(text);
  }

  /** Shows the question of a dialogue the simulation opened; the answer goes back as input. */
  private openQuestion(kind: 'teach' | 'choose' | 'thanks', deedId: string): void {
    const level = this.state!.level;
    const deed = level.deeds.find((d) => d.id === deedId);
    if (!deed) return;
    const personId = deedModule(deed).person(deed);
    const person = level.people.find((p) => p.id === personId);
    const speaker = person ? { name: lt(person.name), frame: person.sprite } : undefined;
    let prompt = lt(deed.thanks);
    let options: string[] = [];
    if (kind === 'teach' && deed.kind === 'teach') {
      prompt = lt(deed.question);
      options = deed.options.map((o) => lt(o));
    } else if (kind === 'choose' && deed.kind === 'choose') {
      prompt = lt(deed.prompt);
      options = deed.options.map((o) => lt(o.text));
    } else if (deed.reward) {
      const reward =
        deed.reward.kind === 'time'
          ? t('play.rewardTime', { seconds: deed.reward.seconds })
          : t('play.rewardCarry');
      options = [t('play.duty'), reward];
    }
    this.question?.destroy();
    this.phase = 'dialog';
    this.input2?.clear();
    this.question = new QuestionDialog(this.ctx.ui, {
      ...(speaker ? { speaker } : {}),
      prompt,
      options,
      onPick: (option) => this.input2?.choose(option),
    });
    this.ctx.announce(prompt);
  }

  private finish(): void {
    if (this.phase === 'ending') return;
    this.phase = 'ending';
    const state = this.state!;
    const passed = state.status === 'passed';
    const breakdown = scoreState(state);
    const before = this.ctx.store.save.levels[state.level.id];
    // Only campaign levels count towards progress; a play-tested file leaves the save alone.
    let newly: Newly = { achievements: [], diaryPage: null };
    if (LEVEL_ORDER.includes(this.levelId)) {
      this.ctx.store.update((s) => {
        const r = recordAttempt(s, attemptOf(state, breakdown), { chapters: CHAPTERS });
        newly = r.newly;
        return r.save;
      });
    }
    const data: ResultsData = {
      levelId: state.level.id,
      status: state.status,
      breakdown,
      previousBest: before?.bestScore ?? 0,
      newAchievements: newly.achievements,
      newDiaryPage: newly.diaryPage,
      relaxed: this.relaxed,
    };
    this.time.delayedCall(passed ? 1400 : 1000, () => this.scene.start(SCENES.results, data));
  }

  /**
   * Stops the clock while the page is hidden and while the WebGL canvas is lost, and starts it
   * again, with the same time left, when the page is back or the canvas restored. A dialogue or
   * the pause panel that was open stays open.
   */
  private stopWhileAway(): void {
    this.stopped.clear();
    if (document.hidden) this.stopped.add('hidden');
    const onHidden = (): void => {
      this.stopped.add('hidden');
      // Keys held when the page went away are never released here: let go of them.
      this.input2?.clear();
    };
    const onVisible = (): void => void this.stopped.delete('hidden');
    const onLost = (): void => void this.stopped.add('context');
    const onRestored = (): void => void this.stopped.delete('context');
    const game = this.game.events;
    const renderer = this.game.renderer;
    game.on(Phaser.Core.Events.HIDDEN, onHidden);
    game.on(Phaser.Core.Events.VISIBLE, onVisible);
    renderer.on(Phaser.Renderer.Events.LOSE_WEBGL, onLost);
    renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, onRestored);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      game.off(Phaser.Core.Events.HIDDEN, onHidden);
      game.off(Phaser.Core.Events.VISIBLE, onVisible);
      renderer.off(Phaser.Renderer.Events.LOSE_WEBGL, onLost);
      renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, onRestored);
    });
  }

  private teardown(): void {
    this.layout?.destroy();
    this.layout = null;
    this.input2?.destroy();
    this.input2 = null;
    this.hud?.destroy();
    this.hud = null;
    this.caption?.destroy();
    this.caption = null;
    this.dialog?.destroy();
    this.dialog = null;
    this.question?.destroy();
    this.question = null;
    this.touch?.destroy();
    this.touch = null;
    this.view = null;
    this.input.off(Phaser.Input.Events.POINTER_DOWN);
    if (this.ctx.hook) {
      this.ctx.hook.state = () => null;
      this.ctx.hook.tileToClient = undefined;
      this.ctx.hook.pictures = undefined;
      this.ctx.hook.autoplay = undefined;
      this.ctx.hook.solution = undefined;
    }
  }
}

/**
 * How many of `objects` (and of those in groups among them) are drawn in `view` (world
 * coordinates): shown, not groups, and overlapping it (a picture without bounds counts).
 */
function picturesShown(
  objects: readonly Phaser.GameObjects.GameObject[],
  view: Phaser.Geom.Rectangle,
): number {
  let n = 0;
  for (const o of objects) {
    if (!(o as Partial<Phaser.GameObjects.Components.Visible>).visible) continue;
    if (o instanceof Phaser.GameObjects.Container) {
      n += picturesShown(o.list, view);
      continue;
    }
    const bounded = o as Partial<Phaser.GameObjects.Components.GetBounds>;
    if (!bounded.getBounds || Phaser.Geom.Rectangle.Overlaps(view, bounded.getBounds())) n++;
  }
  return n;
}

function parsedOnly(text: string): LevelCheck {
  const parsed = parseLevel(text);
  return parsed.ok
    ? { level: parsed.level, problems: parsed.warnings, solution: null }
    : { level: null, problems: parsed.problems, solution: null };
}

/** Every text of a level, so its glyphs can be loaded before drawing. */
function levelTexts(level: Level): string {
  const parts = [
    level.title,
    level.intro,
    ...level.people.map((p) => p.name),
    ...level.items.map((i) => i.name),
  ];
  for (const d of level.deeds) parts.push(d.need, d.thanks);
  return parts.map((p) => `${p.en}${p.zh}`).join('') + '0123456789+';
}

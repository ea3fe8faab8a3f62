// Results: stars (the third a red star), the score deed by deed, a diary page or achievements
// just earned, and where to go next.
import Phaser from 'phaser';
import { achievementList } from '../core/achievements';
import { deedTargetName } from '../core/deed-label';
import { parseLevel } from '../core/level-parse';
import type { ScoreBreakdown } from '../core/scoring';
import type { Level, SimStatus } from '../core/sim-types';
import { nextLevel } from '../platform/class-mode';
import { CHAPTERS, LEVEL_ORDER, loadLevelText } from '../platform/level-catalog';
import { achievementName } from '../ui/achievement-text';
import { atlasIcon } from '../ui/atlas-icon';
import { arrowNavigation, h, icon, mount, trapFocus, type Mounted } from '../ui/dom';
import { lt, t } from '../ui/i18n';
import { progressCodeLine } from '../ui/student-progress';
import { UI_ICONS } from '../ui/ui-icons';
import { drawBackdrop } from '../view/backdrop';
import { cssScale } from '../view/screen';
import { ctxOf, markReady, SCENES } from './context';

export interface ResultsData {
  levelId: string;
  status: SimStatus;
  breakdown: ScoreBreakdown;
  previousBest: number;
  /** Achievements this attempt earned, in list order. */
  newAchievements?: readonly string[];
  /** The level whose diary page this attempt collected, or null. */
  newDiaryPage?: string | null;
  /** Back from the diary or achievements: shown again without the celebration. */
  revisit?: boolean;
  /** Played in relaxed mode: no timer, so no time bonus (the card says so). */
  relaxed?: boolean;
}

export class ResultsScene extends Phaser.Scene {
  private card: Mounted | null = null;
  private data2!: ResultsData;

  constructor() {
    super(SCENES.results);
  }

  init(data: ResultsData): void {
    this.data2 = data;
  }

  create(): void {
    const ctx = ctxOf(this);
    drawBackdrop(this, ctx.reducedMotion);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.card?.destroy());
    void loadLevelText(this.data2.levelId).then((text) => {
      if (!this.scene.isActive()) return;
      const parsed = text ? parseLevel(text) : null;
      this.render(parsed?.ok ? parsed.level : null, parsed?.ok === true && !!parsed.file.diary);
      if (!this.data2.revisit) this.celebrate();
      markReady(this);
    });
  }

  private celebrate(): void {
    const ctx = ctxOf(this);
    const { stars } = this.data2.breakdown;
    for (let i = 0; i < stars; i++) {
      this.time.delayedCall(350 + i * 350, () => ctx.sfx.play('star'));
    }
    if (ctx.reducedMotion || stars === 0) return;
    // Across the whole screen, whatever its size.
    const { width, height } = this.scale;
    const k = cssScale();
    for (let i = 0; i < 18; i++) {
      const x = width * (0.06 + ((i * 0.37) % 0.88));
      const s = this.add
        .image(x, -40 * k, 'atlas', i % 3 === 0 ? 'red-heart' : 'sparkles')
        .setScale(0.5 * k)
        .setDepth(6000);
      this.tweens.add({
        targets: s,
        y: height + 40 * k,
        angle: 180,
        duration: 2600 + (i % 5) * 300,
        delay: i * 90,
        ease: 'Sine.In',
        onComplete: () => s.destroy(),
      });
    }
  }

  private render(level: Level | null, hasDiaryPage: boolean): void {
    const ctx = ctxOf(this);
    const { breakdown, levelId, previousBest } = this.data2;
    const next = nextLevel(levelId);
    const starRow = h(
      'div',
      {
        class: 'stars-row',
        role: 'img',
        'aria-label': t('results.stars', { count: breakdown.stars }),
      },
      ...[0, 1, 2].map((i) => {
        const earned = i < breakdown.stars;
        const cls = earned ? (i === 2 ? 'red' : '') : 'empty';
        return icon(
          earned && i === 2 ? UI_ICONS.redStar : earned ? UI_ICONS.glowingStar : UI_ICONS.star,
          undefined,
          cls,
        );
      }),
    );
    const deedName = (deedId: string): string => {
      const deed = level?.deeds.find((d) => d.id === deedId);
      if (!deed || !level) return deedId;
      const target = deedTargetName(level, deed);
      return `${t(`results.kind.${deed.kind}`)}: ${target ? lt(target) : deed.id}`;
    };
    const rows = breakdown.lines.map((l) =>
      h('tr', {}, h('td', {}, deedName(l.deedId)), h('td', { class: 'pts' }, `+${l.points}`)),
    );
    const table = h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, t('results.total')),
      h(
        'tbody',
        {},
        ...(rows.length ? rows : [h('tr', {}, h('td', { colspan: 2 }, t('results.noDeeds')))]),
      ),
      h(
        'tbody',
        {},
        h(
          'tr',
          {},
          h('td', {}, t('results.relay')),
          h('td', { class: 'pts' }, `+${breakdown.relayBonus}`),
        ),
        breakdown.modestyBonus > 0
          ? h(
              'tr',
              {},
              h('td', {}, t('results.modesty')),
              h('td', { class: 'pts' }, `+${breakdown.modestyBonus}`),
            )
          : null,
        h(
          'tr',
          this.data2.relaxed ? { 'data-relaxed': 'true' } : {},
          h('td', {}, this.data2.relaxed ? t('access.resultsRelaxed') : t('results.timeBonus')),
          h('td', { class: 'pts' }, this.data2.relaxed ? '—' : `+${breakdown.timeBonus}`),
        ),
        h(
          'tr',
          { class: 'total' },
          h('td', {}, t('results.total')),
          h('td', { class: 'pts', 'data-total': 'true' }, String(breakdown.total)),
        ),
      ),
    );
    const newBest = breakdown.passed && breakdown.total > previousBest;
    const nextBtn =
      breakdown.passed && next
        ? h(
            'button',
            { class: 'btn btn-primary', onclick: () => this.go(SCENES.play, { levelId: next }) },
            t('results.next'),
            icon(UI_ICONS.next),
          )
        : null;
    const retry = h(
      'button',
      {
        class: breakdown.passed ? 'btn' : 'btn btn-primary',
        onclick: () => this.go(SCENES.play, { levelId }),
      },
      icon(UI_ICONS.retry),
      t('results.retry'),
    );
    const teacher = level?.teacher?.discussion;
    const earned = this.earnedLines(hasDiaryPage);
    const card = h(
      'section',
      {
        class: 'card results',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'results-title',
      },
      h(
        'h1',
        { id: 'results-title' },
        breakdown.passed
          ? t('results.passed')
          : this.data2.status === 'failed'
            ? t('results.missedChance')
            : t('results.failed'),
      ),
      level ? h('p', {}, lt(level.title)) : null,
      starRow,
      breakdown.stars === 3 ? h('p', { class: 'best new-best' }, t('results.redStar')) : null,
      table,
      h(
        'p',
        { class: newBest ? 'best new-best' : 'best' },
        newBest
          ? t('results.newBest')
          : t('results.best', {
              score: Math.max(previousBest, breakdown.passed ? breakdown.total : 0),
            }),
      ),
      breakdown.character && breakdown.character.honest > 0
        ? h('p', { class: 'best' }, t('results.honest', { count: breakdown.character.honest }))
        : null,
      earned.el,
      LEVEL_ORDER.includes(levelId) ? progressCodeLine(ctx.store.save) : null,
      teacher
        ? h('div', { class: 'think' }, h('h2', {}, t('results.think')), h('p', {}, lt(teacher)))
        : null,
      h(
        'div',
        { class: 'actions' },
        nextBtn,
        retry,
        h(
          'button',
          { class: 'btn', onclick: () => this.go(SCENES.select) },
          icon(UI_ICONS.house),
          t('results.levels'),
        ),
      ),
    );
    const backdrop = h('div', { class: 'backdrop' }, card);
    arrowNavigation(card);
    trapFocus(card);
    this.card = mount(ctx.ui, backdrop);
    (nextBtn ?? retry).focus();
    ctx.announce(
      [
        `${card.querySelector('h1')?.textContent ?? ''} ${t('results.stars', { count: breakdown.stars })}.`,
        `${t('results.total')}: ${breakdown.total}.`,
        ...earned.said,
      ].join(' '),
    );
  }

  /** "New diary page!" and "Achievement: …" lines, each with a link to its screen. */
  private earnedLines(hasDiaryPage: boolean): { el: HTMLElement | null; said: string[] } {
    const { newAchievements = [], newDiaryPage = null } = this.data2;
    const back = { scene: SCENES.results, data: { ...this.data2, revisit: true } };
    const lines: HTMLElement[] = [];
    const said: string[] = [];
    const link = (label: string, scene: string, data: object): HTMLButtonElement =>
      h('button', { class: 'btn btn-small', onclick: () => this.go(scene, data) }, label);
    if (newDiaryPage && hasDiaryPage) {
      said.push(t('results.newPage'));
      lines.push(
        h(
          'li',
          { 'data-earned': 'diary' },
          atlasIcon('memo', 32),
          h('span', {}, t('results.newPage')),
          link(t('results.openDiary'), SCENES.diary, { back, focus: newDiaryPage }),
        ),
      );
    }
    if (newAchievements.length > 0) {
      const icons = new Map(achievementList({ chapters: CHAPTERS }).map((a) => [a.id, a.icon]));
      const names = newAchievements.map((id) => achievementName(id));
      for (const name of names) said.push(`${t('results.achievement', { name })}.`);
      lines.push(
        h(
          'li',
          { 'data-earned': newAchievements.join(' ') },
          ...newAchievements.map((id) => atlasIcon(icons.get(id) ?? 'sports-medal', 32)),
          h(
            'span',
            {},
            names.length === 1
              ? t('results.achievement', { name: names[0] })
              : t('results.achievements', { names: names.join(t('results.listJoin')) }),
          ),
          link(t('results.seeAchievements'), SCENES.achievements, {
            back,
            focus: newAchievements[0],
          }),
        ),
      );
    }
    return { el: lines.length ? h('ul', { class: 'earned' }, ...lines) : null, said };
  }

  private go(scene: string, data?: object): void {
    ctxOf(this).sfx.play('click');
    this.scene.start(scene, data);
  }
}

// Achievements: every achievement with its picture, its name, how to earn it, and whether (and
// at which level) the player has earned it.
import Phaser from 'phaser';
import { achievementList, type Achievement } from '../core/achievements';
import type { SaveData } from '../core/progression';
import { CHAPTERS, LEVEL_ORDER } from '../platform/level-catalog';
import { loadSummaries } from '../platform/level-titles';
import { atlasIcon } from '../ui/atlas-icon';
import { achievementName } from '../ui/achievement-text';
import { arrowNavigation, h, icon, mount, type Mounted } from '../ui/dom';
import { lt, t } from '../ui/i18n';
import { UI_ICONS } from '../ui/ui-icons';
import { drawBackdrop } from '../view/backdrop';
import { ctxOf, markReady, SCENES, type BackTo } from './context';
import type { LocalText } from '../core/level-schema-parts';

export interface AchievementsData {
  /** Where Back goes; the title by default. */
  back?: BackTo;
  /** The achievement to show first (one just earned). */
  focus?: string;
}

export class AchievementsScene extends Phaser.Scene {
  private screen: Mounted | null = null;
  private data2: AchievementsData = {};

  constructor() {
    super(SCENES.achievements);
  }

  init(data: AchievementsData): void {
    this.data2 = data;
  }

  create(): void {
    const ctx = ctxOf(this);
    drawBackdrop(this, ctx.reducedMotion);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.screen?.destroy());
    void loadSummaries(LEVEL_ORDER).then((summaries) => {
      if (!this.scene.isActive()) return;
      this.render(new Map(summaries.flatMap((s) => (s.title ? [[s.id, s.title] as const] : []))));
      markReady(this);
    });
  }

  private back(): void {
    const back = this.data2.back ?? { scene: SCENES.title };
    ctxOf(this).sfx.play('click');
    this.scene.start(back.scene, back.data);
  }

  private render(titles: ReadonlyMap<string, LocalText>): void {
    const ctx = ctxOf(this);
    const save = ctx.store.save;
    const list = achievementList({ chapters: CHAPTERS });
    const earned = list.filter((a) => Object.hasOwn(save.achievements, a.id)).length;
    const back = h(
      'button',
      { class: 'btn', onclick: () => this.back() },
      icon(UI_ICONS.house),
      t('achievements.back'),
    );
    const main = h(
      'main',
      { class: 'select-screen achievements-screen', 'aria-labelledby': 'achievements-title' },
      h(
        'header',
        {},
        back,
        h('h1', { id: 'achievements-title' }, t('achievements.heading')),
        h('p', { class: 'count' }, t('achievements.count', { count: earned, total: list.length })),
      ),
      h(
        'ul',
        { class: 'achievement-list' },
        ...list.map((a) => h('li', {}, achievementCard(a, save, titles))),
      ),
    );
    main.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.back();
    });
    arrowNavigation(main, 2);
    this.screen = mount(ctx.ui, main);
    const focus = this.data2.focus;
    const target = focus ? main.querySelector<HTMLElement>(`[data-achievement="${focus}"]`) : null;
    (target ?? back).focus();
    target?.scrollIntoView({ block: 'center' });
  }
}

function achievementCard(
  a: Achievement,
  save: SaveData,
  titles: ReadonlyMap<string, LocalText>,
): HTMLElement {
  const got = Object.hasOwn(save.achievements, a.id) ? save.achievements[a.id] : undefined;
  const id = `achievement-${a.id}`;
  const chapter = CHAPTERS.find((c) => c.id === a.chapter);
  const how = chapter
    ? t('achievements.chapter.how', { chapter: lt(chapter.title) })
    : t(`achievements.list.${a.id}.how`);
  let status: string;
  if (got) {
    const level = titles.get(got.level);
    status = level ? t('achievements.earnedAt', { level: lt(level) }) : t('achievements.earned');
  } else {
    status = t('achievements.notYet');
  }
  const progress =
    !got && a.goal !== undefined && a.goal > 1 && a.progress
      ? Math.min(a.goal, a.progress(save))
      : null;
  return h(
    'article',
    {
      class: got ? 'achievement earned' : 'achievement',
      'aria-labelledby': id,
      'aria-describedby': `${id}-how ${id}-status`,
      'data-achievement': a.id,
      'data-earned': String(!!got),
      'data-nav': true,
      tabindex: 0,
    },
    h('span', { class: 'badge' }, atlasIcon(a.icon, 56)),
    h(
      'div',
      { class: 'text' },
      h('h2', { id }, achievementName(a.id)),
      h('p', { id: `${id}-how`, class: 'how' }, how),
      h(
        'p',
        { id: `${id}-status`, class: 'status' },
        got ? icon(UI_ICONS.check) : null,
        status,
        progress !== null
          ? h(
              'span',
              { class: 'progress' },
              ` · ${t('achievements.progress', { count: progress, goal: a.goal })}`,
            )
          : null,
      ),
    ),
  );
}

// Level select: every campaign level by chapter, locked, open or passed with its stars.
import Phaser from 'phaser';
import type { LocalText } from '../core/level-schema-parts';
import { isLevelOpen, shownChapters } from '../platform/class-mode';
import { LEVEL_ORDER, type Chapter } from '../platform/level-catalog';
import { loadSummaries } from '../platform/level-titles';
import { arrowNavigation, h, icon, mount, type Mounted } from '../ui/dom';
import { lt, t } from '../ui/i18n';
import { studentTools } from '../ui/student-progress';
import { UI_ICONS } from '../ui/ui-icons';
import { drawBackdrop } from '../view/backdrop';
import { ctxOf, markReady, SCENES } from './context';

export class LevelSelectScene extends Phaser.Scene {
  private screen: Mounted | null = null;

  constructor() {
    super(SCENES.select);
  }

  create(): void {
    const ctx = ctxOf(this);
    drawBackdrop(this, ctx.reducedMotion);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.screen?.destroy());
    void loadSummaries(LEVEL_ORDER).then((summaries) => {
      if (!this.scene.isActive()) return;
      this.render(new Map(summaries.map((s) => [s.id, s])));
      markReady(this);
    });
  }

  private render(summaries: Map<string, { title: { en: string; zh: string } | null }>): void {
    const ctx = ctxOf(this);
    const save = ctx.store.save;
    let focusTarget: HTMLButtonElement | null = null;
    // In class mode only the class's levels are shown.
    const shown = shownChapters();
    const chapters = shown.map((chapter) =>
      h(
        'section',
        { class: 'chapter', 'aria-label': lt(chapter.title) },
        h('h2', {}, lt(chapter.title)),
        h(
          'ul',
          { class: 'level-grid' },
          ...chapter.levels.map((id) => {
            const number = LEVEL_ORDER.indexOf(id) + 1;
            const open = isLevelOpen(save, id);
            const progress = save.levels[id];
            const title = summaries.get(id)?.title;
            const stars = progress?.bestStars ?? 0;
            const name = title ? lt(title) : id;
            const starRow = h(
              'span',
              { class: 'stars', role: 'img', 'aria-label': t('select.stars', { count: stars }) },
              ...[0, 1, 2].map((i) =>
                icon(
                  i < stars ? UI_ICONS.glowingStar : UI_ICONS.star,
                  undefined,
                  i < stars ? '' : 'empty',
                ),
              ),
            );
            const card = h(
              'button',
              {
                class: 'level-card',
                'aria-disabled': open ? undefined : 'true',
                'data-level': id,
                // Named by what it shows (level, title, stars or lock, best score), so that
                // speech input can say what the eye reads.
                onclick: () => {
                  if (!open) return;
                  ctx.sfx.play('click');
                  this.scene.start(SCENES.play, { levelId: id });
                },
              },
              h('span', { class: 'num' }, t('select.level', { n: number })),
              h('span', { class: 'name' }, name),
              open
                ? starRow
                : h('span', { class: 'lock' }, icon(UI_ICONS.locked), t('select.locked')),
              progress?.passed
                ? h('span', { class: 'best' }, t('select.best', { score: progress.bestScore }))
                : null,
              // Shown in high contrast: passed told by a tick and a word, not only by stars.
              progress?.passed
                ? h(
                    'span',
                    { class: 'passed-mark', 'aria-hidden': 'true' },
                    icon(UI_ICONS.check),
                    t('access.levelPassed'),
                  )
                : null,
            );
            if (open && !progress?.passed && !focusTarget) focusTarget = card;
            return h('li', {}, card);
          }),
        ),
      ),
    );
    const back = h(
      'button',
      { class: 'btn', onclick: () => this.scene.start(SCENES.title) },
      icon(UI_ICONS.house),
      t('select.back'),
    );
    const main = h(
      'main',
      { class: 'select-screen' },
      h('header', {}, back, h('h1', {}, t('select.heading')), this.studentTools(shown, summaries)),
      ...chapters,
    );
    main.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.scene.start(SCENES.title);
    });
    arrowNavigation(main, 1);
    this.screen = mount(ctx.ui, main);
    (focusTarget ?? main.querySelector<HTMLButtonElement>('.level-card'))?.focus();
  }

  /** "Show my code" and "Print my certificate". */
  private studentTools(
    chapters: readonly Chapter[],
    summaries: Map<string, { title: LocalText | null }>,
  ): HTMLElement {
    const ctx = ctxOf(this);
    const titles = new Map([...summaries].map(([id, s]) => [id, s.title]));
    const levels = chapters.flatMap((c) => c.levels);
    return studentTools(ctx.ui, () => ctx.store.save, levels, titles);
  }
}

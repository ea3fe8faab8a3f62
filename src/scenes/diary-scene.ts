// Diary: a page per campaign level, by chapter: the quote and the reflection question of each
// level passed, and the pages still to collect shown locked.
import Phaser from 'phaser';
import { diaryPages, type DiaryPage, type DiarySource } from '../core/diary';
import { parseLevel } from '../core/level-parse';
import { CHAPTERS, LEVEL_ORDER, loadLevelText } from '../platform/level-catalog';
import { atlasIcon } from '../ui/atlas-icon';
import { arrowNavigation, h, icon, mount, type Mounted } from '../ui/dom';
import { lt, t } from '../ui/i18n';
import { UI_ICONS } from '../ui/ui-icons';
import { drawBackdrop } from '../view/backdrop';
import { ctxOf, markReady, SCENES, type BackTo } from './context';

export interface DiaryData {
  /** Where Back goes; the title by default. */
  back?: BackTo;
  /** The level whose page to show first (a page just collected). */
  focus?: string;
}

export class DiaryScene extends Phaser.Scene {
  private screen: Mounted | null = null;
  private data2: DiaryData = {};

  constructor() {
    super(SCENES.diary);
  }

  init(data: DiaryData): void {
    this.data2 = data ?? {};
  }

  create(): void {
    const ctx = ctxOf(this);
    drawBackdrop(this, ctx.reducedMotion);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.screen?.destroy());
    void loadDiarySources(LEVEL_ORDER).then((sources) => {
      if (!this.scene.isActive()) return;
      this.render(diaryPages(LEVEL_ORDER, sources, ctx.store.save));
      markReady(this);
    });
  }

  private back(): void {
    const back = this.data2.back ?? { scene: SCENES.title };
    ctxOf(this).sfx.play('click');
    this.scene.start(back.scene, back.data);
  }

  private render(pages: readonly DiaryPage[]): void {
    const ctx = ctxOf(this);
    const byLevel = new Map(pages.map((p) => [p.levelId, p]));
    const chapters = CHAPTERS.map((chapter) => {
      const own = chapter.levels.flatMap((id) => byLevel.get(id) ?? []);
      if (own.length === 0) return null;
      return h(
        'section',
        { class: 'chapter', 'aria-label': lt(chapter.title) },
        h('h2', {}, lt(chapter.title)),
        h('ul', { class: 'diary-grid' }, ...own.map((p) => h('li', {}, pageCard(p)))),
      );
    });
    const collected = pages.filter((p) => p.collected).length;
    const back = h(
      'button',
      { class: 'btn', onclick: () => this.back() },
      icon(UI_ICONS.house),
      t('diary.back'),
    );
    const main = h(
      'main',
      { class: 'select-screen diary-screen', 'aria-labelledby': 'diary-title' },
      h(
        'header',
        {},
        back,
        h('h1', { id: 'diary-title' }, t('diary.heading')),
        h('p', { class: 'count' }, t('diary.collected', { count: collected, total: pages.length })),
      ),
      h('p', { class: 'screen-intro' }, t('diary.intro')),
      ...chapters,
    );
    main.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.back();
    });
    arrowNavigation(main);
    this.screen = mount(ctx.ui, main);
    const focus = this.data2.focus;
    const target = focus ? main.querySelector<HTMLElement>(`[data-diary="${focus}"]`) : null;
    (target ?? back).focus();
    target?.scrollIntoView({ block: 'center' });
  }
}

function pageCard(page: DiaryPage): HTMLElement {
  const id = `diary-${page.levelId}`;
  const heading = h(
    'h3',
    { id },
    h('span', { class: 'num' }, t('select.level', { n: page.number })),
    ' ',
    page.title ? lt(page.title) : page.levelId,
  );
  const body = page.collected
    ? [
        h('blockquote', { class: 'quote' }, atlasIcon('memo', 28), h('p', {}, lt(page.text.quote))),
        h(
          'div',
          { class: 'reflection' },
          h('h4', {}, t('diary.think')),
          h('p', {}, lt(page.text.reflection)),
        ),
      ]
    : [
        h('p', { class: 'lock' }, icon(UI_ICONS.locked), h('span', {}, t('diary.lockedShort'))),
        h('p', { class: 'hint' }, t('diary.locked', { n: page.number })),
      ];
  return h(
    'article',
    {
      class: page.collected ? 'diary-page' : 'diary-page locked',
      'aria-labelledby': id,
      'data-diary': page.levelId,
      'data-collected': String(page.collected),
      'data-nav': true,
      tabindex: 0,
    },
    heading,
    ...body,
  );
}

/** The title and diary page of each level in `ids` (null where a level can't be read). */
async function loadDiarySources(ids: readonly string[]): Promise<Map<string, DiarySource>> {
  const sources = await Promise.all(
    ids.map(async (id): Promise<DiarySource> => {
      const text = await loadLevelText(id);
      const parsed = text === null ? null : parseLevel(text);
      return parsed?.ok
        ? { id, title: parsed.level.title, diary: parsed.file.diary ?? null }
        : { id, title: null, diary: null };
    }),
  );
  return new Map(sources.map((s) => [s.id, s]));
}

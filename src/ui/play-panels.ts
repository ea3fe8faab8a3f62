// The dialogues around play: the level's intro card, the pause menu, captions of what people
// say, and the panel that lists a broken level's problems.
import { arrowNavigation, h, icon, trapFocus, type Mounted } from './dom';
import { atlasIcon } from './atlas-icon';
import { t } from './i18n';
import { UI_ICONS } from './ui-icons';
import { formatClock } from './hud';
import { fullscreenButton } from './fullscreen';

function dialog(root: HTMLElement, labelId: string, ...children: HTMLElement[]): Mounted {
  const card = h(
    'div',
    { class: 'card', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': labelId },
    ...children,
  );
  const backdrop = h('div', { class: 'backdrop' }, card);
  root.append(backdrop);
  arrowNavigation(card);
  trapFocus(card);
  return { el: backdrop, destroy: () => backdrop.remove() };
}

export interface IntroOptions {
  title: string;
  intro: string;
  required: number;
  timeLimitSeconds: number | null;
  onStart: () => void;
}

export function showIntro(root: HTMLElement, o: IntroOptions): Mounted {
  const start = h(
    'button',
    { class: 'btn btn-primary', onclick: () => o.onStart() },
    icon(UI_ICONS.play),
    t('intro.start'),
  );
  const timeText =
    o.timeLimitSeconds === null
      ? t('intro.noTimeLimit')
      : t('intro.timeLimit', { time: formatClock(o.timeLimitSeconds) });
  const m = dialog(
    root,
    'intro-title',
    h('h1', { id: 'intro-title' }, o.title),
    h('p', {}, o.intro),
    h(
      'p',
      { class: 'goal-line' },
      icon(UI_ICONS.heart),
      `${t('intro.goal', { count: o.required })} · ${timeText}`,
    ),
    h('p', { class: 'controls-line' }, t('intro.controls')),
    h('div', { class: 'actions' }, start),
  );
  start.focus();
  return m;
}

export interface PauseOptions {
  onResume: () => void;
  onRestart: () => void;
  onQuit: () => void;
}

export function showPause(root: HTMLElement, o: PauseOptions): Mounted {
  const resume = h(
    'button',
    { class: 'btn btn-primary', onclick: () => o.onResume() },
    icon(UI_ICONS.play),
    t('pause.resume'),
  );
  const m = dialog(
    root,
    'pause-title',
    h('h1', { id: 'pause-title' }, t('pause.heading')),
    h(
      'div',
      { class: 'actions' },
      resume,
      h(
        'button',
        { class: 'btn', onclick: () => o.onRestart() },
        icon(UI_ICONS.retry),
        t('pause.restart'),
      ),
      h(
        'button',
        { class: 'btn', onclick: () => o.onQuit() },
        icon(UI_ICONS.house),
        t('pause.quit'),
      ),
      fullscreenButton(),
    ),
  );
  m.el.addEventListener('keydown', (e) => {
    if (e.code === 'Escape' || e.code === 'KeyP') {
      e.preventDefault();
      e.stopPropagation();
      o.onResume();
    }
  });
  resume.focus();
  return m;
}

/**
 * The caption line at the bottom: who speaks, and what they say; and, with captions for sounds
 * on, a short line naming the sound that just played ("♪ thank-you chime"), each kept for its
 * own time.
 */
export class Caption implements Mounted {
  readonly el: HTMLElement;
  private timer = 0;
  private soundTimer = 0;
  private speech: HTMLElement[] = [];
  private soundLine: HTMLElement | null = null;

  constructor(root: HTMLElement) {
    this.el = h('div', { class: 'caption', hidden: true, 'aria-hidden': 'true' });
    root.append(this.el);
  }

  show(text: string, speaker?: { name: string; frame: string }, ms = 3800): void {
    this.speech = [
      ...(speaker ? [atlasIcon(speaker.frame, 44), h('span', { class: 'who' }, speaker.name)] : []),
      h('span', { class: 'what' }, text),
    ];
    this.paint();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.speech = [];
      this.paint();
    }, ms);
  }

  /** Names a sound that just played, for a while. */
  sound(text: string, ms = 2200): void {
    // The same sound again (each step, say) keeps its line a while longer and changes nothing
    // on the page; another sound takes the line's place.
    if (this.soundLine?.textContent !== text) {
      if (this.soundLine) this.soundLine.textContent = text;
      else {
        this.soundLine = h('span', { class: 'sound-caption', 'data-sound-caption': 'true' }, text);
        this.paint();
      }
    }
    window.clearTimeout(this.soundTimer);
    this.soundTimer = window.setTimeout(() => {
      this.soundLine = null;
      this.paint();
    }, ms);
  }

  private paint(): void {
    this.el.replaceChildren(...(this.soundLine ? [this.soundLine] : []), ...this.speech);
    this.el.classList.toggle('sound-only', this.speech.length === 0);
    this.el.hidden = this.speech.length === 0 && !this.soundLine;
  }

  destroy(): void {
    window.clearTimeout(this.timer);
    window.clearTimeout(this.soundTimer);
    this.el.remove();
  }
}

export function showBrokenLevel(
  root: HTMLElement,
  lines: readonly string[],
  onBack: () => void,
): Mounted {
  const back = h(
    'button',
    { class: 'btn btn-primary', onclick: () => onBack() },
    icon(UI_ICONS.house),
    t('pause.quit'),
  );
  const m = dialog(
    root,
    'broken-title',
    h('h1', { id: 'broken-title' }, t('notice.levelBroken')),
    h(
      'pre',
      { class: 'problems', role: 'list' },
      ...lines.map((l) => h('div', { role: 'listitem' }, l)),
    ),
    h('div', { class: 'actions' }, back),
  );
  back.focus();
  return m;
}

export interface QuestionOptions {
  /** Who asks (a person's picture and name), if anyone. */
  speaker?: { name: string; frame: string };
  prompt: string;
  options: readonly string[];
  onPick: (option: number) => void;
}

/** A question with two to four answers: a child's question, a dilemma, or thanks. */
export class QuestionDialog implements Mounted {
  readonly el: HTMLElement;
  private readonly feedback: HTMLElement;

  constructor(root: HTMLElement, o: QuestionOptions) {
    this.feedback = h('p', { class: 'feedback', role: 'status' });
    const buttons = o.options.map((text, i) =>
      h(
        'button',
        { class: 'btn option', onclick: () => o.onPick(i), 'data-option': String(i) },
        h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)),
        text,
      ),
    );
    const header = o.speaker
      ? h(
          'div',
          { class: 'speaker' },
          atlasIcon(o.speaker.frame, 56),
          h('strong', {}, o.speaker.name),
        )
      : null;
    const m = dialog(
      root,
      'question-title',
      ...(header ? [header] : []),
      h('h2', { id: 'question-title' }, o.prompt),
      h('div', { class: 'options' }, ...buttons),
      this.feedback,
    );
    this.el = m.el;
    this.el.addEventListener('keydown', (e) => {
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= o.options.length) {
        e.preventDefault();
        o.onPick(n - 1);
      }
    });
    buttons[0]?.focus();
  }

  /** Says that an answer was not right, and keeps the question open. */
  tryAgain(text: string): void {
    this.feedback.textContent = text;
  }

  destroy(): void {
    this.el.remove();
  }
}

import { createReadAloud, type ReadAloud } from '../../platform/read-aloud';
import {
  FONT_STACK,
  LINE_HEIGHT,
  READER_FONTS,
  READER_SPACINGS,
  READER_THEMES,
  READER_WIDTHS,
  WIDTH_EM,
  type ReaderLook,
} from '../../shared/reader-look';

/** Styles for the options row of the reader view over a page (inside its shadow root). */
export const READER_OPTIONS_CSS = `
.options { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; justify-content: flex-end;
  padding: 6px 16px; font: 14px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; }
.options select { font: inherit; color: inherit; background: transparent; border: 1px solid rgba(127,127,127,.4); border-radius: 6px; }
.options option { color: #1f2328; background: #fff; }
.options button { font: inherit; border: 1px solid rgba(127,127,127,.4); background: transparent; color: inherit; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.reader.sepia { background: #f4ecd8; color: #3f3226; }
.reader.sepia article a { color: #0b5e53; }
`;

/**
 * Localised strings, passed in: this module is bundled into pages for the benchmarks, where the
 * extension API (and so `browser.i18n`) does not exist.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** Applies a look to the reader view: theme on the shell, type and measure on the article. */
export function applyReaderLook(shell: HTMLElement, body: HTMLElement, look: ReaderLook): void {
  const win = shell.ownerDocument.defaultView;
  const prefersDark = win?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const dark = look.theme === 'dark' || (look.theme === 'auto' && prefersDark);
  shell.classList.toggle('dark', dark);
  shell.classList.toggle('sepia', look.theme === 'sepia');
  shell.dataset.theme = look.theme;
  body.style.setProperty('font-size', `${look.fontSize}px`);
  body.style.setProperty('font-family', FONT_STACK[look.font]);
  body.style.setProperty('max-width', `${WIDTH_EM[look.width]}em`);
  body.style.setProperty('line-height', String(LINE_HEIGHT[look.spacing]));
}

function select<T extends string>(
  doc: Document,
  name: string,
  label: string,
  choices: readonly T[],
  labelOf: (c: T) => string,
  value: T,
  onPick: (value: T) => void,
): HTMLLabelElement {
  const wrap = doc.createElement('label');
  wrap.append(`${label} `);
  const el = doc.createElement('select');
  el.setAttribute('data-testid', `reader-view-${name}`);
  for (const c of choices) {
    const option = doc.createElement('option');
    option.value = c;
    option.textContent = labelOf(c);
    el.append(option);
  }
  el.value = value;
  el.addEventListener('change', (e) => {
    const picked = choices.find((c) => c === el.value);
    if (e.isTrusted && picked !== undefined) onPick(picked);
  });
  wrap.append(el);
  return wrap;
}

const THEME_LABEL: Record<ReaderLook['theme'], string> = {
  auto: 'libThemeAuto',
  light: 'libThemeLight',
  sepia: 'libThemeSepia',
  dark: 'libThemeDark',
};

/**
 * The options row: theme (with sepia), font, line width and spacing, the reading time, and
 * read-aloud where the browser can speak. `onLook` hears every change to apply and keep.
 */
export function buildReaderOptions(
  doc: Document,
  state: { look: ReaderLook; minutes: number; text: string; lang: string },
  onLook: (change: Partial<ReaderLook>) => void,
  t: Translate,
): { row: HTMLElement; speech: ReadAloud } {
  const row = doc.createElement('div');
  row.className = 'options';
  row.setAttribute('role', 'group');
  row.setAttribute('aria-label', t('readerOptions'));
  const { look } = state;
  row.append(
    select(
      doc,
      'theme',
      t('libTheme'),
      READER_THEMES,
      (c) => t(THEME_LABEL[c]),
      look.theme,
      (theme) => onLook({ theme }),
    ),
    select(
      doc,
      'font',
      t('readerFont'),
      READER_FONTS,
      (c) => t(`readerOpt_${c}`),
      look.font,
      (font) => onLook({ font }),
    ),
    select(
      doc,
      'width',
      t('readerWidth'),
      READER_WIDTHS,
      (c) => t(`readerOpt_${c}`),
      look.width,
      (width) => onLook({ width }),
    ),
    select(
      doc,
      'spacing',
      t('readerSpacing'),
      READER_SPACINGS,
      (c) => t(`readerOpt_${c}`),
      look.spacing,
      (spacing) => onLook({ spacing }),
    ),
  );
  const time = doc.createElement('span');
  time.setAttribute('data-testid', 'reader-view-time');
  time.textContent = t('readerMinutes', String(state.minutes));
  row.append(time);

  const buttons: Record<'play' | 'stop', HTMLButtonElement> = {
    play: doc.createElement('button'),
    stop: doc.createElement('button'),
  };
  const speech = createReadAloud(doc.defaultView as Window & typeof globalThis, (s) => {
    buttons.play.textContent =
      s === 'playing'
        ? t('readerPause')
        : s === 'paused'
          ? t('readerResume')
          : t('readerReadAloud');
    buttons.stop.disabled = s === 'idle';
  });
  if (speech.supported) {
    buttons.play.type = 'button';
    buttons.play.setAttribute('data-testid', 'reader-view-play');
    buttons.play.textContent = t('readerReadAloud');
    buttons.play.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      const s = speech.state();
      if (s === 'playing') speech.pause();
      else if (s === 'paused') speech.resume();
      else speech.play(state.text, state.lang);
    });
    buttons.stop.type = 'button';
    buttons.stop.setAttribute('data-testid', 'reader-view-stop');
    buttons.stop.textContent = t('readerStop');
    buttons.stop.disabled = true;
    buttons.stop.addEventListener('click', (e) => e.isTrusted && speech.stop());
    row.append(buttons.play, buttons.stop);
  }
  return { row, speech };
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import { createReadAloud, type ReadAloudState } from '../../platform/read-aloud';
import { t } from '../../platform/browser-api';
import {
  FONT_STACK,
  LINE_HEIGHT,
  READER_FONTS,
  READER_SPACINGS,
  READER_WIDTHS,
  WIDTH_EM,
  readingMinutes,
} from '../../shared/reader-look';
import type { Settings } from '../../store/settings-repository';
import './reader-options.css';

/** The custom properties the options set on the reader (read by reader-options.css). */
export function readerLookStyle(settings: Settings): Record<string, string> {
  return {
    '--reader-font-size': `${settings.readerFontSize}px`,
    '--reader-font-family': FONT_STACK[settings.readerFont],
    '--reader-measure': `${WIDTH_EM[settings.readerWidth]}em`,
    '--reader-line-height': String(LINE_HEIGHT[settings.readerSpacing]),
  };
}

function Choice<K extends 'readerFont' | 'readerWidth' | 'readerSpacing'>(props: {
  setting: K;
  label: string;
  choices: readonly Settings[K][];
  settings: Settings;
  onChange: (key: K, value: Settings[K]) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        data-testid={`reader-${props.setting}`}
        value={props.settings[props.setting]}
        onChange={(e) => {
          const value = props.choices.find((c) => c === e.currentTarget.value);
          if (value !== undefined) props.onChange(props.setting, value);
        }}
      >
        {props.choices.map((c) => (
          <option key={c} value={c}>
            {t(`readerOpt_${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Play/pause/stop for reading the article aloud; nothing where the browser has no speech. */
function ReadAloudControls(props: { text: string; lang: string }) {
  const [state, setState] = useState<ReadAloudState>('idle');
  const speech = useMemo(() => createReadAloud(window, setState), []);
  useEffect(() => () => speech.stop(), [speech]);
  if (!speech.supported) return null;
  return (
    <span class="read-aloud" role="group" aria-label={t('readerReadAloud')}>
      {state === 'playing' ? (
        <button type="button" data-testid="read-aloud-pause" onClick={() => speech.pause()}>
          {t('readerPause')}
        </button>
      ) : (
        <button
          type="button"
          data-testid="read-aloud-play"
          onClick={() =>
            state === 'paused' ? speech.resume() : speech.play(props.text, props.lang)
          }
        >
          {state === 'paused' ? t('readerResume') : t('readerReadAloud')}
        </button>
      )}
      <button
        type="button"
        data-testid="read-aloud-stop"
        disabled={state === 'idle'}
        onClick={() => speech.stop()}
      >
        {t('readerStop')}
      </button>
    </span>
  );
}

/** Font, line width and spacing, the reading time and read-aloud, for the library's reader. */
export function ReaderOptions(props: {
  settings: Settings;
  onChange: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  text: string;
  lang: string;
}) {
  const minutes = readingMinutes(props.text, props.lang);
  return (
    <div class="reader-options" role="group" aria-label={t('readerOptions')}>
      <Choice
        setting="readerFont"
        label={t('readerFont')}
        choices={READER_FONTS}
        settings={props.settings}
        onChange={props.onChange}
      />
      <Choice
        setting="readerWidth"
        label={t('readerWidth')}
        choices={READER_WIDTHS}
        settings={props.settings}
        onChange={props.onChange}
      />
      <Choice
        setting="readerSpacing"
        label={t('readerSpacing')}
        choices={READER_SPACINGS}
        settings={props.settings}
        onChange={props.onChange}
      />
      <span class="muted reading-time" data-testid="reading-time">
        {t('readerMinutes', String(minutes))}
      </span>
      <ReadAloudControls text={props.text} lang={props.lang} />
    </div>
  );
}

import { useState } from 'preact/hooks';
import { messageOf } from '../../shared/result';
import { t } from '../../platform/browser-api';
import type { Db } from '../../store/open-db';
import { citationText, STYLES, type Style } from './citation-actions';

const LABELS: Record<Style, string> = {
  apa: 'APA',
  chicago: 'Chicago (author-date)',
  harvard: 'Harvard',
  vancouver: 'Vancouver',
};
const STYLE_KEY = 'reader-assistant.citation-style';

function storedStyle(): Style {
  try {
    const value = globalThis.localStorage?.getItem(STYLE_KEY);
    return STYLES.find((s) => s === value) ?? 'apa';
  } catch {
    return 'apa';
  }
}

/** "Copy citation" for one selected clipping, the style remembered on this device. */
export function CopyCitation(props: { db: Db; ids: readonly string[] }) {
  const [style, setStyle] = useState<Style>(storedStyle);
  const [status, setStatus] = useState('');
  const only = props.ids.length === 1 ? props.ids[0] : undefined;
  const copy = async (id: string) => {
    try {
      const text = await citationText(props.db, id, style);
      await navigator.clipboard.writeText(text);
      setStatus(t('libCitationCopied', text));
    } catch (thrown) {
      setStatus(t('libCitationFailed', messageOf(thrown)));
    }
  };
  return (
    <div class="copy-citation" role="group" aria-label={t('libCitationCopy')}>
      <select
        data-testid="citation-style"
        aria-label={t('libCitationStyle')}
        value={style}
        onChange={(e) => {
          const next = STYLES.find((s) => s === e.currentTarget.value) ?? 'apa';
          setStyle(next);
          try {
            globalThis.localStorage?.setItem(STYLE_KEY, next);
          } catch {
            // Storage may be disabled; the choice then lasts for this page only.
          }
        }}
      >
        {STYLES.map((s) => (
          <option key={s} value={s}>
            {LABELS[s]}
          </option>
        ))}
      </select>
      <button
        type="button"
        data-testid="copy-citation"
        disabled={only === undefined}
        onClick={() => only !== undefined && void copy(only)}
      >
        {t('libCitationCopy')}
      </button>
      <span class="muted" role="status" data-testid="citation-status">
        {status}
      </span>
    </div>
  );
}

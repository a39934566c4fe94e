import { useState } from 'preact/hooks';
import { t } from '../../platform/browser-api';

/** Tags as removable chips plus an input; Enter or comma adds. */
export function TagEditor(props: {
  tags: readonly string[];
  suggestions: readonly string[];
  onChange: (tags: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const fresh = draft
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '' && !props.tags.includes(s));
    if (fresh.length > 0) props.onChange([...props.tags, ...new Set(fresh)]);
    setDraft('');
  };
  return (
    <div class="tag-editor">
      <ul class="tag-list" aria-label={t('tags')}>
        {props.tags.map((tag) => (
          <li key={tag} class="tag">
            {tag}{' '}
            <button
              type="button"
              class="tag-remove"
              aria-label={t('libRemoveTag', tag)}
              onClick={() => props.onChange(props.tags.filter((x) => x !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label>
        <span class="visually-hidden">{t('libAddTag')}</span>
        <input
          type="text"
          list="tag-suggestions"
          placeholder={t('libAddTag')}
          data-testid="tag-input"
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            }
          }}
          onBlur={add}
        />
      </label>
      <datalist id="tag-suggestions">
        {props.suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}

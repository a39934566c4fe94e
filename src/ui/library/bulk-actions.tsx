import { useState } from 'preact/hooks';
import { t } from '../../platform/browser-api';
import type { Db } from '../../store/open-db';
import { ExportBar } from './export-bar';
import { SendToObsidian } from './send-to-obsidian';
import { CopyCitation } from './copy-citation';

/** What can be done to the selected clippings: tag, export, delete. */
export function BulkActions(props: {
  db: Db;
  selected: ReadonlySet<string>;
  onTag: (tag: string) => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const [tag, setTag] = useState('');
  const count = props.selected.size;
  return (
    <section class="bulk-actions" aria-label={t('libSelectedCount', String(count))}>
      <strong>{t('libSelectedCount', String(count))}</strong>
      <form
        class="bulk-tag"
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim() !== '') props.onTag(tag.trim());
          setTag('');
        }}
      >
        <label>
          <span class="visually-hidden">{t('libAddTag')}</span>
          <input
            type="text"
            list="tag-suggestions"
            placeholder={t('libAddTag')}
            value={tag}
            onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('libTagSelected')}</button>
      </form>
      <button type="button" class="danger" data-testid="delete-selected" onClick={props.onDelete}>
        {t('libDeleteSelected')}
      </button>
      <button type="button" onClick={props.onClear}>
        {t('libClearSelection')}
      </button>
      <ExportBar
        db={props.db}
        scope={() => ({ ids: [...props.selected], all: false })}
        label={t('libExportSelected')}
      />
      <CopyCitation db={props.db} ids={[...props.selected]} />
      <SendToObsidian db={props.db} ids={[...props.selected]} />
    </section>
  );
}

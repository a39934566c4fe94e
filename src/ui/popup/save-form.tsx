import { useEffect, useState } from 'preact/hooks';
import type { SaveOutcome } from '../../background/save-clipping';
import { sendToBackground } from '../../messaging/send';
import { t } from '../../platform/browser-api';
import { allTags } from '../../store/clippings-repository';
import { openReaderDb } from '../../store/open-db';

type Save =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; outcome: SaveOutcome }
  | { kind: 'failed'; reason: string };

/** Tags with completion from the library, a note, and the save button with its states. */
export function SaveForm({ tabId }: { tabId: number }) {
  const [save, setSave] = useState<Save>({ kind: 'idle' });
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [known, setKnown] = useState<string[]>([]);
  useEffect(() => {
    void openReaderDb()
      .then(async (db) => {
        setKnown(await allTags(db));
        db.close();
      })
      .catch(() => setKnown([]));
  }, []);

  const onSave = async () => {
    setSave({ kind: 'saving' });
    const tagList = [
      ...new Set(
        tags
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    const reply = await sendToBackground('saveClipping', { tabId, tags: tagList, note });
    setSave(
      reply.ok ? { kind: 'saved', outcome: reply.value } : { kind: 'failed', reason: reply.error },
    );
  };

  return (
    <form
      class="save-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      <label>
        {t('tags')}
        <input
          type="text"
          list="known-tags"
          value={tags}
          placeholder="năng lượng, xuất khẩu"
          onInput={(e) => setTags(e.currentTarget.value)}
          data-testid="tags-input"
        />
        <datalist id="known-tags">
          {known.map((tag) => (
            <option
              key={tag}
              value={
                tags.includes(',') ? `${tags.slice(0, tags.lastIndexOf(',') + 1)} ${tag}` : tag
              }
            />
          ))}
        </datalist>
      </label>
      <label>
        {t('clippingNote')}
        <textarea
          rows={2}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
          data-testid="note-field"
        />
      </label>
      <div class="actions">
        <button
          type="submit"
          class="primary"
          data-testid="save-clipping"
          disabled={save.kind === 'saving'}
        >
          {save.kind === 'saving' ? t('saving') : t('saveClipping')}
        </button>
      </div>
      <div
        data-testid="save-status"
        data-state={save.kind}
        role="status"
        aria-live="polite"
        class={save.kind === 'failed' ? 'error' : ''}
      >
        {save.kind === 'saved' && (
          <p>
            {t('saved')}{' '}
            <button
              type="button"
              class="link"
              onClick={() =>
                void sendToBackground('openLibrary', { clippingId: save.outcome.clippingId })
              }
            >
              {t('openInLibrary')}
            </button>
            {save.outcome.wholePage && (
              <span class="muted" data-testid="saved-whole-page">
                {' '}
                {t('savedWholePage')}
              </span>
            )}
            {save.outcome.imagesMissing.length > 0 && (
              <span class="muted">
                {' '}
                {t('imagesMissing', String(save.outcome.imagesMissing.length))}
              </span>
            )}
          </p>
        )}
        {save.kind === 'failed' && <p>{t('saveFailed', save.reason)}</p>}
      </div>
    </form>
  );
}

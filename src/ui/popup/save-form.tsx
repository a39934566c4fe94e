import { useEffect, useState } from 'preact/hooks';
import type { SaveOutcome } from '../../model/save-outcome';
import type { PageState } from '../../model/page-state';
import { sendToBackground } from '../../messaging/send';
import { t } from '../../platform/browser-api';
import { formatSavedDate, readLibraryFor, type SavedClipping } from './saved-clipping';

type Save =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; outcome: SaveOutcome }
  | { kind: 'failed'; reason: string };

/**
 * Tags with completion from the library, a note, and the save button with its states. A page
 * already in the library says so (with the date it was saved and a link to it), and the button
 * updates that clipping.
 */
export function SaveForm({ tabId, page }: { tabId: number; page: PageState }) {
  const [save, setSave] = useState<Save>({ kind: 'idle' });
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [known, setKnown] = useState<string[]>([]);
  const [saved, setSaved] = useState<SavedClipping | null>(null);
  useEffect(() => {
    void readLibraryFor(page).then(
      (library) => {
        setKnown(library.tags);
        setSaved(library.saved);
      },
      () => setKnown([]),
    );
  }, [page.url, page.metadata.canonicalUrl]);

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
    if (reply.ok) {
      const now = Date.now();
      setSaved((before) => ({
        id: reply.value.clippingId,
        savedAt: before?.savedAt ?? now,
        updatedAt: now,
      }));
    }
  };
  const openInLibrary = (clippingId: string) =>
    void sendToBackground('openLibrary', { clippingId });

  return (
    <form
      class="save-form"
      aria-label={t('saveClipping')}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      {saved && save.kind !== 'saved' && (
        <p class="already-saved" data-testid="already-saved">
          {t('alreadySaved', formatSavedDate(saved.savedAt))}{' '}
          <button
            type="button"
            class="link"
            data-testid="open-saved"
            onClick={() => openInLibrary(saved.id)}
          >
            {t('openInLibrary')}
          </button>
        </p>
      )}
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
          {save.kind === 'saving' ? t('saving') : saved ? t('updateClipping') : t('saveClipping')}
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
            {save.outcome.updated ? t('savedUpdated') : t('saved')}{' '}
            <button
              type="button"
              class="link"
              onClick={() => openInLibrary(save.outcome.clippingId)}
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

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../platform/browser-api';
import { putAnnotation } from '../../store/annotations-repository';
import { getClipping, imagesOf } from '../../store/clippings-repository';
import {
  annotationsOfClipping,
  updateClipping,
  type ClippingEdit,
} from '../../store/library-queries';
import type { Db } from '../../store/open-db';
import type { Clipping, StoredImage, UserAnnotation } from '../../model/stored-records';
import {
  DEFAULT_SETTINGS,
  getSettings,
  setSetting,
  type Settings,
} from '../../store/settings-repository';
import type { ReaderLook } from '../../shared/reader-look';
import { saveReaderLook } from '../../platform/page-preferences';
import { describeStorageError } from '../../store/storage-error';
import { ExportBar } from '../library/export-bar';
import './reader.css';
import { dateOf, siteOf } from '../library/library-filters';
import { ArticleBody } from './article-body';
import { ReaderOptions, readerLookStyle } from './reader-options';
import { ReaderSettings } from './reader-settings';
import { ReaderSidebar } from './reader-sidebar';

/** Which field of the page reader view's look each reader setting is. */
const LOOK_OF: Record<keyof Settings, keyof ReaderLook> = {
  readerTheme: 'theme',
  readerFontSize: 'fontSize',
  readerFont: 'font',
  readerWidth: 'width',
  readerSpacing: 'spacing',
};

type Load =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; reason: string }
  | { kind: 'ready'; clipping: Clipping; images: StoredImage[]; annotations: UserAnnotation[] };

/** Only web links open from the reader; a stored URL could be anything after an import. */
function webUrl(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

/**
 * A clipping read offline: the sanitised article with its stored images, figures and projects
 * marked, the user's highlights and notes (editable), tags (editable), a link to the original,
 * theme and font size, and exports of this clipping.
 */
export function ClippingReader(props: {
  db: Db;
  id: string;
  tagSuggestions: readonly string[];
  onClose: () => void;
  onChanged: (c: Clipping, annotations: UserAnnotation[]) => void;
  onDelete: (id: string) => void;
}) {
  const { db, id } = props;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saveError, setSaveError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = load.kind === 'ready';
  // Opening a clipping moves focus to its title, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready, id]);

  useEffect(() => {
    let live = true;
    setLoad({ kind: 'loading' });
    void (async () => {
      try {
        const clipping = await getClipping(db, id);
        if (!clipping) return live && setLoad({ kind: 'missing' });
        const [images, annotations, stored] = await Promise.all([
          imagesOf(db, id),
          annotationsOfClipping(db, clipping),
          getSettings(db),
        ]);
        if (!live) return;
        setSettings(stored);
        setLoad({ kind: 'ready', clipping, images, annotations });
      } catch (thrown) {
        if (live) setLoad({ kind: 'failed', reason: describeStorageError(thrown) });
      }
    })();
    return () => {
      live = false;
    };
  }, [db, id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && e.target.closest('input, textarea, select');
      if (e.key === 'Escape' && !typing) props.onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [props.onClose]);

  const changeSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
    // The reader view over a page cannot read these settings; it starts from this copy.
    void saveReaderLook({ [LOOK_OF[key]]: value }).catch(() => undefined);
    void setSetting(db, key, value).catch((thrown: unknown) =>
      setSaveError(describeStorageError(thrown)),
    );
  };

  if (load.kind !== 'ready') {
    return (
      <main class="reader">
        <button type="button" onClick={props.onClose}>
          ← {t('libBack')}
        </button>
        {load.kind === 'loading' && <p class="muted">{t('libLoading')}</p>}
        {load.kind === 'missing' && <p class="error">{t('libClippingMissing')}</p>}
        {load.kind === 'failed' && <p class="error">{load.reason}</p>}
      </main>
    );
  }
  const { clipping: c, annotations } = load;

  const edit = async (change: ClippingEdit) => {
    try {
      const next = await updateClipping(db, c.id, change);
      if (!next) return;
      setLoad({ ...load, clipping: next });
      props.onChanged(next, annotations);
      setSaveError(null);
    } catch (thrown) {
      setSaveError(describeStorageError(thrown));
    }
  };
  const editAnnotation = async (a: UserAnnotation, note: string) => {
    try {
      const next = { ...a, note, updatedAt: Date.now() };
      // Compare-and-set: a tab may have changed this highlight since the reader loaded it.
      await putAnnotation(db, next, { expectedUpdatedAt: a.updatedAt });
      const list = annotations.map((x) => (x.id === a.id ? next : x));
      setLoad({ ...load, annotations: list });
      props.onChanged(c, list);
      setSaveError(null);
    } catch (thrown) {
      setSaveError(describeStorageError(thrown));
    }
  };

  const m = c.metadata;
  const original = webUrl(m.canonicalUrl ?? c.url);
  const theme = settings.readerTheme;
  return (
    <main
      class={`reader theme-${theme}`}
      lang={m.lang ?? undefined}
      style={readerLookStyle(settings)}
    >
      <div class="reader-toolbar">
        <button type="button" data-testid="close-reader" onClick={props.onClose}>
          ← {t('libBack')}
        </button>
        <ReaderSettings settings={settings} onChange={changeSetting} />
        <ReaderOptions
          settings={settings}
          onChange={changeSetting}
          text={c.text}
          lang={m.lang ?? document.documentElement.lang}
        />
        <button type="button" class="danger" onClick={() => props.onDelete(c.id)}>
          {t('libDelete')}
        </button>
      </div>
      <ExportBar db={db} scope={() => ({ ids: [c.id], all: false })} label={t('libExportThis')} />
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      <div class="reader-layout">
        <article class="reader-article reader-look">
          <header>
            <h1 tabIndex={-1} ref={heading}>
              {m.title ?? c.url}
            </h1>
            <p class="muted">
              {[
                m.authors.join(', ') || m.byline,
                siteOf(c),
                new Date(dateOf(c)).toLocaleDateString(),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {original && (
              <p>
                <a href={original} target="_blank" rel="noopener noreferrer">
                  {t('libOriginal')}
                </a>
              </p>
            )}
            {c.missingImages.length > 0 && (
              <p class="muted">{t('imagesMissing', String(c.missingImages.length))}</p>
            )}
          </header>
          <ArticleBody clipping={c} images={load.images} annotations={annotations} />
        </article>
        <ReaderSidebar
          clipping={c}
          annotations={annotations}
          tagSuggestions={props.tagSuggestions}
          onNote={(note) => void edit({ note })}
          onTags={(tags) => void edit({ tags })}
          onAnnotationNote={(a, note) => void editAnnotation(a, note)}
        />
      </div>
    </main>
  );
}

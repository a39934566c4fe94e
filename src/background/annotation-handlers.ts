import { canonicalKey } from '../shared/canonical-key';
import type { BackgroundApi, Handlers, MessageSenderInfo } from '../messaging/protocol';
import { sendToTab } from '../messaging/send';
import { isToolbarAction } from '../messaging/toolbar-action';
import { browser } from '../platform/browser-api';
import { annotationsFor, deleteAnnotation, putAnnotation } from '../store/annotations-repository';
import { openReaderDb, type Db } from '../store/open-db';
import type { UserAnnotation } from '../model/stored-records';
import { isUserAnnotation } from '../store/validate-annotation';
import { keyBelongsToPage, senderPageUrl } from './sender-scope';

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openReaderDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/**
 * The page's own copy of a highlight carries no note: notes are shown and edited only in the
 * highlight toolbar, an extension frame the page cannot read (page/user-highlights/selection-toolbar.ts).
 */
const withoutNote = (a: UserAnnotation): UserAnnotation => ({ ...a, note: '' });

/** The tab's page URL as the browser knows it, for the toolbar framed in that tab. */
async function tabUrl(tabId: number): Promise<string> {
  const tab = await browser.tabs.get(tabId);
  if (typeof tab.url !== 'string') throw new Error('The tab has no page.');
  return tab.url;
}

/** A stored highlight the sender's page may see, or an error (also for one that does not exist). */
async function ownAnnotation(db: Db, id: unknown, pageUrl: string): Promise<UserAnnotation> {
  const stored = typeof id === 'string' ? await db.get('annotations', id) : undefined;
  if (!stored || !keyBelongsToPage(stored.canonicalKey, pageUrl))
    throw new Error('No such highlight on this page.');
  return stored;
}

/**
 * Highlights deleted a moment ago, whole (with their notes), so "Undo" in the page can bring
 * them back without the note ever passing through the page. Held in memory only, briefly.
 */
const recentlyDeleted = new Map<string, { annotation: UserAnnotation; at: number }>();
const UNDO_WINDOW_MS = 2 * 60_000;

function rememberDeleted(annotation: UserAnnotation): void {
  const now = Date.now();
  for (const [id, entry] of recentlyDeleted)
    if (now - entry.at > UNDO_WINDOW_MS) recentlyDeleted.delete(id);
  recentlyDeleted.set(annotation.id, { annotation, at: now });
}

type AnnotationMessages =
  | 'getAnnotations'
  | 'putAnnotation'
  | 'deleteAnnotation'
  | 'restoreAnnotation'
  | 'getNote'
  | 'saveNote'
  | 'toolbarAction';

/**
 * Highlights and notes. A content script asks for its own page's highlights only (the key is
 * derived from the URL the browser reports for it; the page's canonical link counts only on the
 * same site, see canonicalKey) and gets them without notes; it may write highlights of its own
 * site only, and never their notes. The highlight toolbar frame reads and writes one note, of a
 * highlight on the page of the tab it is shown in.
 */
export const annotationHandlers = {
  async getAnnotations(request, sender) {
    const pageUrl = senderPageUrl(sender);
    const canonical = typeof request?.canonicalUrl === 'string' ? request.canonicalUrl : null;
    const key = canonicalKey(pageUrl, canonical);
    const annotations = await withDb((db) => annotationsFor(db, key));
    // Which ones have a note (for its marker in the page), never what it says.
    const noted = annotations.filter((a) => a.note.trim() !== '').map((a) => a.id);
    return { key, annotations: annotations.map(withoutNote), noted };
  },
  async putAnnotation(request, sender) {
    const pageUrl = senderPageUrl(sender);
    if (!isUserAnnotation(request)) throw new Error('Not a valid highlight.');
    await withDb(async (db) => {
      const stored = await db.get('annotations', request.id);
      if (stored === undefined) {
        if (!keyBelongsToPage(request.canonicalKey, pageUrl))
          throw new Error('A page may keep highlights of its own site only.');
        await putAnnotation(db, { ...request, note: '', clippingId: null });
        return;
      }
      if (!keyBelongsToPage(stored.canonicalKey, pageUrl))
        throw new Error('No such highlight on this page.');
      // The page changes where and how a highlight is painted; what the user wrote and where
      // it was clipped stay as stored (an open tab's stale copy never overwrites a note).
      await putAnnotation(db, {
        ...request,
        id: stored.id,
        canonicalKey: stored.canonicalKey,
        clippingId: stored.clippingId,
        note: stored.note,
        createdAt: stored.createdAt,
      });
    });
    return null;
  },
  async deleteAnnotation(request, sender) {
    const pageUrl = senderPageUrl(sender);
    await withDb(async (db) => {
      const stored = await ownAnnotation(db, request.id, pageUrl);
      await deleteAnnotation(db, stored.id);
      rememberDeleted(stored);
    });
    return null;
  },
  async restoreAnnotation(request, sender) {
    const pageUrl = senderPageUrl(sender);
    const entry = typeof request?.id === 'string' ? recentlyDeleted.get(request.id) : undefined;
    if (!entry || !keyBelongsToPage(entry.annotation.canonicalKey, pageUrl))
      throw new Error('Nothing to undo.');
    recentlyDeleted.delete(entry.annotation.id);
    await withDb((db) => putAnnotation(db, { ...entry.annotation, updatedAt: Date.now() }));
    return { noted: entry.annotation.note.trim() !== '' };
  },
  async getNote(request, sender) {
    const tabId = noteEditorTab(sender);
    const pageUrl = await tabUrl(tabId);
    const stored = await withDb((db) => ownAnnotation(db, request.id, pageUrl));
    return { note: stored.note };
  },
  async saveNote(request, sender) {
    const tabId = noteEditorTab(sender);
    if (typeof request.note !== 'string' || request.note.length > 100_000)
      throw new Error('Not a note.');
    const pageUrl = await tabUrl(tabId);
    await withDb(async (db) => {
      const stored = await ownAnnotation(db, request.id, pageUrl);
      await putAnnotation(db, { ...stored, note: request.note, updatedAt: Date.now() });
    });
    await sendToTab(tabId, 'toolbarAction', {
      token: String(request.token),
      action: 'close',
      noted: request.note.trim() !== '',
    });
    return null;
  },
  async toolbarAction(request, sender) {
    const tabId = noteEditorTab(sender);
    if (!isToolbarAction(request)) throw new Error('Not a toolbar action.');
    await sendToTab(tabId, 'toolbarAction', request);
    return null;
  },
} satisfies Pick<Handlers<BackgroundApi>, AnnotationMessages>;

/** The highlight toolbar is our own page framed in a tab; nothing else may read or write notes. */
function noteEditorTab(sender: MessageSenderInfo): number {
  if (!sender.fromExtension || sender.tabId === null)
    throw new Error('Only the highlight toolbar reads notes.');
  return sender.tabId;
}

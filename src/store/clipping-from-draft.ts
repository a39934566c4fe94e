import type { ClippingDraft } from '../messaging/page-state';
import type { Clipping } from './schema';

/** Turns what the content script gathered into a clipping record (images are added by the saver). */
export function clippingFromDraft(
  draft: ClippingDraft,
  options: { id: string; now: number; canonicalKey: string; tags?: string[]; note?: string },
): Clipping {
  return {
    id: options.id,
    url: draft.url,
    canonicalKey: options.canonicalKey,
    metadata: draft.metadata,
    html: draft.html,
    text: draft.text,
    figures: draft.figures,
    projects: draft.projects,
    tags: options.tags ?? [],
    note: options.note ?? '',
    savedAt: options.now,
    updatedAt: options.now,
    missingImages: [],
  };
}

import { withFigureRecords } from '../annotate/find-figure-records';
import { fitClipping } from '../export/fit-record';
import type { ClippingDraft } from '../model/clipping-draft';
import type { Clipping } from '../model/stored-records';

/**
 * Turns what the content script gathered into a clipping record, fitted to the record rules
 * that import checks (`export/record-shapes.ts`), so every saved clipping round-trips.
 */
export function clippingFromDraft(
  draft: ClippingDraft,
  options: {
    id: string;
    now: number;
    canonicalKey: string;
    tags?: string[];
    note?: string;
    missingImages?: string[];
  },
): Clipping {
  return fitClipping({
    id: options.id,
    url: draft.url,
    canonicalKey: options.canonicalKey,
    metadata: draft.metadata,
    html: draft.html,
    text: draft.text,
    figures: withFigureRecords(draft.text, draft.figures, {
      lang: draft.metadata.lang ?? '',
      ...(draft.metadata.publishedTime ? { published: draft.metadata.publishedTime } : {}),
    }),
    projects: draft.projects,
    tags: options.tags ?? [],
    note: options.note ?? '',
    savedAt: options.now,
    updatedAt: options.now,
    missingImages: options.missingImages ?? [],
  });
}

import { withFigureRecords } from '../../annotate/find-figure-records';
import type { Figure } from '../../model/figure';
import type { Migration } from './migration';

/** The fields of a clipping this step reads and writes, as version 3 stored them. */
interface ClippingV3 {
  text: string;
  figures: Figure[];
  metadata: { lang: string | null; publishedTime: string | null };
}

/**
 * Version 4: figures carry records (subject, entity, period, comparison, status; issue 23).
 * Reads them for every clipping saved before, from its stored text and date, so the library's
 * figures view, exports and backups have them for old clippings as for new ones. A clipping
 * whose records come out empty is left untouched.
 */
export const figureRecords: Migration = {
  version: 4,
  description: 'read figure records (subject, period, comparison…) for stored clippings',
  upgrade(_db, tx) {
    const request = tx.objectStore('clippings').openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      const clipping = cursor.value as ClippingV3;
      if (clipping.figures.length > 0) {
        const figures = withFigureRecords(clipping.text, clipping.figures, {
          lang: clipping.metadata.lang ?? '',
          ...(clipping.metadata.publishedTime
            ? { published: clipping.metadata.publishedTime }
            : {}),
        });
        if (JSON.stringify(figures) !== JSON.stringify(clipping.figures))
          cursor.update({ ...clipping, figures });
      }
      cursor.continue();
    };
  },
};

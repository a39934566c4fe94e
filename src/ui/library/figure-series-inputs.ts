import type { Figure } from '../../model/figure';
import type { ClippingSummary } from '../../store/library-queries';
import { unitGroup, unitText } from './figure-query';
import type { SeriesInput } from './figure-series';

/** A figure's unit as the UI names it (`tấn`, `USD`), with what it is per; `%` for a percentage. */
function unitLabel(figure: Figure): string {
  return figure.kind === 'percent' ? '%' : unitText(figure);
}

/**
 * Every figure of the library whose record says what it measures and for when, as chart input;
 * figures that are changes of another figure are left out.
 */
export function seriesInputs(clippings: readonly ClippingSummary[]): SeriesInput[] {
  return clippings.flatMap((clipping) =>
    clipping.figures.flatMap((figure, index) => {
      const subject = figure.record?.subject;
      const period = figure.record?.period;
      // A figure that states the change of another (`tăng 3,2%`) is no level of its subject:
      // charting it beside the values would put growth rates on the exports' axis.
      if (!subject || !period || figure.record?.comparison?.figure === index) return [];
      return [
        {
          subject,
          period,
          unitGroup: unitGroup(figure),
          unitLabel: unitLabel(figure),
          value: figure.value,
          text: figure.text,
          clippingId: clipping.id,
          clippingTitle: clipping.metadata.title ?? clipping.url,
          clippingUrl: clipping.metadata.canonicalUrl ?? clipping.url,
        },
      ];
    }),
  );
}

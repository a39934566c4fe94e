import type { Figure } from '../../model/figure';
import type { ClippingSummary } from '../../store/library-queries';
import { UNIT_NAMES } from '../shared/figure-words';
import { unitGroup, unitOf } from './figure-query';
import type { SeriesInput } from './figure-series';

/** The parts of a figure record a series needs. */
interface RecordedFigure extends Figure {
  record?: { subject?: string; period?: string };
}

/** A figure's unit as the UI names it (`tấn`, `USD`, `%`), with what it is per. */
function unitLabel(figure: Figure): string {
  if (figure.kind === 'percent') return '%';
  const unit = unitOf(figure);
  return [unit && UNIT_NAMES.unit(unit), figure.per && `/${UNIT_NAMES.per(figure.per)}`]
    .filter(Boolean)
    .join(' ');
}

/** Every figure of the library that states what it measures and for when, as chart input. */
export function seriesInputs(clippings: readonly ClippingSummary[]): SeriesInput[] {
  return clippings.flatMap((clipping) =>
    (clipping.figures as readonly RecordedFigure[]).flatMap((figure) => {
      const subject = figure.record?.subject;
      const period = figure.record?.period;
      if (!subject || !period) return [];
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

import type { FigureRecord } from './figure-record';

/** What an economic figure measures (see shared spec "figures-and-projects"). */
export type FigureKind = 'money' | 'percent' | 'quantity';

/** An economic figure found in article text, with its normalised value. */
export interface Figure {
  /** The span exactly as written in the (NFC, whitespace-collapsed) text. */
  text: string;
  kind: FigureKind;
  /** Normalised value: units of currency for money, the percentage for percent, units for quantity. */
  value: number;
  /** ISO-like currency code for money (`VND`, `USD`, `EUR`, …). */
  currency?: string;
  /** Normalised unit for quantities (`t`, `MW`, `kWh`, `ha`, `m3`, …) or as written. */
  unit?: string;
  /** For rates: what the figure is per (`m2`, `lượng`, `month`, `barrel`, …). */
  per?: string;
  /** Set when a rise/fall word introduces the figure. */
  change?: 'up' | 'down';
  /** What the sentence says it measures, for when, compared with what (`find-figure-records.ts`). */
  record?: FigureRecord;
  /** Character offsets of `text` in the text that was searched. */
  start: number;
  end: number;
}

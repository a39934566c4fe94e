import type { FigureKind } from '../../model/figure';
import type { ParsedNumber } from './parse-number';

/** What a number token grows into: a whole figure, or a bare number (maybe a range's first bound). */
export interface FigureMatch {
  /** Token range of the span: [from, to). */
  from: number;
  to: number;
  /** The number token. */
  numberAt: number;
  number: ParsedNumber;
  /** Sum of the scale words' exponents (0 when none). */
  exp: number;
  /** Whether the number had its own scale word. */
  scaled: boolean;
  kind?: FigureKind;
  currency?: string;
  unit?: string;
  per?: string;
  /** Set by the `0.02 higher percent` shape, where the direction sits inside the figure. */
  innerDirection?: 'up' | 'down';
}

import { PhraseTable } from './phrase-table';

/**
 * Percent markers. The value of a percent figure is the number as written: `0,5 điểm phần
 * trăm` is 0.5 and `25 basis points` is 0.25 (basis points are hundredths of a point).
 */
export const PERCENT_WORDS = new PhraseTable<{ exp: number }>([
  ['%', { exp: 0 }],
  ['phần trăm', { exp: 0 }],
  ['điểm phần trăm', { exp: 0 }],
  ['điểm %', { exp: 0 }],
  ['percent', { exp: 0 }],
  ['per cent', { exp: 0 }],
  ['pct', { exp: 0 }],
  ['percentage point', { exp: 0 }],
  ['percentage points', { exp: 0 }],
  ['percentage-point', { exp: 0 }],
  ['percentage-points', { exp: 0 }],
  ['percent points', { exp: 0 }],
  ['pct points', { exp: 0 }],
  ['basis points', { exp: -2 }],
  ['basis point', { exp: -2 }],
  ['bps', { exp: -2 }],
]);

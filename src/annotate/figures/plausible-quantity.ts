import type { Token } from './tokenize';
import type { FigureMatch } from './figure-match';
import type { Unit } from './units';

/**
 * Quantities the guide does not count although they carry a unit:
 * - a count under ten without a scale (`2 căn nhà`, `3 chiếc`): an item mentioned, not an
 *   amount of output or traffic;
 * - a bare `1` (`suất đầu tư 1m2`, `dài hơn 1km`): a reference unit, not a measure;
 * - a length that is a distance, range or altitude (`cách biên giới 500km`, `tầm bắn 128km`,
 *   `bay cao tới 18.200m`): the guide keeps lengths of projects, not how far things are.
 */
export function plausibleQuantity(
  tokens: readonly Token[],
  base: FigureMatch,
  unit: Unit,
): boolean {
  const small = !base.scaled && base.number.decimals === 0 && base.number.mantissa < 10;
  if (unit.countNoun && small) return false;
  if (!base.scaled && base.number.decimals === 0 && base.number.mantissa === 1) return false;
  if (unit.cls === 'length' && hasDistanceCue(tokens, base.from)) return false;
  return true;
}

/** Words shortly before a length that make it a distance rather than a size. */
const DISTANCE_CUES = new Set([
  'cách',
  'xa',
  'tầm',
  'phạm',
  'bán',
  'kính',
  'độ',
  'bay',
  'cao',
  'sâu',
  'away',
  'range',
  'altitude',
  'radius',
  'distance',
  'high',
  'deep',
  'far',
  'within',
]);

/**
 * `cách` (away from) names what the distance is from before the number, often a long phrase
 * (`cách trung tâm thành phố Hà Nội 50km`), so it is looked for further back than the others.
 */
const FAR_CUE_WINDOW = 8;
/** `bằng cách`, `cách thức`: `cách` meaning a way of doing, not a distance. */
const NOT_DISTANCE_BEFORE_CACH = new Set(['bằng', 'theo', 'một', 'các', 'nhiều', 'có']);

function hasDistanceCue(tokens: readonly Token[], from: number): boolean {
  for (let t = from - 1; t >= 0 && t >= from - FAR_CUE_WINDOW; t--) {
    const tok = tokens[t] as Token;
    if (tok.kind !== 'word') return false;
    if (tok.lower === 'cách')
      return (
        !NOT_DISTANCE_BEFORE_CACH.has(tokens[t - 1]?.lower ?? '') && tokens[t + 1]?.lower !== 'thức'
      );
    if (t < from - 4) continue;
    // `cao tốc` is an expressway, whose length is exactly what the guide wants.
    if (tok.lower === 'cao' && tokens[t + 1]?.lower === 'tốc') continue;
    if (DISTANCE_CUES.has(tok.lower)) return true;
  }
  return false;
}

/** Nouns of people who work: after them, `N người` counts workers (`công nhân còn 300 người`). */
const WORKER_NOUNS = new Set(['công', 'lao', 'nhân', 'workers', 'employees', 'staff']);
const WORKER_WINDOW = 6;

/**
 * `người` (people) is not a unit — counts of people are not figures — except when the
 * sentence is counting workers just before it (`số công nhân chỉ còn 300 người`): a count of
 * jobs, as `lao động` is.
 */
export function workerCount(tokens: readonly Token[], k: number, from: number): Unit | undefined {
  if (tokens[k]?.lower !== 'người') return undefined;
  for (let t = from - 1; t >= 0 && t >= from - WORKER_WINDOW; t--) {
    const tok = tokens[t] as Token;
    if (tok.kind === 'sym' && tok.text !== ',') return undefined;
    const two = `${tok.lower} ${tokens[t + 1]?.lower ?? ''}`;
    if (
      two === 'công nhân' ||
      two === 'lao động' ||
      (WORKER_NOUNS.has(tok.lower) && tok.lower.length > 4)
    )
      return { unit: 'người', cls: 'count', countNoun: true };
  }
  return undefined;
}

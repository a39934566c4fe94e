import type { Token } from './tokenize';
import { parseNumber, scaleValue, type NumberLocale } from './parse-number';
import { SCALE_WORDS } from './scale-words';
import {
  CENT_CURRENCIES,
  GLUED_PENCE,
  NOT_CURRENCY_AFTER,
  PREFIX_CURRENCIES,
  SUFFIX_CURRENCIES,
} from './currencies';
import { NUMBER_WORDS } from './number-words';
import { mixedFractionAt } from './mixed-fraction';
import { modifiedUnit } from './modified-unit';
import { NOT_UNIT_AFTER, UNITS, type Unit } from './units';
import { PERCENT_WORDS } from './percent-words';
import { matchRate, matchSlashRate } from './match-rate';
import { TIME_PER } from './rate-words';
import { plausibleQuantity, workerCount } from './plausible-quantity';
import type { FigureMatch } from './figure-match';

/** Scale words read on Vietnamese pages even on an English page, and vice versa. */
const VI_MARKERS = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'đồng', 'tấn', 'phần']);
const EN_MARKERS = new Set([
  'million',
  'billion',
  'trillion',
  'thousand',
  'percent',
  'bn',
  'mn',
  'tonnes',
]);

/**
 * Grows the number token at `i` into a figure:
 * `[prefix currency] NUMBER [scale…] (percent | currency | unit) [rate]`.
 * Tokens before `minFrom` belong to an earlier figure and cannot serve as a prefix.
 * Returns undefined when the token is not a well-formed number.
 */
export function matchFigureAt(
  tokens: readonly Token[],
  i: number,
  docLocale: NumberLocale,
  minFrom: number,
): FigureMatch | undefined {
  const numTok = tokens[i];
  if (!numTok) return undefined;
  // `half a trillion dollars`, `two million tonnes`: a number word counts only with a scale.
  const word = numTok.kind === 'word' ? NUMBER_WORDS.matchAt(tokens, i) : undefined;
  if (!word && numTok.kind !== 'num') return undefined;
  const prefix = word ? undefined : matchPrefixCurrency(tokens, i, minFrom);
  // `12-1/2 dlrs`: a wire-copy mixed number, read whole (never on a Vietnamese page, where
  // `12-1/2` would be a date).
  const fraction = word || docLocale === 'vi' ? undefined : mixedFractionAt(tokens, i);
  const number = word
    ? word.entry.data
    : (fraction?.number ?? parseNumber(numTok.text, numberLocale(tokens[i + 1], docLocale)));
  if (!number) return undefined;

  // Scale words, multiplied together (`nghìn tỷ`). One-letter scales need a money prefix and
  // must be glued (`$5m`, `€4bn`), otherwise `5 m` is metres.
  let k = word ? word.to : (fraction?.to ?? i + 1);
  let exp = 0;
  let scaled = false;
  for (;;) {
    const m = SCALE_WORDS.matchAt(tokens, skipAdjectiveHyphen(tokens, k));
    if (!m) break;
    if (
      m.entry.data.moneyOnly &&
      (tokens[k]?.spaced || (prefix === undefined && !currencyOrUnitAt(tokens, m.to)))
    )
      break;
    exp += m.entry.data.exp;
    scaled = true;
    k = m.to;
  }
  // `one cent per share`: a number word also counts before a currency's hundredths.
  if (word && !scaled && !CENT_CURRENCIES.matchAt(tokens, k)) return undefined;
  const base: FigureMatch = { from: prefix ?? i, to: k, numberAt: i, number, exp, scaled };
  if (prefix !== undefined) base.currency = prefixCode(tokens, prefix, i);

  const tail = matchTail(tokens, k, base, docLocale);
  if (!tail) {
    if (prefix !== undefined) return { ...base, kind: 'money' };
    if (docLocale === 'vi' && impliedDong(tokens, k))
      return { ...base, kind: 'money', currency: 'VND' };
    return base;
  }
  return tail;
}

/** Percent, currency or unit after the number and its scale, then an optional rate. */
function matchTail(
  tokens: readonly Token[],
  k: number,
  base: FigureMatch,
  docLocale: NumberLocale,
): FigureMatch | undefined {
  // `Nifty ended 0.02 higher percent`: the direction word sits between number and `percent`.
  const dir = tokens[k]?.lower;
  if (
    (dir === 'higher' || dir === 'lower') &&
    PERCENT_WORDS.matchAt(tokens, k + 1) &&
    base.currency === undefined
  ) {
    return { ...base, kind: 'percent', innerDirection: dir === 'higher' ? 'up' : 'down' };
  }
  const pct = PERCENT_WORDS.matchAt(tokens, skipAdjectiveHyphen(tokens, k));
  if (pct && base.currency === undefined) {
    const out: FigureMatch = { ...base, kind: 'percent', exp: base.exp + pct.entry.data.exp };
    // `7%/năm`: a growth rate written with a slash keeps it, like other rates.
    const rate = matchSlashRate(tokens, pct.to);
    if (rate) out.per = rate.per;
    return { ...out, to: rate?.to ?? pct.to };
  }
  // `a 0.25-point cut`: a fractional point glued on is a percentage-point move (a whole
  // `10-point plan` is not).
  if (
    base.currency === undefined &&
    base.number.decimals > 0 &&
    skipAdjectiveHyphen(tokens, k) === k + 1 &&
    tokens[k + 1]?.lower === 'point'
  ) {
    return { ...base, kind: 'percent', to: k + 2 };
  }
  let currency = base.currency;
  let to = k;
  let unit: Unit | undefined;
  let exp = base.exp;
  if (currency === undefined) {
    const cur = SUFFIX_CURRENCIES.matchAt(tokens, k);
    const cents = CENT_CURRENCIES.matchAt(tokens, k);
    // A scale before it settles `đồng` as the currency (`600 tỷ đồng bằng vốn …`).
    if (cur && (base.scaled || !blocked(NOT_CURRENCY_AFTER, tokens, cur.from, cur.to))) {
      currency = cur.entry.data;
      to = cur.to;
    } else if (cents) {
      currency = cents.entry.data;
      to = cents.to;
      exp -= 2;
    } else if (docLocale !== 'vi' && gluedPence(tokens, k)) {
      // On a Vietnamese page a glued `p` is minutes (`15p`), not pence.
      currency = 'GBP';
      to = k + 1;
      exp -= 2;
    }
  }
  if (currency === undefined) {
    const un = UNITS.matchAt(tokens, skipAdjectiveHyphen(tokens, k));
    const workers = un ? undefined : workerCount(tokens, k, base.from);
    const modified = un || workers ? undefined : modifiedUnit(tokens, k);
    if (workers) {
      unit = workers;
      to = k + 1;
    } else if (modified) {
      unit = modified.unit;
      to = modified.to;
    } else {
      if (!un || blocked(NOT_UNIT_AFTER, tokens, un.from, un.to)) return undefined;
      unit = un.entry.data;
      to = un.to;
    }
  }
  // `3,2 triệu tấn thép/năm`: any unit may carry a short modifier before a slash rate.
  const rate = matchRate(tokens, to, unit !== undefined);
  const per = rate?.per ?? unit?.per;
  // Length per unit of time is a speed (`80km/h`), which the guide excludes; a volume per
  // second is a river's or a spillway's flow (`1.000 m3/s`), not output or traffic.
  if (unit?.cls === 'length' && per !== undefined && TIME_PER.has(per.toLowerCase()))
    return undefined;
  if (unit?.cls === 'volume' && per !== undefined && PER_SECOND.has(per.toLowerCase()))
    return undefined;
  if (unit && !plausibleQuantity(tokens, base, unit)) return undefined;
  const out: FigureMatch = {
    ...base,
    exp,
    to: rate?.to ?? to,
    kind: currency !== undefined ? 'money' : 'quantity',
  };
  if (currency !== undefined) out.currency = currency;
  if (unit) out.unit = unit.unit;
  if (per !== undefined) out.per = per;
  return out;
}

/**
 * `$100-million`, `a 500-megawatt plant`, `a 20-mile line`: English writes a figure used as
 * an adjective with a hyphen glued on both sides; the scale or unit after it still applies.
 */
function skipAdjectiveHyphen(tokens: readonly Token[], k: number): number {
  const dash = tokens[k];
  const next = tokens[k + 1];
  if (dash?.text === '-' && !dash.spaced && next && !next.spaced && next.kind === 'word')
    return k + 1;
  return k;
}

const PER_SECOND = new Set(['s', 'giây', 'second', 'sec']);

/**
 * `151m euros`, `110m tons`, `50m passengers`: a one-letter scale glued to the number is a
 * scale, not metres, when a currency word or a unit follows it.
 */
function currencyOrUnitAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next?.spaced) return false;
  return (
    SUFFIX_CURRENCIES.matchAt(tokens, k) !== undefined || UNITS.matchAt(tokens, k) !== undefined
  );
}

/** `97p`, `1130p`: pence glued to the number; spaced (`5 p`) it is anything but money. */
function gluedPence(tokens: readonly Token[], k: number): boolean {
  const tok = tokens[k];
  return tok?.kind === 'word' && !tok.spaced && tok.text === GLUED_PENCE;
}

/** Words after `N tỷ` that end the phrase: the amount is money with `đồng` left unsaid. */
const AFTER_AMOUNT = new Set(
  'tại và trong cho so từ để vào khi nhưng với của là thì mà nên do hoặc hay sau trước trên dưới'.split(
    ' ',
  ),
);

/**
 * `khoảng 41.799 tỉ tại …`: Vietnamese news drops `đồng` after `tỷ`. A billion of something
 * else names it (`2 tỷ người`), so only a number whose `tỷ` ends the phrase counts.
 */
function impliedDong(tokens: readonly Token[], k: number): boolean {
  const scale = tokens[k - 1]?.lower;
  if (scale !== 'tỷ' && scale !== 'tỉ') return false;
  const next = tokens[k];
  return !next || next.kind === 'sym' || AFTER_AMOUNT.has(next.lower);
}

/** Value of a match in normalised units. */
export function matchValue(m: FigureMatch): number {
  return scaleValue(m.number, m.exp);
}

/** Looks for a prefix currency ending right before token `i` (`$`, `US$`, `USD 5`, `Rs 500`). */
function matchPrefixCurrency(
  tokens: readonly Token[],
  i: number,
  minFrom: number,
): number | undefined {
  const numTok = tokens[i] as Token;
  for (let j = Math.max(minFrom, i - 5); j < i; j++) {
    const m = PREFIX_CURRENCIES.matchAt(tokens, j);
    if (!m || m.to !== i) continue;
    const last = tokens[i - 1] as Token;
    // A symbol must touch the number (`$ 5` is rare, `Q&A $` noise is not); a code may be spaced.
    if (numTok.spaced && last.kind !== 'word') continue;
    const first = tokens[j] as Token;
    const before = tokens[j - 1];
    // `US$` must not be the tail of a longer word (`BUS$`): the tokenizer keeps words whole,
    // so only a glued preceding word token can cause that.
    if (before && !first.spaced && before.kind === 'word') continue;
    return j;
  }
  return undefined;
}

function prefixCode(tokens: readonly Token[], from: number, to: number): string {
  return (
    PREFIX_CURRENCIES.matchAt(tokens, from)?.entry.data ??
    (tokens[to - 1]?.text === '$' ? 'USD' : '')
  );
}

function blocked(
  table: ReadonlyMap<string, ReadonlySet<string>>,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  const head = tokens[from];
  const next = tokens[to];
  if (!head || !next || to - from !== 1) return false;
  // A currency or unit glued to more letters is a different word (handled by the tokenizer);
  // here only the next word can veto it.
  return table.get(head.lower)?.has(next.lower) === true;
}

function numberLocale(next: Token | undefined, docLocale: NumberLocale): NumberLocale {
  if (next && VI_MARKERS.has(next.lower)) return 'vi';
  if (next && EN_MARKERS.has(next.lower)) return 'en';
  return docLocale;
}

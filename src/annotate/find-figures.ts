import type { Figure } from '../model/figure';
import { normalizeText } from './normalize-text';
import { tokenize, type Token } from './figures/tokenize';
import type { FigureMatch } from './figures/figure-match';
import { matchFigureAt, matchValue } from './figures/match-figure';
import { mayShareUnit, rangeSecondStart } from './figures/match-range';
import { detectDirection } from './figures/detect-direction';
import { parallelToPrevious, partOfNext } from './figures/match-parallel';
import { documentLocale } from './figures/document-locale';

/**
 * Finds economic figures (money, percentages, quantities) as defined by the labelling guide
 * `shared/spec/figures-and-projects.md`.
 *
 * `text` is normalised with `normalizeText` first; `start`/`end` index that normalised string.
 * Pass already-normalised text (the function is idempotent) to get offsets into your string.
 * `lang` is the page language (`vi…` selects Vietnamese number format); see `documentLocale`.
 */
export function findFigures(text: string, lang: string): Figure[] {
  const norm = normalizeText(text);
  const tokens = tokenize(norm);
  const locale = documentLocale(norm, lang);
  const out: Figure[] = [];
  let consumed = 0;
  const previous: FigureMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i < consumed || tokens[i]?.kind === 'sym') continue;
    const first = matchFigureAt(tokens, i, locale, consumed);
    if (!first) continue;
    const figure = first.kind !== undefined ? first : undefined;
    const parallel = figure
      ? undefined
      : rangeOrList(tokens, first, locale)
        ? undefined
        : (parallelToPrevious(tokens, first, previous) ?? partOfNext(tokens, first, locale));
    if (figure ?? parallel) {
      const m = (figure ?? parallel) as FigureMatch;
      out.push(toFigure(norm, tokens, m));
      previous.push(m);
      consumed = m.to;
      i = m.to - 1;
      continue;
    }
    // A bare number: a figure only as the first bound of a range or a parallel pair that
    // shares the next figure's unit (`66,1-66,9 triệu đồng/lượng`, `46,797 and 50,116 MW`),
    // or as an item of a list ending in one (`31,000, 32,500 and 33,000 tonnes`).
    const bare = bareList(tokens, first, locale);
    const lastBare = bare[bare.length - 1] as FigureMatch;
    const secondStart = rangeSecondStart(tokens, lastBare.to);
    const secondNum = secondStart === undefined ? undefined : nextNumber(tokens, secondStart);
    if (secondNum === undefined) continue;
    const second = matchFigureAt(tokens, secondNum, locale, lastBare.to + 1);
    if (!second || second.kind === undefined || !bare.every((b) => mayShareUnit(tokens, b, second)))
      continue;
    const figs = bare.map((b) => toFigure(norm, tokens, sharedUnit(b, second)));
    const secondFig = toFigure(norm, tokens, second);
    // `tăng 10-50 đồng/USD`: the direction before the range applies to both bounds.
    const firstChange = figs[0]?.change;
    if (secondFig.change === undefined && firstChange !== undefined) secondFig.change = firstChange;
    out.push(...figs, secondFig);
    previous.push(second);
    consumed = second.to;
    i = second.to - 1;
  }
  return out;
}

/** Whether the bare number opens a range or a list that a figure closes (handled below). */
function rangeOrList(
  tokens: readonly Token[],
  first: FigureMatch,
  locale: ReturnType<typeof documentLocale>,
): boolean {
  const bare = bareList(tokens, first, locale);
  const lastBare = bare[bare.length - 1] as FigureMatch;
  const secondStart = rangeSecondStart(tokens, lastBare.to);
  const secondNum = secondStart === undefined ? undefined : nextNumber(tokens, secondStart);
  if (secondNum === undefined) return false;
  const second = matchFigureAt(tokens, secondNum, locale, lastBare.to + 1);
  return second !== undefined && second.kind !== undefined;
}

const MAX_LIST = 6;

/** The bare number `first` and the bare numbers listed after it with commas. */
function bareList(
  tokens: readonly Token[],
  first: FigureMatch,
  locale: ReturnType<typeof documentLocale>,
): FigureMatch[] {
  const list = [first];
  let last = first;
  while (list.length < MAX_LIST && tokens[last.to]?.text === ',') {
    const next = tokens[last.to + 1];
    if (next?.kind !== 'num') break;
    const item = matchFigureAt(tokens, last.to + 1, locale, last.to + 1);
    if (!item || item.kind !== undefined) break;
    list.push(item);
    last = item;
  }
  return list;
}

/** A bare number with the unit, currency and scale of the figure that closes its range or list. */
function sharedUnit(bare: FigureMatch, second: FigureMatch): FigureMatch {
  const shared: FigureMatch = {
    ...second,
    from: bare.from,
    to: bare.to,
    numberAt: bare.numberAt,
    number: bare.number,
    exp: bare.scaled ? bare.exp : second.exp,
    scaled: bare.scaled,
  };
  delete shared.innerDirection;
  return shared;
}

/** The number token that starts the second bound, allowing a prefix currency (`to $20`). */
function nextNumber(tokens: readonly Token[], at: number): number | undefined {
  for (let t = at; t < tokens.length && t < at + 6; t++) {
    const tok = tokens[t] as Token;
    if (tok.kind === 'num') return t;
    if (tok.kind === 'word' && tok.spaced && t > at) return undefined;
  }
  return undefined;
}

function toFigure(norm: string, tokens: readonly Token[], m: FigureMatch): Figure {
  const start = (tokens[m.from] as Token).start;
  const end = (tokens[m.to - 1] as Token).end;
  const fig: Figure = {
    text: norm.slice(start, end),
    kind: m.kind ?? 'quantity',
    value: matchValue(m),
    start,
    end,
  };
  if (m.currency !== undefined) fig.currency = m.currency;
  if (m.unit !== undefined) fig.unit = m.unit;
  if (m.per !== undefined) fig.per = m.per;
  const change = m.innerDirection ?? detectDirection(tokens, m.from, m.to);
  if (change) fig.change = change;
  return fig;
}

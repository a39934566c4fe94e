import type { Figure } from './figure';
import { normalizeText } from './normalize-text';
import { tokenize, type Token } from './figures/tokenize';
import { matchFigureAt, matchValue, type FigureMatch } from './figures/match-figure';
import { mayShareUnit, rangeSecondStart } from './figures/match-range';
import { detectDirection } from './figures/detect-direction';
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
  for (let i = 0; i < tokens.length; i++) {
    if (i < consumed || tokens[i]?.kind !== 'num') continue;
    const first = matchFigureAt(tokens, i, locale, consumed);
    if (!first) continue;
    if (first.kind !== undefined) {
      out.push(toFigure(norm, tokens, first));
      consumed = first.to;
      i = first.to - 1;
      continue;
    }
    // A bare number: a figure only as the first bound of a range or a parallel pair that
    // shares the next figure's unit (`66,1-66,9 triệu đồng/lượng`, `46,797 and 50,116 MW`).
    const secondStart = rangeSecondStart(tokens, first.to);
    const secondNum = secondStart === undefined ? undefined : nextNumber(tokens, secondStart);
    if (secondNum === undefined) continue;
    const second = matchFigureAt(tokens, secondNum, locale, first.to + 1);
    if (!second || second.kind === undefined || !mayShareUnit(tokens, first, second)) continue;
    const shared: FigureMatch = {
      ...second,
      from: first.from,
      to: first.to,
      numberAt: first.numberAt,
      number: first.number,
      exp: first.scaled ? first.exp : second.exp,
      scaled: first.scaled,
    };
    delete shared.innerDirection;
    const firstFig = toFigure(norm, tokens, shared);
    const secondFig = toFigure(norm, tokens, second);
    // `tăng 10-50 đồng/USD`: the direction before the range applies to both bounds.
    if (secondFig.change === undefined && firstFig.change !== undefined)
      secondFig.change = firstFig.change;
    out.push(firstFig, secondFig);
    consumed = second.to;
    i = second.to - 1;
  }
  return out;
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

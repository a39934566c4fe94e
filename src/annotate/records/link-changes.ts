import { tokenize, type Token } from '../figures/tokenize';
import { detectDirection } from '../figures/detect-direction';
import { BRIDGE_WORDS, DIRECTION_BEFORE, type Direction } from '../figures/direction-words';

/** A figure placed in its paragraph, what the record steps work on. */
export interface Placed {
  index: number;
  start: number;
  end: number;
  kind: 'money' | 'percent' | 'quantity';
  value: number;
  unit?: string;
  currency?: string;
  text: string;
}

/** Words that introduce the new level after a change (`giảm xuống còn 5%`, `rose to $2bn`). */
const NEW_LEVEL =
  /(?:^|\s)(?:lên|xuống|còn|đạt|đạt mức|ở mức|mức|to|at|of|là|was|were|is|are|totaled|totalled|reached|hit)\s*(?:khoảng|hơn|gần|about|around|nearly|almost|over|some|roughly)?\s*$/iu;

/**
 * The direction a figure reports as a change, or undefined when it is a level: a rise/fall word
 * before it (the figure recogniser's rule, `figures/detect-direction.ts`) unless the word right
 * before it introduces the new level (`rose 3% to $2bn`: `$2bn` is the level).
 */
export function changeDirection(
  clause: string,
  clauseStart: number,
  fig: Placed,
): Direction | undefined {
  const before = clause.slice(0, fig.start - clauseStart);
  if (NEW_LEVEL.test(before)) return undefined;
  const window = clause.slice(0, fig.end - clauseStart);
  const tokens = tokenize(window);
  const figFrom = tokens.findIndex((t) => t.start >= fig.start - clauseStart);
  if (figFrom < 0) return undefined;
  return detectDirection(tokens, figFrom, tokens.length);
}

/** Whether `between` holds only a comma and rise/fall or bridge words (`, giảm tới `). */
function onlyChangeWords(between: string): boolean {
  const tokens = tokenize(between);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.kind === 'sym') {
      if (tok.text !== ',' && tok.text !== '\uE000') return false;
      continue;
    }
    if (tok.kind !== 'word') return false;
    const dir = DIRECTION_BEFORE.matchAt(tokens, t);
    if (dir) {
      t = dir.to - 1;
      continue;
    }
    if (!BRIDGE_WORDS.has(tok.lower) && !AND_WORDS.has(tok.lower)) return false;
  }
  return tokens.length > 0;
}

/** The rest of the level's noun phrase before the comma (`26 triệu đồng/m2 đất thương mại - dịch vụ, giảm 50%`). */
const NOUN_TAIL = /^ [^\d,;:.]{1,60}(?=,)/u;

const AND_WORDS = new Set(['và', 'and', 'or', 'hay', 'nhưng', 'but', 'or', 'while']);

/** Between a change and its level: at most a base phrase (masked by the caller as U+E000) and the level word. */
const CHANGE_THEN_LEVEL =
  /^[\s,]*(?:\uE000\s*)?,?\s*(?:và |and |,\s*)?(?:lên|xuống|còn|đạt|to|at|reaching|hitting)(?:\s+(?:mức|khoảng|hơn|gần|about|around|nearly|some|roughly))?\s*$/iu;
/** A value of the same item after a figure: `Chè 110 tấn, trị giá 0,281 triệu USD`, `worth $2m`. */
const VALUE_OF =
  /^[\s,(]*(?:trị giá|giá trị|với giá trị|tương đương|tương ứng|worth|valued at|with a value of|or about|or|equivalent to)(?:\s+(?:khoảng|hơn|gần|about|around|nearly|some|roughly))?\s*$/iu;

/** How the figures of one clause go together. */
export interface Links {
  /** A change (`giảm 41,6%`) and the level it qualifies (`đạt 202,6 tỷ đồng`). */
  pairs: { level: number; change: number }[];
  /** A value of the item another figure counts: value figure → counted figure. */
  valueOf: Map<number, number>;
}

/** Pairs each change with the level next to it and each `trị giá`/`worth` value with its count. */
/** `masked(from, to)`: the text between, period phrases left out and base phrases as U+E000. */
export function linkFigures(
  clauseFigures: readonly Placed[],
  changes: ReadonlyMap<number, Direction>,
  masked: (from: number, to: number) => string,
): Links {
  const links: Links = { pairs: [], valueOf: new Map() };
  const paired = new Set<number>();
  for (let k = 0; k < clauseFigures.length; k++) {
    const f = clauseFigures[k] as Placed;
    if (paired.has(f.index)) continue;
    const prev = clauseFigures[k - 1];
    const next = clauseFigures[k + 1];
    if (changes.has(f.index)) {
      if (
        prev &&
        !changes.has(prev.index) &&
        !paired.has(prev.index) &&
        onlyChangeWords(masked(prev.end, f.start).replace(NOUN_TAIL, ''))
      ) {
        links.pairs.push({ level: prev.index, change: f.index });
        paired.add(prev.index).add(f.index);
      } else if (
        next &&
        !changes.has(next.index) &&
        CHANGE_THEN_LEVEL.test(masked(f.end, next.start))
      ) {
        links.pairs.push({ level: next.index, change: f.index });
        paired.add(next.index).add(f.index);
      }
      continue;
    }
    if (prev && VALUE_OF.test(masked(prev.end, f.start))) links.valueOf.set(f.index, prev.index);
  }
  return links;
}

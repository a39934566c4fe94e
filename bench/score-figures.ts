/**
 * Scoring for the figure and project recognisers against `shared/labels/*.json`, following
 * the guide's "Scoring" section. Pure functions: the bench does the I/O, tests cover these.
 */
import type { Figure, FigureKind } from '../src/model/figure';
import type { Project } from '../src/model/project';

/** A labelled figure (label file format): a figure without offsets, with its context. */
export type GoldFigure = Omit<Figure, 'start' | 'end'> & { context?: string };

/** A labelled project (label file format). */
export interface GoldProject {
  text: string;
  name: string;
  context?: string;
}

/** Counts and the derived precision / recall / F1. */
export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export const KINDS: readonly FigureKind[] = ['money', 'percent', 'quantity'];

/** Scores of one page (or a sum of pages). */
export interface FigureScores {
  overall: Prf;
  byKind: Record<FigureKind, Prf>;
  /** Also requires value (1e-9 relative) and currency/unit to agree. */
  valueAware: Prf;
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  // An empty side scores 1: nothing to find and nothing predicted is a perfect page.
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Adds counts (micro-average). */
export function sumPrf(items: readonly Prf[]): Prf {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const x of items) {
    tp += x.tp;
    predicted += x.predicted;
    gold += x.gold;
  }
  return prf(tp, predicted, gold);
}

/** Trims spaces and punctuation at both ends, as the guide's span comparison does. */
export function trimSpan(s: string): string {
  return s.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

/**
 * Size of the best one-to-one matching that keeps document order on both sides (longest
 * common subsequence under `eq`). Labels carry text, not offsets, so matching in order makes
 * the score independent of how the article text was extracted.
 */
export function alignInOrder<P, G>(
  pred: readonly P[],
  gold: readonly G[],
  eq: (p: P, g: G) => boolean,
): number {
  const m = gold.length;
  let prev = new Array<number>(m + 1).fill(0);
  for (const p of pred) {
    const cur = new Array<number>(m + 1).fill(0);
    for (let j = 1; j <= m; j++) {
      const diag = (prev[j - 1] as number) + (eq(p, gold[j - 1] as G) ? 1 : 0);
      cur[j] = Math.max(prev[j] as number, cur[j - 1] as number, diag);
    }
    prev = cur;
  }
  return prev[m] as number;
}

export function sameSpan(p: Figure, g: GoldFigure): boolean {
  return p.kind === g.kind && trimSpan(p.text) === trimSpan(g.text);
}

export function sameValue(p: Figure, g: GoldFigure): boolean {
  if (!sameSpan(p, g)) return false;
  const scale = Math.max(Math.abs(p.value), Math.abs(g.value));
  const close = scale === 0 ? p.value === g.value : Math.abs(p.value - g.value) / scale <= 1e-9;
  return close && (p.currency ?? '') === (g.currency ?? '') && (p.unit ?? '') === (g.unit ?? '');
}

export function scoreFigures(pred: readonly Figure[], gold: readonly GoldFigure[]): FigureScores {
  const byKind = {} as Record<FigureKind, Prf>;
  for (const kind of KINDS) {
    const p = pred.filter((x) => x.kind === kind);
    const g = gold.filter((x) => x.kind === kind);
    byKind[kind] = prf(alignInOrder(p, g, sameSpan), p.length, g.length);
  }
  return {
    overall: prf(alignInOrder(pred, gold, sameSpan), pred.length, gold.length),
    byKind,
    valueAware: prf(alignInOrder(pred, gold, sameValue), pred.length, gold.length),
  };
}

/** A prediction matches a gold project when its span contains the gold `name`. */
export function scoreProjects(pred: readonly Project[], gold: readonly GoldProject[]): Prf {
  const tp = alignInOrder(pred, gold, (p, g) => p.text.includes(g.name));
  return prf(tp, pred.length, gold.length);
}

export function sumFigureScores(items: readonly FigureScores[]): FigureScores {
  const byKind = {} as Record<FigureKind, Prf>;
  for (const kind of KINDS) byKind[kind] = sumPrf(items.map((x) => x.byKind[kind]));
  return {
    overall: sumPrf(items.map((x) => x.overall)),
    byKind,
    valueAware: sumPrf(items.map((x) => x.valueAware)),
  };
}

/**
 * Pairs (prediction index, gold index) of the same in-order matching `alignInOrder` counts,
 * so a score can be broken down by a class of each side.
 */
export function alignPairs<P, G>(
  pred: readonly P[],
  gold: readonly G[],
  eq: (p: P, g: G) => boolean,
): [number, number][] {
  const m = gold.length;
  const table: number[][] = [new Array<number>(m + 1).fill(0)];
  pred.forEach((p, i) => {
    const prev = table[i] as number[];
    const cur = new Array<number>(m + 1).fill(0);
    for (let j = 1; j <= m; j++) {
      const diag = (prev[j - 1] as number) + (eq(p, gold[j - 1] as G) ? 1 : 0);
      cur[j] = Math.max(prev[j] as number, cur[j - 1] as number, diag);
    }
    table.push(cur);
  });
  const pairs: [number, number][] = [];
  let i = pred.length;
  let j = m;
  while (i > 0 && j > 0) {
    const here = (table[i] as number[])[j] as number;
    if (here === ((table[i - 1] as number[])[j] as number)) i--;
    else if (here === ((table[i] as number[])[j - 1] as number)) j--;
    else {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/** Families of project type nouns, for per-class project scores. */
export const PROJECT_FAMILIES = [
  'grid',
  'power',
  'transport',
  'zone',
  'industry',
  'other',
] as const;
export type ProjectFamily = (typeof PROJECT_FAMILIES)[number];

const FAMILY_WORDS: readonly [ProjectFamily, RegExp][] = [
  ['grid', /đường dây|trạm biến áp|\btba\b|transmission|interconnector|substation/u],
  [
    'power',
    /thu[ỷy] điện|nhiệt điện|điện gió|điện mặt trời|điện khí|điện hạt nhân|điện rác|\bnm[tn]?đ|power|nuclear|wind|solar|hydro|\bdam\b|đập|hồ chứa/u,
  ],
  [
    'zone',
    /khu |\bkcn|\bkkt|\bccn|\bkđt|cụm công nghiệp|zone|park|estate|development|resort|lodge|hotel/u,
  ],
  [
    'transport',
    /cao tốc|quốc lộ|\bql|\bđt\b|tỉnh lộ|đường|vành đai|đại lộ|metro|cầu|hầm|sân bay|cảng|nhà ga|\bga\b|bến|phà|nút giao|đoạn|airport|port|terminal|rail|line|highway|expressway|interstate|route|corridor|bridge|tunnel|motorway|freeway|canal|transitway|busway/u,
  ],
  ['industry', /nhà máy|liên hợp|lọc|mỏ|plant|factory|mine|refinery|smelter|mill|field|pipeline/u],
];

/** The family of a project from its type-noun text (its span minus its name). */
export function projectFamily(text: string, name: string): ProjectFamily | undefined {
  const type = text.replace(name, ' ').toLowerCase().trim();
  // A code carries its type (`QL1A`); a bare list item (`Phong Thổ`) has none.
  const probe = type === '' ? text.toLowerCase() : type;
  for (const [family, re] of FAMILY_WORDS) if (re.test(probe)) return family;
  return type === '' ? undefined : 'other';
}

/**
 * Families of a document's projects in order: a list item without its own type noun
 * (`Phong Thổ` after `trạm biến áp 220kV Pắc Ma`) takes the family of the one before it.
 */
export function familiesInOrder(items: readonly { text: string; name: string }[]): ProjectFamily[] {
  let last: ProjectFamily = 'other';
  return items.map((p) => (last = projectFamily(p.text, p.name) ?? last));
}

/** Project P/R/F1 per family: recall by the gold project's family, precision by the prediction's. */
export function scoreProjectsByFamily(
  pred: readonly Project[],
  gold: readonly GoldProject[],
): Record<ProjectFamily, Prf> {
  const pairs = alignPairs(pred, gold, (p, g) => p.text.includes(g.name));
  const pf = familiesInOrder(pred);
  const gf = familiesInOrder(gold);
  const out = {} as Record<ProjectFamily, Prf>;
  for (const f of PROJECT_FAMILIES) {
    const predicted = pf.filter((x) => x === f).length;
    const goldN = gf.filter((x) => x === f).length;
    const tpPred = pairs.filter(([p]) => pf[p] === f).length;
    const tpGold = pairs.filter(([, g]) => gf[g] === f).length;
    // Precision counts matched predictions of the family, recall matched gold of it.
    const precision = predicted === 0 ? (goldN === 0 ? 1 : 0) : tpPred / predicted;
    const recall = goldN === 0 ? (predicted === 0 ? 1 : 0) : tpGold / goldN;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out[f] = { tp: tpGold, predicted, gold: goldN, precision, recall, f1 };
  }
  return out;
}

export function sumFamilies(
  items: readonly Record<ProjectFamily, Prf>[],
): Record<ProjectFamily, Prf> {
  const out = {} as Record<ProjectFamily, Prf>;
  for (const f of PROJECT_FAMILIES) {
    let tpP = 0;
    let tpG = 0;
    let predicted = 0;
    let gold = 0;
    for (const x of items) {
      tpP += x[f].precision * x[f].predicted;
      tpG += x[f].tp;
      predicted += x[f].predicted;
      gold += x[f].gold;
    }
    const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : Math.round(tpP) / predicted;
    const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : tpG / gold;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out[f] = { tp: tpG, predicted, gold, precision, recall, f1 };
  }
  return out;
}

import type { Token } from '../figures/tokenize';
import { PhraseTable } from '../figures/phrase-table';
import { EN_TYPES } from './en-type-nouns';
import { isCapitalised, EN_NAME_STOPS } from './name-words';
import type { ProjectMatch } from './match-vi';

/**
 * Plural heads that close a list of names sharing them (`Heathrow, Gatwick, Edinburgh and
 * Glasgow airports`): each name is a project, as the spec's lists sharing one type noun are.
 */
const EN_PLURAL_HEADS = new PhraseTable<true>(
  [
    'airports',
    'ports',
    'power stations',
    'power plants',
    'nuclear plants',
    'dams',
    'refineries',
    'pipelines',
    'wind farms',
    'solar farms',
    'oil fields',
    'gas fields',
    'fields',
    'oilfields',
    'gasfields',
    'mines',
    'lines',
    'bridges',
    'tunnels',
  ].map((t) => [t, true] as const),
);

/** Heads that may take their name after `of`/`at` (`the port of Burgas`). */
const OF_HEADS = new Set(['port', 'ports', 'airport', 'airports', 'harbour', 'harbor', 'seaport']);
const MAX_ITEMS = 8;
const MAX_NAME = 4;

/**
 * English lists sharing one head: names before a plural head, or names after `HEAD of|at`
 * (`the airports at Heathrow and Gatwick`). Returns the projects in text order.
 */
export function matchEnList(
  tokens: readonly Token[],
  k: number,
): { matches: ProjectMatch[]; next: number } | undefined {
  return (
    namesAfterHead(tokens, k) ?? namesBeforePluralHead(tokens, k) ?? nameInApposition(tokens, k)
  );
}

const ARTICLES = new Set(['the', 'a', 'an']);
const MAX_DESCRIPTION = 7;

/**
 * `operates La Escondida, the world's largest open pit copper mine.`: a name followed by an
 * apposition that ends on a lowercase head (then punctuation) names that facility. The
 * description may hold lowercase words, hyphens and an owner's possessive (`the UK's biggest`);
 * a head that goes on (`the port city`) or an organisation (`the UK's third-biggest bank`) is
 * no facility.
 */
function nameInApposition(
  tokens: readonly Token[],
  k: number,
): { matches: ProjectMatch[]; next: number } | undefined {
  const type = EN_TYPES.matchAt(tokens, k);
  const head = tokens[k];
  if (!type || !head || isCapitalised(head.text)) return undefined;
  const end = tokens[type.to];
  if (end && !(end.kind === 'sym' && APPOSITION_ENDS.has(end.text))) return undefined;
  let t = k - 1;
  for (let n = 0; n < MAX_DESCRIPTION; n++, t--) {
    const tok = tokens[t];
    if (!tok) return undefined;
    if (ARTICLES.has(tok.text) && tokens[t - 1]?.text === ',') break;
    const possessive = tok.lower === 's' || tok.text === "'" || tok.text === '’';
    const owner = isCapitalised(tok.text) && tokens[t + 1]?.text.match(/^['’]$/u);
    if (tok.kind === 'word' && (tok.text === tok.lower || owner)) continue;
    if (possessive || (tok.text === '-' && !tok.spaced)) continue;
    return undefined;
  }
  if (!ARTICLES.has(tokens[t]?.text ?? '')) return undefined;
  const comma = t - 1;
  const from = nameBackward(tokens, comma);
  if (from === undefined) return undefined;
  return { matches: [{ from, to: comma, nameFrom: from, nameTo: comma }], next: type.to };
}

const APPOSITION_ENDS = new Set([',', '.', ';', ')', '-', '–', '—']);

function namesBeforePluralHead(
  tokens: readonly Token[],
  k: number,
): { matches: ProjectMatch[]; next: number } | undefined {
  const head = EN_PLURAL_HEADS.matchAt(tokens, k);
  if (!head) return undefined;
  const last = nameBackward(tokens, k);
  if (last === undefined) return undefined;
  const matches: ProjectMatch[] = [{ from: last, to: head.to, nameFrom: last, nameTo: k }];
  let t = last - 1;
  while (matches.length < MAX_ITEMS) {
    if (tokens[t]?.lower === 'and') t--;
    // `A, B and C`, or the serial comma `A, B, and C`.
    if (tokens[t]?.text === ',') t--;
    if (t === last - 1 || t + 1 === (matches[0] as ProjectMatch).from) break;
    const from = nameBackward(tokens, t + 1);
    if (from === undefined) break;
    matches.unshift({ from, to: t + 1, nameFrom: from, nameTo: t + 1 });
    t = from - 1;
  }
  // A plural head after one name is a description (`the Gulf ports`), not a list.
  if (matches.length < 2) return undefined;
  return { matches, next: head.to };
}

function namesAfterHead(
  tokens: readonly Token[],
  k: number,
): { matches: ProjectMatch[]; next: number } | undefined {
  const head = tokens[k];
  const link = tokens[k + 1];
  if (!head || !OF_HEADS.has(head.lower) || !(link?.lower === 'of' || link?.lower === 'at'))
    return undefined;
  const first = nameForward(tokens, k + 2);
  if (first === undefined) return undefined;
  const matches: ProjectMatch[] = [{ from: k, to: first, nameFrom: k + 2, nameTo: first }];
  let t = first;
  // `the airports at Heathrow and Gatwick`: a plural head lists its names.
  while (head.lower.endsWith('s') && matches.length < MAX_ITEMS) {
    const sep = tokens[t];
    if (!sep || !(sep.text === ',' || sep.lower === 'and')) break;
    const at = tokens[t + 1]?.lower === 'and' ? t + 2 : t + 1;
    const to = nameForward(tokens, at);
    if (to === undefined) break;
    matches.push({ from: at, to, nameFrom: at, nameTo: to });
    t = to;
  }
  return { matches, next: t };
}

/**
 * Capitalised words ending before `k`, without connectors (`Edinburgh and Glasgow` are two
 * items here): the index of the first.
 */
function nameBackward(tokens: readonly Token[], k: number): number | undefined {
  let n = k;
  while (n > k - MAX_NAME) {
    const tok = tokens[n - 1];
    if (!tok || tok.kind !== 'word' || !isCapitalised(tok.text) || EN_NAME_STOPS.has(tok.lower))
      break;
    n--;
  }
  return n < k ? n : undefined;
}

/** Capitalised words from `t` (not a sentence word like `The`): the index after them. */
function nameForward(tokens: readonly Token[], t: number): number | undefined {
  let n = t;
  while (n < t + MAX_NAME) {
    const tok = tokens[n];
    if (!tok || tok.kind !== 'word' || !isCapitalised(tok.text) || EN_NAME_STOPS.has(tok.lower))
      break;
    n++;
  }
  return n > t ? n : undefined;
}

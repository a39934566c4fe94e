import type { Token } from '../figures/tokenize';
import {
  CAPITALISED_ONLY,
  EN_MODIFIERS,
  EN_NUMBERED_TYPES,
  EN_ORG_AFTER,
  EN_ORG_WORDS,
  EN_TYPES,
} from './en-type-nouns';
import { EN_NAME_STOPS, isCapitalised } from './name-words';
import { UNITS } from '../figures/units';
import type { ProjectMatch } from './match-vi';

const MAX_PARTS = 7;
const MAX_MODIFIERS = 3;
/** Lowercase words allowed inside an English name (`Port of Spain`, `Belt and Road`). */
const CONNECTORS = new Set(['de', 'del', 'la', 'of', 'and']);
/** Acronyms of a kind of project, not a name (`the BRT project`, `an LNG terminal`). */
const GENERIC_ACRONYMS = new Set(
  'brt lng ppp bot bt epc fdi oda mrt lrt hsr ev us uk eu'.split(' '),
);
/** Type nouns so generic that a one-word capitalised name before them may be a sentence opener. */
const WEAK_TYPES = new Set(
  'project plant factory facility terminal port mine bridge tunnel highway dam hotel development scheme program programme strategy initiative line field stadium'.split(
    ' ',
  ),
);
/**
 * Heads a company names after the town it builds in (`its Berlin factory`, `the Ohio
 * plant`): one capitalised word before them is a place, not a name. Refineries and smelters
 * are named after their town as proper names are (`the Pernis refinery`; decision 36).
 */
const SITE_TYPES = new Set(['plant', 'factory', 'facility']);

/**
 * English grammar: NAME [modifier…] TYPE [project] — the head noun follows the name
 * (`Hornsdale Power Reserve`, `the Olympic Dam copper mine`, `the Long Thanh International
 * Airport project`), or opens it before a number (`Interstate 5`, `Terminal 5`). The name is
 * read backwards: capitalised words, codes and numbers (`Hinkley Point C`, `Snowy 2.0`).
 * Organisations are not projects: a head followed by `Authority`, `Company`, …, or a name
 * holding `Bank`, `Ministry`, … (`the World Bank project`).
 */
export function matchEnProject(
  tokens: readonly Token[],
  k: number,
): { match: ProjectMatch; next: number } | undefined {
  const numbered = matchNumbered(tokens, k);
  if (numbered) return numbered;
  const type = EN_TYPES.matchAt(tokens, k);
  if (!type) return undefined;
  // `the Chevron scheme, dubbed Gorgon-3`: the name given after the head is the project's.
  const given = nameGivenAfter(tokens, type.to);
  if (given && !isCapitalised((tokens[k] as Token).text)) return given;
  const after = tokens[type.to];
  if (after && EN_ORG_AFTER.has(after.lower) && !runBy(tokens, type.to)) return undefined;
  // `the Olympic Dam copper mine`: a head inside the name gives way to the last one — but a
  // trailing `project` joins the head before it (`the Gateway tunnel project`), below.
  const nextHead = EN_TYPES.matchAt(tokens, type.to);
  const trailingProject = nextHead?.to === type.to + 1 && tokens[type.to]?.lower === 'project';
  if (
    (nextHead && !trailingProject) ||
    (!trailingProject && EN_TYPES.matchAt(tokens, skipForward(tokens, type.to)))
  )
    return undefined;
  // `the Three Gorges Project Electrical Power Supply Plant`: a capitalised head followed by
  // more of the name gives way to the head that closes it.
  if (isCapitalised((tokens[k] as Token).text) && laterHead(tokens, type.to)) return undefined;
  const head = tokens[type.to - 1] as Token;
  // Only a bare `line`/`corridor` needs the capital: `the HS2 rail line` is named all the same.
  const capitalisedOnly = type.to - k === 1 && CAPITALISED_ONLY.has(head.lower);
  if (capitalisedOnly && !isCapitalised(head.text)) return undefined;
  const nameTo = skipModifiers(tokens, k);
  const readFrom = readNameBackwards(tokens, nameTo);
  if (readFrom === undefined) return undefined;
  // `the Elizabeth Line`, but not `in Harbour Line` (a place named after the line).
  if (
    capitalisedOnly &&
    tokens[readFrom - 1]?.lower !== 'the' &&
    !possessiveBefore(tokens, readFrom)
  )
    return undefined;
  const typeText = tokens
    .slice(k, type.to)
    .map((t) => t.lower)
    .join(' ');
  const nameFrom = afterOrganisation(tokens, readFrom, nameTo);
  if (nameFrom === undefined) return undefined;
  const parts = nameTo - nameFrom;
  const first = tokens[nameFrom] as Token;
  if (parts === 1 && GENERIC_ACRONYMS.has(first.lower)) return undefined;
  // `an Indian oilfield`, `a Brazilian field`: after an indefinite article one capitalised word
  // describes an unnamed facility.
  const article = tokens[nameFrom - 1]?.lower;
  if (parts === 1 && (article === 'a' || article === 'an')) return undefined;
  const modified = nameTo < k;
  // A capitalised head makes the pair a proper name even at a sentence start (`Channel Tunnel`).
  const properHead = isCapitalised((tokens[k] as Token).text);
  if (WEAK_TYPES.has(typeText) && parts < 2 && !properHead && atSentenceStart(tokens, nameFrom))
    return undefined;
  if (SITE_TYPES.has(typeText) && parts < 2 && !modified) return undefined;
  // `the Fiat Powertrain plant at Arese`: a plant placed by a town after it is named by its
  // owner before it, a company's site (decision 36).
  if (SITE_TYPES.has(typeText) && placedAfter(tokens, type.to)) return undefined;
  let to = type.to;
  // `… International Airport project`: the trailing `project` belongs to the span.
  if (typeText !== 'project' && tokens[to]?.lower === 'project') to++;
  return { match: { from: nameFrom, to, nameFrom, nameTo }, next: to };
}

/** Words that give a project's name after its head (`the scheme, dubbed Qatargas-2`). */
const NAMING_WORDS = new Set(['dubbed', 'called', 'named', 'known']);
const MAX_GIVEN = 5;

/**
 * `, dubbed Qatargas-2`, `, known as Nord Link`: the head's name follows it; the span is the
 * name alone (capitalised words, glued hyphens and numbers), as the labels write it.
 */
function nameGivenAfter(
  tokens: readonly Token[],
  t: number,
): { match: ProjectMatch; next: number } | undefined {
  let n = tokens[t]?.text === ',' ? t + 1 : t;
  const word = tokens[n]?.lower;
  if (word === undefined || !NAMING_WORDS.has(word)) return undefined;
  n++;
  if (word === 'known') {
    if (tokens[n]?.lower !== 'as') return undefined;
    n++;
  }
  const from = n;
  while (n < from + MAX_GIVEN) {
    const tok = tokens[n];
    if (!tok) break;
    const glued = n > from && !tok.spaced;
    if (tok.kind === 'word' && (isCapitalised(tok.text) || glued) && !EN_NAME_STOPS.has(tok.lower))
      n++;
    else if (tok.kind === 'num' && n > from) n++;
    else if (tok.text === '-' && glued && tokens[n + 1] && !tokens[n + 1]!.spaced) n++;
    else break;
  }
  if (n === from || tokens[n - 1]?.text === '-') return undefined;
  return { match: { from, to: n, nameFrom: from, nameTo: n }, next: n };
}

/**
 * `Exxon Mobil Corp Baytown refinery`, `the Adani Group Carmichael coal mine`: an
 * organisation's name ends at its suffix and the project's begins after it; a name that ends
 * with one (`the World Bank project`) is the organisation's unnamed project. Returns the start
 * of the project's name, or undefined when nothing follows the organisation.
 */
function afterOrganisation(tokens: readonly Token[], from: number, to: number): number | undefined {
  let start = from;
  for (let t = from; t < to; t++) if (EN_ORG_WORDS.has((tokens[t] as Token).lower)) start = t + 1;
  while (start < to && tokens[start]?.kind !== 'word') start++;
  return start < to ? start : undefined;
}

/** `Amtrak's Northeast Corridor`: an owner's possessive introduces a name as `the` does. */
function possessiveBefore(tokens: readonly Token[], t: number): boolean {
  const s = tokens[t - 1];
  const mark = tokens[t - 2];
  return s?.lower === 's' && !s.spaced && (mark?.text === "'" || mark?.text === '’');
}

const PLACE_LINKS = new Set(['at', 'in', 'near', 'outside']);

function placedAfter(tokens: readonly Token[], t: number): boolean {
  const link = tokens[t];
  const place = tokens[t + 1];
  return (
    link !== undefined &&
    PLACE_LINKS.has(link.text) &&
    place?.kind === 'word' &&
    isCapitalised(place.text)
  );
}

const RUNNERS = new Set(['operator', 'owner']);

/**
 * `Channel Tunnel operator Eurotunnel`, `Heathrow airport owner BAA`: a lowercase runner
 * followed by the company's name says the head before it is the project, not part of the
 * company (`Port Authority`, `airport operators` are).
 */
function runBy(tokens: readonly Token[], t: number): boolean {
  const runner = tokens[t];
  const company = tokens[t + 1];
  return (
    runner !== undefined &&
    RUNNERS.has(runner.text) &&
    company?.kind === 'word' &&
    isCapitalised(company.text)
  );
}

const MAX_LOOKAHEAD = 4;

function laterHead(tokens: readonly Token[], t: number): boolean {
  for (let n = t; n < t + MAX_LOOKAHEAD; n++) {
    const tok = tokens[n];
    if (!tok || tok.kind !== 'word' || !isCapitalised(tok.text)) return false;
    if (EN_TYPES.matchAt(tokens, n)) return true;
  }
  return false;
}

/** `Interstate 5`, `I-95`, `Route 66`, `Terminal 5`: a capitalised head and its number. */
function matchNumbered(
  tokens: readonly Token[],
  k: number,
): { match: ProjectMatch; next: number } | undefined {
  const type = EN_NUMBERED_TYPES.matchAt(tokens, k);
  if (!type) return undefined;
  let n = type.to;
  const dash = tokens[n];
  // `I-95`: the single-letter head needs its hyphen; the others are spaced.
  if (dash?.text === '-' && !dash.spaced) n++;
  else if ((tokens[k] as Token).text === 'I') return undefined;
  const num = tokens[n];
  if (!num || num.kind !== 'num') return undefined;
  // Spaced after a word (`Route 66`), glued after the hyphen (`I-95`).
  if (num.spaced !== (n === type.to)) return undefined;
  if (!/^\d{1,3}$/.test(num.text)) return undefined;
  let to = n + 1;
  // `Route 9A`, `Terminal 2E`: a letter glued to the number.
  const code = tokens[to];
  if (code && !code.spaced && code.kind === 'word' && /^\p{Lu}$/u.test(code.text)) to++;
  return { match: { from: k, to, nameFrom: k, nameTo: to }, next: to };
}

/** Index after the descriptive words at `t`. */
function skipForward(tokens: readonly Token[], t: number): number {
  let n = t;
  while (n < t + MAX_MODIFIERS && tokens[n]?.kind === 'word' && EN_MODIFIERS.has(tokens[n]!.text))
    n++;
  return n;
}

/** Steps back over descriptive words before the head (`copper`, `coal-fired`, `pumped hydro`). */
function skipModifiers(tokens: readonly Token[], k: number): number {
  let t = k;
  for (let n = 0; n < MAX_MODIFIERS; n++) {
    const tok = tokens[t - 1];
    if (!tok) break;
    if (tok.kind === 'word' && EN_MODIFIERS.has(tok.text)) {
      t--;
      continue;
    }
    // `coal-fired`: a hyphenated modifier is three tokens.
    const hyphen = tokens[t - 2];
    const left = tokens[t - 3];
    if (hyphen?.text === '-' && !hyphen.spaced && !tok.spaced && left?.kind === 'word') {
      if (EN_MODIFIERS.has(`${left.text}-${tok.text}`)) {
        t -= 3;
        continue;
      }
    }
    break;
  }
  return t;
}

function readNameBackwards(tokens: readonly Token[], k: number): number | undefined {
  let t = k - 1;
  let from: number | undefined;
  let parts = 0;
  while (t >= 0 && parts < MAX_PARTS) {
    const tok = tokens[t] as Token;
    const next = tokens[t + 1] as Token;
    if (tok.kind === 'sym') {
      // `Ritz-Carlton`: a glued hyphen between two capitalised words is part of the name.
      const prev = tokens[t - 1];
      const hyphenated =
        tok.text === '-' && !tok.spaced && !next.spaced && from === t + 1 && prev?.kind === 'word';
      // `cross-London`, `pan-European`: a place glued to a lowercase prefix is an adjective.
      if (hyphenated && from === t + 1 && !isCapitalised(prev.text)) return undefined;
      if (!hyphenated || !isCapitalised(prev.text)) break;
    } else if (tok.kind === 'word' && isCapitalised(tok.text) && !EN_NAME_STOPS.has(tok.lower)) {
      // `a 600 MW solar farm`: a unit after a number is the farm's size, not its name.
      if (tokens[t - 1]?.kind === 'num' && UNITS.matchAt(tokens, t)) break;
      from = t;
    }
    // `Vinh Tan 4`, `Snowy 2.0`: a number inside or after the name (stripped if it opens it).
    else if (tok.kind === 'num' && /^\d{1,3}(\.\d)?$/.test(tok.text)) from = t;
    else if (tok.kind === 'word' && CONNECTORS.has(tok.text) && from !== undefined) {
      // A connector needs a capitalised word before it too; checked by the next iteration.
    } else break;
    t--;
    parts++;
  }
  if (from === undefined) return undefined;
  // Never start on a connector or a number (`330 of Jasper Park Lodge`).
  while (
    from < k &&
    (CONNECTORS.has((tokens[from] as Token).text) || tokens[from]?.kind !== 'word')
  )
    from++;
  return from < k ? from : undefined;
}

function atSentenceStart(tokens: readonly Token[], t: number): boolean {
  const prev = tokens[t - 1];
  return !prev || ['.', '!', '?', '"', '“', ':'].includes(prev.text);
}

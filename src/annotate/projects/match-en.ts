import type { Token } from '../figures/tokenize';
import { EN_ORG_AFTER, EN_TYPES } from './type-nouns';
import { EN_NAME_STOPS, isCapitalised } from './name-words';
import type { ProjectMatch } from './match-vi';

const MAX_PARTS = 6;
/** Lowercase words allowed inside an English name (`Port of Spain`, `Rio de Janeiro`). */
const CONNECTORS = new Set(['de', 'del', 'la']);
/** Acronyms of a kind of project, not a name (`the BRT project`, `an LNG terminal`). */
const GENERIC_ACRONYMS = new Set([
  'brt',
  'lng',
  'ppp',
  'bot',
  'bt',
  'epc',
  'fdi',
  'oda',
  'mrt',
  'lrt',
  'hsr',
  'ev',
]);
/** Type nouns so generic that a one-word capitalised name before them may be a sentence opener. */
const WEAK_TYPES = new Set([
  'project',
  'plant',
  'factory',
  'terminal',
  'port',
  'mine',
  'bridge',
  'tunnel',
  'highway',
  'dam',
]);

/**
 * English grammar: NAME TYPE [project] — the type noun follows the name (`South Dade
 * Transitway`, `the Caymanas Special Economic Zone`, `the Long Thanh International Airport
 * project`). The name is read backwards from the type noun: capitalised words, codes and
 * numbers (`Hinkley Point C`, `Vinh Tan 4`). A type followed by `Authority`, `Company`, … is
 * an organisation.
 */
export function matchEnProject(
  tokens: readonly Token[],
  k: number,
): { match: ProjectMatch; next: number } | undefined {
  const type = EN_TYPES.matchAt(tokens, k);
  if (!type) return undefined;
  const after = tokens[type.to];
  if (after && EN_ORG_AFTER.has(after.lower)) return undefined;
  const nameFrom = readNameBackwards(tokens, k);
  if (nameFrom === undefined) return undefined;
  const typeText = tokens
    .slice(k, type.to)
    .map((t) => t.lower)
    .join(' ');
  const parts = k - nameFrom;
  if (parts === 1 && GENERIC_ACRONYMS.has((tokens[nameFrom] as Token).lower)) return undefined;
  if (WEAK_TYPES.has(typeText) && parts < 2 && atSentenceStart(tokens, nameFrom)) return undefined;
  let to = type.to;
  // `… International Airport project`: the trailing `project` belongs to the span.
  if (typeText !== 'project' && tokens[to]?.lower === 'project') to++;
  return { match: { from: nameFrom, to, nameFrom, nameTo: k }, next: to };
}

function readNameBackwards(tokens: readonly Token[], k: number): number | undefined {
  let t = k - 1;
  let from: number | undefined;
  let parts = 0;
  while (t >= 0 && parts < MAX_PARTS) {
    const tok = tokens[t] as Token;
    const next = tokens[t + 1] as Token;
    if (!next.spaced && t + 1 !== k && tok.kind === 'sym') break;
    if (tok.kind === 'word' && isCapitalised(tok.text) && !EN_NAME_STOPS.has(tok.lower)) from = t;
    else if (tok.kind === 'num' && /^\d{1,3}$/.test(tok.text) && from !== undefined) from = t;
    else if (tok.kind === 'word' && CONNECTORS.has(tok.text) && from !== undefined) {
      // A connector needs a capitalised word before it too; checked by the next iteration.
    } else break;
    t--;
    parts++;
  }
  if (from === undefined) return undefined;
  // Never start on a connector.
  while (from < k && CONNECTORS.has((tokens[from] as Token).text)) from++;
  return from < k ? from : undefined;
}

function atSentenceStart(tokens: readonly Token[], t: number): boolean {
  const prev = tokens[t - 1];
  return !prev || ['.', '!', '?', '"', '“', ':'].includes(prev.text);
}

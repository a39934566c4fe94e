import type { Token } from '../figures/tokenize';
import type { ProjectMatch } from './match-vi';

/**
 * English articles name a project once with its type noun and then by name alone
 * (`the Hinkley Point C nuclear plant … Hinkley Point C will …`); the guide labels every
 * mention. Names found with a type noun are looked up again, as whole token sequences
 * outside spans already found — but only names of two or more words carrying a code, number
 * or single letter (`Hinkley Point C`, `Vinh Tan 4`): plain names are usually also the place
 * (`South Dade Transitway` … `in South Dade`), which is not a project.
 */
function hasCode(tokens: readonly Token[], m: ProjectMatch): boolean {
  return tokens
    .slice(m.nameFrom, m.nameTo)
    .some((t) => t.kind === 'num' || /\d/.test(t.text) || /^\p{Lu}$/u.test(t.text));
}

export function repeatMentions(
  tokens: readonly Token[],
  found: readonly ProjectMatch[],
): ProjectMatch[] {
  const names = new Map<string, number>();
  for (const m of found) {
    if (m.nameTo - m.nameFrom < 2 || !hasCode(tokens, m)) continue;
    const key = tokens
      .slice(m.nameFrom, m.nameTo)
      .map((t) => t.text)
      .join(' ');
    names.set(key, m.nameTo - m.nameFrom);
  }
  if (names.size === 0) return [];
  const taken = new Uint8Array(tokens.length);
  for (const m of found) taken.fill(1, m.from, m.to);
  const out: ProjectMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const [key, len] of names) {
      if (i + len > tokens.length || taken[i] || taken[i + len - 1]) continue;
      const seq = tokens.slice(i, i + len);
      if (seq.map((t) => t.text).join(' ') !== key) continue;
      // Part of a longer capitalised run is a different name (`Hinkley Point C Ltd`).
      const next = tokens[i + len];
      if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text)) continue;
      out.push({ from: i, to: i + len, nameFrom: i, nameTo: i + len });
      taken.fill(1, i, i + len);
      i += len - 1;
      break;
    }
  }
  return out;
}

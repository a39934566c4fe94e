import type { Project } from '../model/project';
import { normalizeText } from './normalize-text';
import { tokenize, type Token } from './figures/tokenize';
import { matchViProject, type ProjectMatch } from './projects/match-vi';
import { matchEnProject } from './projects/match-en';
import { matchEnList } from './projects/match-en-lists';
import { repeatMentions } from './projects/repeat-mentions';

/**
 * Finds named projects (power plants, lines, roads, airports, zones, factories, named
 * investment projects) as defined by the labelling guide `shared/spec/figures-and-projects.md`.
 *
 * Both grammars run on every page — Vietnamese `TYPE Name` and English `Name TYPE` — because
 * Vietnamese pages quote English names and vice versa; `lang` only enables the English
 * repeat-mention rule (see `repeatMentions`). Offsets index `normalizeText(text)`.
 */
export function findProjects(text: string, lang: string): Project[] {
  const norm = normalizeText(text);
  const tokens = tokenize(norm);
  const found: ProjectMatch[] = [];
  // Abbreviations the text introduces in brackets (`Nhà máy nhiệt điện (NMNĐ) …`).
  const learned = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const vi = matchViProject(tokens, i, learned);
    if (vi) {
      found.push(...vi.matches);
      i = vi.next;
      continue;
    }
    const list = matchEnList(tokens, i);
    if (list && !overlapsLast(found, list.matches[0] as ProjectMatch)) {
      found.push(...list.matches);
      i = list.next;
      continue;
    }
    const en = matchEnProject(tokens, i);
    if (en && !overlapsLast(found, en.match)) {
      found.push(en.match);
      i = en.next;
      continue;
    }
    i++;
  }
  const all = lang.toLowerCase().startsWith('vi')
    ? found
    : [...found, ...repeatMentions(tokens, found)];
  all.sort((a, b) => a.from - b.from);
  return all.map((m) => toProject(norm, tokens, m));
}

/** An English name is read backwards and may reach into a span already taken. */
function overlapsLast(found: readonly ProjectMatch[], m: ProjectMatch): boolean {
  const last = found[found.length - 1];
  return last !== undefined && m.from < last.to;
}

function toProject(norm: string, tokens: readonly Token[], m: ProjectMatch): Project {
  const start = (tokens[m.from] as Token).start;
  const end = (tokens[m.to - 1] as Token).end;
  const nameStart = (tokens[m.nameFrom] as Token).start;
  const nameEnd = (tokens[m.nameTo - 1] as Token).end;
  const type =
    nameStart > start ? norm.slice(start, nameStart).trim() : norm.slice(nameEnd, end).trim();
  return { text: norm.slice(start, end), name: norm.slice(nameStart, nameEnd), type, start, end };
}

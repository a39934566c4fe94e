import { projectFullNames } from '../../annotate/project-full-name';
import type { ClippingSummary } from '../../store/library-queries';
import { foldTerm } from './search-index';

/** One project across the library: its full name and the clippings that mention it. */
export interface ProjectEntry {
  /** The full name as first written, capitalised (`Thủy điện A Mé 2`, not the list's bare `2`). */
  name: string;
  /** Mentions across all clippings. */
  mentions: number;
  /** The clippings that mention it, each once, in library order. */
  clippings: ClippingSummary[];
}

export type ProjectSort = 'mentions' | 'name';

const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

/**
 * Every project of every clipping, one entry per name: names are compared without case, so
 * `nhà máy thủy điện Nậm Voi` and `Nhà máy Thủy điện Nậm Voi` are one project, but with their
 * diacritics (`Nậm Mở` and `Nậm Mô` are two places).
 */
export function projectEntries(clippings: readonly ClippingSummary[]): ProjectEntry[] {
  const byKey = new Map<string, ProjectEntry>();
  for (const clipping of clippings) {
    const names = projectFullNames(clipping.projects);
    for (const name of names) {
      const key = name.normalize('NFC').toLocaleLowerCase('vi');
      let entry = byKey.get(key);
      if (!entry) {
        // Capitalised as a name in a list is, whether the text began it in lower case or not.
        entry = {
          name: name.charAt(0).toLocaleUpperCase('vi') + name.slice(1),
          mentions: 0,
          clippings: [],
        };
        byKey.set(key, entry);
      }
      entry.mentions += 1;
      if (entry.clippings[entry.clippings.length - 1] !== clipping) entry.clippings.push(clipping);
    }
  }
  return [...byKey.values()];
}

/** The entries whose name has every word of `text` (diacritics ignored), sorted. */
export function queryProjects(
  entries: readonly ProjectEntry[],
  text: string,
  sort: ProjectSort,
): ProjectEntry[] {
  const words = foldTerm(text).split(/\s+/).filter(Boolean);
  const kept = entries.filter((e) => {
    const hay = foldTerm(e.name);
    return words.every((w) => hay.includes(w));
  });
  return sort === 'name'
    ? kept.sort((a, b) => collator.compare(a.name, b.name))
    : kept.sort(
        (a, b) =>
          b.clippings.length - a.clippings.length ||
          b.mentions - a.mentions ||
          collator.compare(a.name, b.name),
      );
}

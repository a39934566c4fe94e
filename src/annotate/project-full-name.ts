import type { Project } from '../model/project';

/** The most characters between two members of one list: `, `, ` và `, ` and `, ` hoặc `. */
const LIST_GAP = 8;
/** A name that only numbers or letters a sibling: `2`, `3A`, `II`, `B`. */
const ORDINAL = /^(?:\d+[A-Za-z]?|[IVX]+|[A-Z])$/;

/**
 * The full name of each project, for tables and lists. The labelling guide makes a list's later
 * members bare spans (`Thủy điện A Mé 1, 2` → `2`; `nhà máy Nậm Voi và Nậm Mở` → `Nậm Mở`, type
 * ''), which read as nothing out of context; here they take the type noun of the member that
 * carries it and, for a bare number, its name stem: `Thủy điện A Mé 2`. Projects are taken in
 * text order (as `findProjects` returns them); a project with its own type keeps its text.
 */
export function projectFullNames(projects: readonly Project[]): string[] {
  const heads = projects.map((_, i) => listHead(projects, i));
  return projects.map((p, i) => {
    const head = heads[i];
    if (p.type !== '' || head === undefined) return p.text;
    const name = ORDINAL.test(p.name) ? `${nameStem(head.name)}${p.name}` : p.name;
    const typeFirst = head.text.startsWith(head.type);
    return typeFirst ? capitalise(`${head.type} ${name}`) : `${name} ${head.type}`;
  });
}

/** The member with a type noun of the list that project `i` belongs to, if it has one. */
function listHead(projects: readonly Project[], i: number): Project | undefined {
  const p = projects[i];
  if (!p || p.type !== '') return p;
  // Back through the list first (`Type A, B`), then forward (English `A and B plants`).
  for (let j = i - 1; j >= 0; j--) {
    const prev = projects[j] as Project;
    const next = projects[j + 1] as Project;
    if (next.start - prev.end > LIST_GAP) break;
    if (prev.type !== '') return prev;
  }
  for (let j = i + 1; j < projects.length; j++) {
    const next = projects[j] as Project;
    const prev = projects[j - 1] as Project;
    if (next.start - prev.end > LIST_GAP) break;
    if (next.type !== '') return next.text.endsWith(next.type) ? next : undefined;
  }
  return undefined;
}

/** `A Mé 1` → `A Mé `: the name without its last, numbering word. */
function nameStem(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  return ORDINAL.test(last) && words.length > 1 ? `${words.slice(0, -1).join(' ')} ` : `${name} `;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

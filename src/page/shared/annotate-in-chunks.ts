import type { Figure } from '../../model/figure';
import { findFigures } from '../../annotate/find-figures';
import { findProjects } from '../../annotate/find-projects';
import type { Project } from '../../model/project';
import { SLICE_MS, yieldToPage } from './yield-to-page';

/**
 * Project names are found in the whole text when it is article-sized, so a bare repeat of a
 * name introduced paragraphs earlier is still recognised; past this size, block by block.
 */
const WHOLE_TEXT_PROJECTS = 60_000;

/**
 * Runs the recognisers block by block (figures and project names never span a block break),
 * yielding to the page every few milliseconds so a 3,000-paragraph page never blocks input
 * with a long task. Offsets are into the whole `text`.
 */
export async function annotateInChunks(
  text: string,
  lang: string,
  signal?: AbortSignal,
): Promise<{ figures: Figure[]; projects: Project[] }> {
  const figures: Figure[] = [];
  const projects: Project[] = [];
  const whole = text.length <= WHOLE_TEXT_PROJECTS;
  if (whole) projects.push(...findProjects(text, lang));
  let sliceStart = performance.now();
  let offset = 0;
  for (const block of text.split('\n')) {
    if (signal?.aborted) break;
    if (block.trim()) {
      for (const f of findFigures(block, lang))
        figures.push({ ...f, start: f.start + offset, end: f.end + offset });
      if (!whole) {
        for (const p of findProjects(block, lang))
          projects.push({ ...p, start: p.start + offset, end: p.end + offset });
      }
    }
    offset += block.length + 1;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return { figures, projects };
}

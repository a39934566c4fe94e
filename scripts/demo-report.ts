/** How `npm run demo` prints what the extension found on the page. */
import { projectFullNames } from '../src/annotate/project-full-name';
import type { PageState } from '../src/model/page-state';

export function printPageState(url: string, state: PageState | null, error?: string): void {
  console.log(`Reader Assistant on ${url}`);
  if (!state) {
    console.log(`  the content script did not answer: ${error ?? 'no reply'}`);
    return;
  }
  console.log(`  title:      ${state.title}`);
  console.log(
    `  article:    ${state.verdict.isArticle ? 'yes' : 'no'} (confidence ${state.verdict.confidence.toFixed(2)})`,
  );
  for (const reason of state.verdict.reasons) console.log(`              - ${reason}`);
  console.log(`  language:   ${state.lang}`);
  console.log(`  clutter:    ${state.clutterHidden ? 'hidden' : 'shown'}`);
  console.log(`  figures:    ${state.figures.length}`);
  for (const f of state.figures) {
    const unit = f.currency ?? f.unit ?? (f.kind === 'percent' ? '%' : '');
    console.log(
      `              ${f.text.padEnd(18)} ${f.kind.padEnd(8)} ${f.value} ${unit}${f.change ? ` (${f.change})` : ''}`,
    );
  }
  console.log(`  projects:   ${state.projects.length}`);
  // A list member written by ellipsis (`2` of `Thủy điện A Mé 1, 2`) by its full name.
  const names = projectFullNames(state.projects);
  state.projects.forEach((p, i) => console.log(`              ${names[i] ?? p.text}  [${p.name}]`));
}

import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/pipeline/analyze-document';
import { findFigures } from '../../../src/annotate/find-figures';
import { findProjects } from '../../../src/annotate/find-projects';
import { parsePage } from '../extract/load-page';

/** The recognisers as `npm run analyze` and the content script run them. */
const annotate = (text: string, lang: string) => ({
  figures: findFigures(text, lang).map((f) => f.text),
  projects: findProjects(text, lang).map((p) => p.text),
});

// A brief news item: one short paragraph, no byline or date — the kind the detector may turn down.
const BRIEF = `<!doctype html><html lang="en"><head><title>Port volumes</title></head><body>
<header><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav></header>
<main><h1>Harbour volumes rise</h1>
<p>The Eastbay container terminal handled 42,000 TEU in May, up 6.5% on a year earlier.</p></main>
<footer>© Example News</footer></body></html>`;

describe('analyzeDocument: one rule for figures whatever the verdict', () => {
  it('finds figures and projects in the main text of a page judged not an article', () => {
    const a = analyzeDocument(parsePage(BRIEF), 'https://example.invalid/brief', annotate);
    expect(a.verdict.isArticle).toBe(false);
    // Nothing is hidden on a non-article…
    expect(a.plan).toBeNull();
    // …but its main text is read as the extension reads it when highlighting is switched on.
    expect(a.articleText).toContain('42,000 TEU');
    expect(a.figures).toEqual(['42,000 TEU', '6.5%']);
    expect(a.projects).toEqual(['Eastbay container terminal']);
  });
});

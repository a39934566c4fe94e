/**
 * The text the recognisers see on a corpus page, shared by the figures bench and the labelled
 * passages (which cut their passages out of it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { planArticle } from '../src/extract/plan-article';
import { buildTextIndex } from '../src/page/shared/text-index';

/**
 * Headline + body text of a page as the extension reads it: the planned article (src/extract)
 * indexed the way the page layer indexes it before running the recognisers (src/page).
 */
export function articleTextFor(html: string, url: string): string {
  // The extension's own path: plan the article, then index the text it highlights in.
  const doc = new JSDOM(html, { url }).window.document;
  const plan = planArticle(doc);
  if (!plan) return '';
  const roots =
    plan.title && !plan.root.contains(plan.title) ? [plan.title, plan.root] : [plan.root];
  return buildTextIndex(roots, new Set(plan.hide)).text;
}

/** The page's URL from its folder's manifest, so Readability resolves links as on the site. */
export function urlFor(pagePath: string): string {
  const manifest = path.join(path.dirname(pagePath), 'manifest.json');
  if (fs.existsSync(manifest)) {
    const entries = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
      file?: string;
      url?: string;
    }[];
    const hit = entries.find((e) => e.file === path.basename(pagePath));
    if (hit?.url) return hit.url;
  }
  return `file://${pagePath}`;
}

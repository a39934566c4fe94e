// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  parsePageEntries,
  parsePageLine,
  splitForSite,
  type PageEntry,
} from '../../../bench/detection/page-entries';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

/** A site of each split, found by the rule itself so the fixtures follow it. */
function siteIn(split: 'dev' | 'test'): string {
  for (let i = 0; ; i += 1)
    if (splitForSite(`site${i}.example`) === split) return `site${i}.example`;
}

function line(overrides: Record<string, unknown> = {}): string {
  const site = (overrides.site as string | undefined) ?? siteIn('dev');
  return JSON.stringify({
    id: 'repo/tests/a.html',
    source: { repo: 'owner/name', commit: COMMIT, path: 'tests/a.html' },
    url: `https://${site}/a`,
    site,
    lang: 'en',
    label: 'article',
    kind: 'news',
    split: splitForSite(site),
    ...overrides,
  });
}

describe('parsePageLine', () => {
  it('reads a valid repository page and a valid shared page', () => {
    const repo = parsePageLine(line()) as PageEntry;
    expect(repo.source).toEqual({ repo: 'owner/name', commit: COMMIT, path: 'tests/a.html' });
    expect(repo.label).toBe('article');
    const shared = parsePageLine(
      line({ source: { shared: 'non-article/x.html' }, label: 'not-article', kind: 'front' }),
    ) as PageEntry;
    expect(shared.source).toEqual({ shared: 'non-article/x.html' });
    expect(shared.kind).toBe('front');
  });

  it('rejects a label outside the two classes', () => {
    expect(parsePageLine(line({ label: 'news' }))).toMatch(
      /label must be "article" or "not-article"/,
    );
  });

  it('rejects a kind that contradicts the label', () => {
    expect(parsePageLine(line({ label: 'not-article' }))).toMatch(/kind news does not go with/);
    expect(parsePageLine(line({ kind: 'front' }))).toMatch(/kind front does not go with/);
  });

  it('rejects an unpinned source and a bad language code', () => {
    expect(
      parsePageLine(line({ source: { repo: 'owner/name', commit: 'main', path: 'a' } })),
    ).toMatch(/40 hex digits/);
    expect(parsePageLine(line({ lang: 'eng' }))).toMatch(/ISO 639-1/);
  });
});

describe('parsePageEntries', () => {
  it('reads every line of a valid file, blank lines ignored', () => {
    const text = [line(), '', line({ id: 'repo/tests/b.html' })].join('\n');
    expect(parsePageEntries(text).map((e) => e.id)).toEqual([
      'repo/tests/a.html',
      'repo/tests/b.html',
    ]);
  });

  it('names a duplicate id with both line numbers', () => {
    expect(() => parsePageEntries([line(), line()].join('\n'))).toThrow(
      /line 2: duplicate id repo\/tests\/a.html \(first on line 1\)/,
    );
  });

  it('rejects a site whose pages sit in both splits', () => {
    const site = siteIn('dev');
    const text = [line({ site }), line({ id: 'repo/tests/b.html', site, split: 'test' })].join(
      '\n',
    );
    expect(() => parsePageEntries(text)).toThrow(
      /line 2: site site\d+\.example is in test but in dev on line 1/,
    );
  });

  it('rejects a split other than the site-hash rule gives', () => {
    const site = siteIn('test');
    expect(() => parsePageEntries(line({ site, split: 'dev' }))).toThrow(
      /belongs to test by the site-hash rule, not dev/,
    );
  });

  it('lists every bad line in one error', () => {
    const text = [line({ label: 'x' }), line({ id: 'repo/tests/b.html', lang: 'EN' }), '{'].join(
      '\n',
    );
    expect(() => parsePageEntries(text)).toThrow(/line 1: .*\nline 2: .*\nline 3: not JSON/);
  });
});

describe('splitForSite', () => {
  it('is stable and puts about 60 % of sites in dev', () => {
    const sites = Array.from({ length: 2000 }, (_, i) => `s${i}.example`);
    const dev = sites.filter((s) => splitForSite(s) === 'dev').length;
    expect(dev / sites.length).toBeGreaterThan(0.55);
    expect(dev / sites.length).toBeLessThan(0.65);
    expect(sites.map(splitForSite)).toEqual(sites.map(splitForSite));
  });
});

describe('the committed pages.jsonl', () => {
  it('satisfies every invariant', async () => {
    const { readPageEntries } = await import('../../../bench/detection/load-corpus');
    const entries = readPageEntries();
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});

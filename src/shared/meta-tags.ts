/**
 * All <meta> tags of a page in one pass, keyed by lower-cased name/property/itemprop. Reading
 * them with one getElementsByTagName is far cheaper than a querySelector per key (selector
 * engines scan the whole body for attribute selectors).
 */

/** Meta values by lower-cased key, first occurrence first. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** Reads `<meta>` under `scope` (the whole document by default; `doc.head` when cost matters). */
export function readMetaTags(doc: Document, scope: Document | Element = doc): MetaTags {
  const tags = new Map<string, string[]>();
  const metas = scope.getElementsByTagName('meta');
  const n = Math.min(metas.length, 2000);
  for (let i = 0; i < n; i++) {
    const meta = metas[i];
    if (meta === undefined) continue;
    const content = meta.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr);
      if (key === null || key === '') continue;
      // A tag may carry several space-separated properties (RDFa): index each.
      // Dublin Core is written `DC.creator` as a name and `dc:creator` as an RDFa property.
      for (const k of key
        .toLowerCase()
        .split(/\s+/)
        .map((p) => p.replace(/^(dc|dcterms):/, '$1.'))) {
        const list = tags.get(k) ?? [];
        list.push(content.trim());
        tags.set(k, list);
      }
    }
  }
  return tags;
}

/** The first value among `keys`, in the order given. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return null;
}

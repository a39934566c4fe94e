/**
 * Reads schema.org JSON-LD blocks: their @type values (for detection) and their objects (for
 * metadata). Handles arrays, @graph and mainEntity; malformed blocks are skipped, never thrown.
 */

/** A parsed JSON-LD node: a plain object with string keys. */
export type JsonLdNode = Record<string, unknown>;

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Top-level entities of every JSON-LD block, flattened through arrays, @graph and mainEntity. */
export function jsonLdNodes(scope: Document | Element): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    nodes.push(value);
    if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
    if (value['mainEntity'] !== undefined) visit(value['mainEntity'], depth + 1);
  };
  for (const script of Array.from(scope.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length > 500_000) continue;
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments.
      visit(
        JSON.parse(text.replace(/^\s*(<!--|(\/\/)?<!\[CDATA\[)|(-->|(\/\/)?\]\]>)\s*$/g, '')),
        0,
      );
    } catch {
      // Malformed JSON-LD is common; it just doesn't count as evidence.
    }
  }
  return nodes;
}

/** The @type values of a node as a list (schema.org allows a string or an array). */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/**
 * Whether a schema.org type declares an article: Article and every subtype of it (all of which end
 * in "Article", from NewsArticle to MedicalScholarlyArticle), Report, and the social postings
 * that are articles in all but name (a blog or tumblr post, a live blog). A forum thread
 * (DiscussionForumPosting) is not one.
 */
export function isArticleType(type: string): boolean {
  return /Article$|^(Report|SocialMediaPosting|BlogPosting|LiveBlogPosting)$/.test(type);
}

// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Figure } from '../../../src/model/figure';
import type { ArticleMetadata } from '../../../src/model/article-metadata';
import type { ClippingDraft, DraftImage } from '../../../src/model/clipping-draft';
import { saveDraft } from '../../../src/background/save-clipping';
import { putAnnotation } from '../../../src/store/annotations-repository';
import { DB_NAME } from '../../../src/store/db-schema';
import { openReaderDb, type Db } from '../../../src/store/open-db';
import type { UserAnnotation } from '../../../src/model/stored-records';
import { isUserAnnotation } from '../../../src/store/validate-annotation';
import { exportLibrary, importLibrary, snapshot } from './round-trip-helpers';

// The save path only sends to a tab when asked to read one; these tests hand it the draft.
vi.mock('../../../src/messaging/send', () => ({ sendToTab: vi.fn() }));

/* Text a page can hold: any code point, decomposed (NFD) Vietnamese, emoji with joiners and
   skin tones, right-to-left text with bidi controls, and sometimes a lot of it. */
const pieces = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    'Thủy điện Lai Châu'.normalize('NFD'),
    '👩🏽‍🔬🇻🇳',
    'مرحبا بالعالم',
    '\u202Eevil\u202C',
    'שלום',
    '\u0000\u001f\u007f',
    '\uD800',
  ),
);
const text = fc
  .array(pieces, { maxLength: 4 })
  .map((parts) => parts.join(''))
  .chain((t) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(t) },
      { weight: 1, arbitrary: fc.constant(`${t}x`.repeat(12_000 / (t.length + 1) + 1)) },
    ),
  );
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const oddUrl = fc.constantFrom(
  'file:///home/an/bài viết.html',
  'about:reader?url=https%3A%2F%2Fvnexpress.net%2Fa',
  'moz-extension://abc/library.html',
  'android-app://com.example/https/example.com/a',
  'urn:isbn:9780000000000',
  'ftp://ftp.example.com/a.txt',
  'javascript:alert(1)',
  'data:text/html,<b>hi</b>',
  'not an address',
  `https://example.com/${'a'.repeat(9000)}`,
);
const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), oddUrl);

const metadata: fc.Arbitrary<ArticleMetadata> = fc.record({
  title: maybe(text),
  byline: maybe(text),
  authors: fc.array(text, { maxLength: 3 }),
  siteName: maybe(text),
  publishedTime: maybe(text),
  modifiedTime: maybe(text),
  canonicalUrl: maybe(url),
  lang: maybe(fc.oneof(fc.constantFrom('vi', 'en', 'ar'), text)),
  description: maybe(text),
  doi: maybe(text),
});

const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 2e9 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
);
const figure: fc.Arbitrary<Figure> = fc.record(
  {
    text,
    kind: fc.constantFrom('money', 'percent', 'quantity'),
    value: number,
    currency: text,
    unit: text,
    start: number,
    end: number,
  },
  { requiredKeys: ['text', 'kind', 'value', 'start', 'end'] },
);

const bytes = fc.uint8Array({ minLength: 1, maxLength: 64 });
const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const image: fc.Arbitrary<DraftImage> = fc
  .record({
    ref: fc.oneof(fc.uuid(), fc.constantFrom('', ' ', 'x'.repeat(300))),
    bytes,
    type: fc.constantFrom('image/png', 'IMAGE/JPEG', 'image/svg+xml', 'text/html', ''),
    source: fc.oneof(url, fc.constant('inline'), fc.constant('blob:https://example.com/1')),
    readable: fc.boolean(),
  })
  .map(({ ref, bytes: b, type, source, readable }) => {
    const dataUrl = `data:${type};base64,${base64(b)}`;
    // An inline image's address is its own data: URL, as article-copy.ts keeps it.
    return {
      ref,
      url: source === 'inline' ? dataUrl : source,
      dataUrl: readable ? dataUrl : null,
      ...(!readable && { problem: 'blocked' }),
    };
  });

const draft: fc.Arbitrary<ClippingDraft> = fc.record({
  url,
  canonicalUrl: maybe(url),
  metadata,
  html: text.map((t) => `<p>${t}</p>`),
  text,
  figures: fc.array(figure, { maxLength: 4 }),
  projects: fc.constant([]),
  images: fc.array(image, { maxLength: 3 }),
  wholePage: fc.boolean(),
});

const extras = fc.record({
  tags: fc.oneof(
    fc.array(text, { maxLength: 5 }),
    fc.integer({ min: 201, max: 1_200 }).map((n) => Array.from({ length: n }, (_, i) => `t${i}`)),
  ),
  note: text,
});

/** A highlight as an open tab sends it; the background stores only what `isUserAnnotation` passes. */
const annotation = fc.record({
  id: fc.uuid(),
  quote: text,
  note: text,
  color: fc.constantFrom('yellow', 'green', 'blue', 'pink'),
  start: fc.nat(1000),
  at: fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }),
});

async function wipe(db: Db): Promise<void> {
  db.close();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

describe('round-trip law', () => {
  it('whatever the save path writes, export → wipe → import gives back identically', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(draft, extras, fc.array(annotation, { maxLength: 2 })), {
          minLength: 1,
          maxLength: 3,
        }),
        async (saves) => {
          for (const [d, x, highlights] of saves) {
            const db = await openReaderDb();
            const key = (await import('../../../src/shared/canonical-key')).canonicalKey(
              d.url,
              d.canonicalUrl,
            );
            for (const h of highlights) {
              const a: UserAnnotation = {
                id: h.id,
                canonicalKey: key,
                clippingId: null,
                selectors: [
                  { type: 'TextQuoteSelector', exact: h.quote, prefix: '', suffix: '' },
                  { type: 'TextPositionSelector', start: h.start, end: h.start + h.quote.length },
                ],
                quote: h.quote,
                color: h.color,
                note: h.note,
                createdAt: h.at,
                updatedAt: h.at,
                orphan: false,
              };
              // What the background does with a highlight a tab sends.
              if (isUserAnnotation(a)) await putAnnotation(db, a);
            }
            db.close();
            const saved = await saveDraft({ ...d, html: d.html || '<p>x</p>' }, x);
            expect(saved.ok, saved.ok ? '' : saved.error).toBe(true);
          }
          const db = await openReaderDb();
          const before = await snapshot(db);
          const file = await exportLibrary(db);
          await wipe(db);
          const fresh = await openReaderDb();
          const summary = await importLibrary(fresh, file);
          expect(summary.ok, summary.ok ? '' : summary.error).toBe(true);
          expect(await snapshot(fresh)).toEqual(before);
          await wipe(fresh);
        },
      ),
      { numRuns: 25 },
    );
  });
});

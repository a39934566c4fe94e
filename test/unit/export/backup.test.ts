// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { serializeBackup, type BackupContents } from '../../../src/export/backup-format';
import { parseBackup } from '../../../src/export/validate-backup';
import { base64ToBytes, bytesToBase64 } from '../../../src/export/base64';
import type { StoredImage } from '../../../src/model/stored-records';
import { enClipping, viAnnotations, viClipping, viImages } from './export-fixtures';

function pngImage(size: number): StoredImage {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 7919) % 256;
  return {
    id: 'img-png',
    clippingId: 'clip-en',
    sourceUrl: 'https://reuters.com/a.png',
    blob: new Blob([bytes], { type: 'image/png' }),
  };
}

function contents(): BackupContents {
  return {
    clippings: [viClipping(), enClipping()],
    annotations: viAnnotations(),
    images: [...viImages(), pngImage(70_001)],
    settings: [
      { key: 'theme', value: 'dark' },
      { key: 'sites', value: { 'vnexpress.net': { hide: [true, false, null], score: 0.5 } } },
    ],
  };
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

async function validText(): Promise<string> {
  return serializeBackup(contents(), new Date(Date.UTC(2024, 5, 1)));
}

/** The backup as a plain object, to corrupt one field at a time. */
async function validObject(): Promise<Record<string, unknown>> {
  return JSON.parse(await validText()) as Record<string, unknown>;
}

function expectRefused(text: string, kind: string, path: string | null, message: RegExp): void {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  expect(result.error.kind).toBe(kind);
  expect(result.error.path).toBe(path);
  expect(result.error.message).toMatch(message);
}

describe('backup round trip', () => {
  it('reads back exactly what was written, images byte for byte', async () => {
    const original = contents();
    const result = parseBackup(await validText());
    if (!result.ok) throw new Error(result.error.message);
    const back = result.value;
    expect(back.exportedAt).toBe('2024-06-01T00:00:00.000Z');
    expect(back.clippings).toStrictEqual(original.clippings);
    expect(back.annotations).toStrictEqual(original.annotations);
    expect(back.settings).toStrictEqual(original.settings);
    expect(back.images).toHaveLength(2);
    for (const [i, image] of back.images.entries()) {
      const want = original.images[i]!;
      const { blob, ...fields } = image;
      const { blob: wantBlob, ...wantFields } = want;
      expect(fields).toStrictEqual(wantFields);
      expect(blob.type).toBe(wantBlob.type);
      expect(await bytesOf(blob)).toEqual(await bytesOf(wantBlob));
    }
  });

  it('accepts a byte order mark in front', async () => {
    expect(parseBackup('\uFEFF' + (await validText())).ok).toBe(true);
  });

  it('encodes 100 MB of image data without blowing the stack', () => {
    const bytes = new Uint8Array(100 * 1024 * 1024 + 1);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = i % 251;
    const text = bytesToBase64(bytes);
    expect(text.length).toBe(Math.ceil(bytes.length / 3) * 4);
    const back = base64ToBytes(text);
    expect(back.length).toBe(bytes.length);
    expect(back[4096 * 1000]).toBe(bytes[4096 * 1000]);
    expect(back[bytes.length - 1]).toBe(bytes[bytes.length - 1]);
  }, 60_000);
});

describe('refused backups', () => {
  it('says what is wrong with files that are not backups', async () => {
    const text = await validText();
    expectRefused('', 'empty', null, /empty/);
    expectRefused(text.slice(0, text.length / 2), 'not-json', null, /truncated/);
    expectRefused('<html>', 'not-json', null, /not valid JSON/);
    expectRefused('[1,2]', 'not-a-backup', '$', /not a Reader Assistant backup/);
    expectRefused(
      '{"format":"other"}',
      'not-a-backup',
      '$.format',
      /not a Reader Assistant backup/,
    );
  });

  it('tells the user a newer version made the file', async () => {
    const data = await validObject();
    data['version'] = 2;
    expectRefused(
      JSON.stringify(data),
      'newer-version',
      '$.version',
      /made by a newer version of Reader Assistant \(backup format 2\)/,
    );
    data['version'] = '1';
    expectRefused(JSON.stringify(data), 'invalid', '$.version', /expected 1/);
  });

  const DELETE = Symbol('delete');
  // [what, where (dot path), new value or DELETE, expected error path, expected message]
  type Corruption = [name: string, at: string, value: unknown, path: string, message: RegExp];
  const corruptions: Corruption[] = [
    [
      'html is not text',
      'clippings.0.html',
      { nodeType: 1 },
      '$.clippings[0].html',
      /expected text, found an object/,
    ],
    ['missing field', 'clippings.1.note', DELETE, '$.clippings[1].note', /missing field/],
    ['unknown field', 'annotations.0.extra', 1, '$.annotations[0].extra', /unknown field/],
    [
      'giant title',
      'clippings.0.metadata.title',
      'x'.repeat(10_001),
      '$.clippings[0].metadata.title',
      /too long \(10001 characters, at most 10000\)/,
    ],
    [
      'javascript: url',
      'clippings.0.url',
      'javascript:alert(1)',
      '$.clippings[0].url',
      /an absolute address/,
    ],
    [
      'image source that is no address',
      'images.0.sourceUrl',
      'photo.png',
      '$.images[0].sourceUrl',
      /an absolute address/,
    ],
    ['bad base64', 'images.1.dataBase64', 'not base64!', '$.images[1].dataBase64', /base64/],
    ['not an image type', 'images.0.type', 'text/html', '$.images[0].type', /image type/],
    [
      'colliding clipping ids',
      'clippings.1.id',
      'clip-vi',
      '$.clippings[1].id',
      /"clip-vi" is also used by \$\.clippings\[0\]/,
    ],
    [
      'colliding canonical keys',
      'clippings.1.canonicalKey',
      viClipping().canonicalKey,
      '$.clippings[1].canonicalKey',
      /also used/,
    ],
    ['colliding settings', 'settings.1.key', 'theme', '$.settings[1].key', /also used/],
    [
      'bad selector',
      'annotations.0.selectors.0.type',
      'CssSelector',
      '$.annotations[0].selectors[0].type',
      /TextQuoteSelector/,
    ],
    [
      'figure backwards',
      'clippings.0.figures.0.start',
      999,
      '$.clippings[0].figures[0]',
      /ends before it starts/,
    ],
    ['wrong colour', 'annotations.0.color', 'red', '$.annotations[0].color', /"yellow"/],
    ['fractional time', 'clippings.0.savedAt', 1.5, '$.clippings[0].savedAt', /whole number/],
    ['empty id', 'clippings.0.id', ' ', '$.clippings[0].id', /non-empty id/],
    [
      'deep setting',
      'settings.0.value',
      JSON.parse('['.repeat(40) + ']'.repeat(40)),
      '$.settings[0].value' + '[0]'.repeat(33),
      /nested too deeply/,
    ],
    [
      'list instead of object',
      'clippings.0.metadata',
      [],
      '$.clippings[0].metadata',
      /found a list/,
    ],
  ];

  it.each(corruptions)('refuses %s with the JSON path', async (_name, at, value, path, message) => {
    const data = await validObject();
    const steps = at.split('.');
    let target = data as Record<string, unknown>;
    for (const step of steps.slice(0, -1)) target = target[step] as Record<string, unknown>;
    const last = steps[steps.length - 1]!;
    if (value === DELETE) delete target[last];
    else target[last] = value;
    expectRefused(JSON.stringify(data), 'invalid', path, message);
  });

  it('refuses __proto__ keys anywhere', async () => {
    const text = await validText();
    const inClipping = text.replace(
      '"id":"clip-vi",',
      '"__proto__":{"polluted":true},"id":"clip-vi",',
    );
    expectRefused(
      inClipping,
      'invalid',
      '$.clippings[0].__proto__',
      /forbidden field name "__proto__"/,
    );
    const inSetting = text.replace('"value":"dark"', '"value":{"a":{"__proto__":{"x":1}}}');
    expectRefused(inSetting, 'invalid', '$.settings[0].value.a.__proto__', /forbidden/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses numbers that overflow to Infinity', async () => {
    const text = (await validText()).replace('"value":202600000000', '"value":1e400');
    expectRefused(text, 'invalid', '$.clippings[0].figures[0].value', /expected a number/);
  });
});

describe('parseBackup never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(parseBackup(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary JSON, with or without the backup header', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, header) => {
        const doc =
          header && typeof value === 'object' && value !== null && !Array.isArray(value)
            ? { ...value, format: 'reader-assistant-backup', version: 1 }
            : value;
        const result = parseBackup(JSON.stringify(doc) ?? 'null');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('on a valid backup with one field replaced by arbitrary JSON', async () => {
    const base = await validObject();
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (typeof v === 'object' && v !== null)
        for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.jsonValue(),
        (path, replacement) => {
          const copy = structuredClone(base) as Record<string | number, unknown>;
          let target: Record<string | number, unknown> = copy;
          for (const step of path.slice(0, -1))
            target = target[step] as Record<string | number, unknown>;
          target[path[path.length - 1]!] = replacement;
          const result = parseBackup(JSON.stringify(copy));
          if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 500 },
    );
  });
});

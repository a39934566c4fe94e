// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { zipFolder } from '../../../scripts/store-packages';
import {
  askedPermissions,
  isStoreVersion,
  justifiedPermissions,
  pngSize,
} from '../../../scripts/store-rules';

/**
 * The Chrome package as `npm run package` zips it. `npm test` builds before the unit tests;
 * run alone, this builds dist/chrome itself if it is missing.
 */
let files: Record<string, Uint8Array>;
let manifest: Record<string, unknown>;
beforeAll(() => {
  if (!existsSync('dist/chrome/manifest.json'))
    execFileSync('npx', ['vite', 'build', '--mode', 'chrome'], { stdio: 'ignore' });
  files = unzipSync(zipFolder('dist/chrome'));
  manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<
    string,
    unknown
  >;
}, 120000);

describe('the rules the package is checked against', () => {
  it('accepts only 1–4 dot-separated integers up to 65535 as a version', () => {
    for (const ok of ['1', '0.1.0', '1.2.3.4', '65535.0'])
      expect(isStoreVersion(ok), ok).toBe(true);
    for (const bad of ['', '1.2.3.4.5', '1.02', '0.1.0-beta', 'v1', '1..2', '65536'])
      expect(isStoreVersion(bad), bad).toBe(false);
  });

  it('reads a PNG size from its header and refuses other bytes', () => {
    const header = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
      48, 0, 0, 0, 32,
    ]);
    expect(pngSize(header)).toEqual({ width: 48, height: 32 });
    expect(pngSize(new TextEncoder().encode('GIF89a............................'))).toBeNull();
  });

  it('finds the justified permissions in a listing, and only in their section', () => {
    const listing =
      '## Listing\n\n- `tabs`: not a justification\n\n## Permission justifications\n\n' +
      '- `storage`: keeps the\n  switches.\n- `activeTab`: the tab clicked.\n\n## Other\n- `x`: y\n';
    expect([...justifiedPermissions(listing)]).toEqual([
      ['storage', 'keeps the switches.'],
      ['activeTab', 'the tab clicked.'],
    ]);
  });
});

describe('the Chrome Web Store package (dist/chrome zipped)', () => {
  it('has manifest version 3 and a version the Web Store accepts', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(isStoreVersion(String(manifest.version)), String(manifest.version)).toBe(true);
  });

  it('has the 16, 32, 48 and 128 pixel icons at their sizes, in the package', () => {
    const icons = manifest.icons as Record<string, string>;
    for (const size of ['16', '32', '48', '128']) {
      const path = icons[size];
      expect(path, `icon ${size}`).toBeTruthy();
      const bytes = files[path ?? ''];
      expect(bytes, `${path} in the zip`).toBeDefined();
      expect(pngSize(bytes ?? new Uint8Array()), path).toEqual({
        width: Number(size),
        height: Number(size),
      });
    }
    const action = (manifest.action as { default_icon: Record<string, string> }).default_icon;
    for (const [size, path] of Object.entries(action))
      expect(pngSize(files[path] ?? new Uint8Array()), path).toEqual({
        width: Number(size),
        height: Number(size),
      });
  });

  it('asks only for permissions justified in docs/store-listing.md, and justifies no others', () => {
    const justified = justifiedPermissions(readFileSync('docs/store-listing.md', 'utf8'));
    const asked = askedPermissions(manifest);
    expect(asked.length).toBeGreaterThan(0);
    const unjustified = asked.filter((p) => (justified.get(p) ?? '').length < 40);
    expect(unjustified, 'permissions without a justification of a sentence or more').toEqual([]);
    expect(
      [...justified.keys()].filter((p) => !asked.includes(p)),
      'justified but not asked for',
    ).toEqual([]);
  });

  it('declares every file the manifest names, and keeps no source maps or TypeScript', () => {
    const named = [
      manifest.action && (manifest.action as { default_popup: string }).default_popup,
      (manifest.background as { service_worker: string }).service_worker,
    ];
    for (const path of named) expect(files[String(path)], String(path)).toBeDefined();
    const stray = Object.keys(files).filter((f) => /\.(map|ts|tsx)$/.test(f));
    expect(stray).toEqual([]);
  });
});

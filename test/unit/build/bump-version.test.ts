// @vitest-environment node
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bumpVersion } from '../../../scripts/bump-version';

let dir: string;
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;

beforeEach(() => {
  // A copy of the repository's own files, so the test sees their real shape.
  dir = mkdtempSync(join(tmpdir(), 'ra-bump-'));
  for (const file of ['package.json', 'package-lock.json', 'manifest.json', 'CHANGELOG.md'])
    copyFileSync(file, join(dir, file));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bumpVersion', () => {
  it('sets package.json, both versions in package-lock.json and manifest.json together', () => {
    const before = (json('package.json') as { version: string }).version;
    const next = before.replace(/\d+$/, (n) => String(Number(n) + 1));
    const lockBefore = read('package-lock.json');
    const manifestBefore = read('manifest.json');

    const bumped = bumpVersion(dir, next);

    expect(bumped).toMatchObject({ from: before, to: next });
    expect(json('package.json').version).toBe(next);
    const lock = json('package-lock.json') as {
      version: string;
      packages: Record<string, { version?: string }>;
    };
    expect(lock.version).toBe(next);
    expect(lock.packages['']?.version).toBe(next);
    expect(json('manifest.json').version).toBe(next);
    // Only the version strings changed: dependencies' versions and the formatting are intact.
    const changed = (a: string, b: string) => {
      const old = b.split('\n');
      return a.split('\n').filter((line, i) => line !== old[i]);
    };
    expect(changed(read('package-lock.json'), lockBefore)).toHaveLength(2);
    expect(changed(read('manifest.json'), manifestBefore)).toEqual([`  "version": "${next}",`]);
  });

  it('opens the version in CHANGELOG.md under a fresh Unreleased section', () => {
    writeFileSync(
      join(dir, 'CHANGELOG.md'),
      '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- A thing.\n\n## [0.1.0] - 2026-11-01\n',
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '0.1.0' }));
    writeFileSync(
      join(dir, 'package-lock.json'),
      JSON.stringify({ version: '0.1.0', packages: { '': { version: '0.1.0' } } }),
    );
    bumpVersion(dir, '0.2.0', new Date('2026-12-07T12:00:00Z'));
    expect(read('CHANGELOG.md')).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-07\n\n### Added\n\n- A thing.\n\n## [0.1.0] - 2026-11-01\n',
    );
  });

  it('refuses a version that is not x.y.z or not higher, and changes nothing then', () => {
    const before = read('manifest.json');
    const current = (json('package.json') as { version: string }).version;
    for (const bad of ['0.2', '1.0.0-beta', 'v1.0.0', '01.0.0', current, '0.0.1'])
      expect(() => bumpVersion(dir, bad), bad).toThrow();
    expect(read('manifest.json')).toBe(before);
  });
});

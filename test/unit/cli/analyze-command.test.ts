import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const run = (args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { encoding: 'utf8', timeout: 60000 });

const labels = JSON.parse(readFileSync('test/fixtures/seed/seed-laichau.labels.json', 'utf8')) as {
  figures: { text: string; kind: string; value: number; currency?: string; unit?: string }[];
  projects: { text: string; name: string }[];
};

// Each case spawns `tsx`; on a loaded 2-core machine that alone can take most of 20 s.
vi.setConfig({ testTimeout: 90_000 });

describe('npm run analyze', () => {
  it('prints one JSON object per file, in order, with figures and projects, and an error object for a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ra-analyze-'));
    const broken = join(dir, 'broken.html');
    writeFileSync(broken, Buffer.from([0xff, 0xfe, 0x00, 0x3c, 0x00]));
    const result = run([
      'test/fixtures/seed/laichau.html',
      join(dir, 'missing.html'),
      'test/fixtures/e2e/home.html',
    ]);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([
      'test/fixtures/seed/laichau.html',
      join(dir, 'missing.html'),
      'test/fixtures/e2e/home.html',
    ]);
    const [seed, missing, home] = lines as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    expect(seed.isArticle).toBe(true);
    // The model's score is printed beside the verdict.
    expect(seed.score).toBeGreaterThan(0.5);
    expect(seed.borderline).toBe(false);
    expect(seed.lang).toBe('vi');
    const figures = seed.figures as {
      text: string;
      kind: string;
      value: number;
      currency?: string;
      unit?: string;
    }[];
    expect(figures.map((f) => [f.text, f.kind, f.value, f.currency ?? f.unit])).toEqual(
      labels.figures.map((f) => [f.text, f.kind, f.value, f.currency ?? f.unit]),
    );
    const projects = seed.projects as { text: string; name: string }[];
    expect(projects.map((p) => p.name)).toEqual(labels.projects.map((p) => p.name));
    expect(String(seed.text)).toContain('5,446 triệu USD');
    expect(String(seed.text)).not.toContain('Tin mới nhất');
    expect(missing.error).toMatch(/ENOENT|no such file/);
    // Not an article, so nothing is hidden; figures are still read from its main text, as the
    // extension does when highlighting is switched on (one rule: see analyze-document.ts).
    expect(home.isArticle).toBe(false);
    expect(home.score).toBeLessThan(0.5);
    expect((home.figures as { text: string }[]).map((f) => f.text)).toContain('600 MW');
  });

  it('exits non-zero with a usage message only for usage errors', () => {
    const none = run([]);
    expect(none.status).not.toBe(0);
    expect(none.stderr).toContain('usage');
    const badOption = run(['--nope', 'x.html']);
    expect(badOption.status).not.toBe(0);
    expect(
      execFileSync('npx', ['tsx', 'scripts/analyze.ts', '--help'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ).toBe('');
  });
});

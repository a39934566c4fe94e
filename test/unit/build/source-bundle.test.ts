// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildSteps, sourceFiles, zipSources } from '../../../scripts/store-packages';

describe('the AMO source bundle', () => {
  const files = sourceFiles('.');

  it('holds what the build reads: manifest, lock file, pages, configs, src, scripts, locales, icons', () => {
    for (const file of [
      'package.json',
      'package-lock.json',
      'manifest.json',
      'popup.html',
      'library.html',
      'welcome.html',
      'offscreen.html',
      'highlight-toolbar.html',
      'vite.config.ts',
      'tsconfig.json',
      'README.md',
      'scripts/manifest-for.ts',
      'scripts/vite-plugin-article-module.ts',
      'scripts/vite-plugin-no-raw-html.ts',
      'scripts/vite-plugin-parse-markup.ts',
      'src/entries/background.ts',
      'public/_locales/vi/messages.json',
      'icons/icon-128.png',
    ])
      expect(files, file).toContain(file);
  });

  it('leaves out installed packages, build output, caches, tests and third-party pages', () => {
    const stray = files.filter((f) =>
      /^(node_modules|dist|demo|artifacts|test|bench|docs|\.git|\.vite|\.cache)(\/|$)/.test(f),
    );
    expect(stray).toEqual([]);
  });

  it('puts everything under one folder with BUILD.md naming the commands', () => {
    const { zip } = zipSources('.', buildSteps('20.20.2', '11.0.0'));
    const entries = unzipSync(zip);
    expect(Object.keys(entries).every((name) => name.startsWith('reader-assistant/'))).toBe(true);
    const steps = strFromU8(entries['reader-assistant/BUILD.md'] ?? new Uint8Array());
    expect(steps).toContain('npm ci');
    expect(steps).toContain('npm run build:firefox');
    expect(steps).toContain('dist/firefox/');
    expect(steps).toContain('Node.js 20.20.2');
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import { GECKO_ID, manifestFor } from '../../../scripts/manifest-for';

describe('manifestFor', () => {
  it('asks Chrome for structured-clone messaging: the page copy is then copied, not escaped', () => {
    const chrome = manifestFor(baseManifest, 'chrome') as Record<string, unknown>;
    expect(chrome.message_serialization).toBe('structured_clone');
    expect(chrome.permissions).toContain('offscreen');
  });

  it('gives Firefox its own background shape and id, and no Chrome-only keys', () => {
    const firefox = manifestFor(baseManifest, 'firefox') as Record<string, unknown>;
    expect(firefox.message_serialization).toBeUndefined();
    expect(firefox.permissions).not.toContain('offscreen');
    expect(firefox.background).toEqual({ scripts: ['src/entries/background.ts'], type: 'module' });
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID } });
  });

  it('makes the highlight toolbar web-accessible at a dynamic URL in Chrome, and without the key Firefox refuses', () => {
    type Resource = { resources: string[]; matches: string[]; use_dynamic_url?: boolean };
    const resources = (browser: 'chrome' | 'firefox') =>
      (manifestFor(baseManifest, browser) as { web_accessible_resources: Resource[] })
        .web_accessible_resources;
    expect(resources('chrome')).toEqual([
      {
        resources: ['highlight-toolbar.html'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ]);
    expect(resources('firefox')).toEqual([
      { resources: ['highlight-toolbar.html'], matches: ['http://*/*', 'https://*/*'] },
    ]);
  });

  it('leaves the source manifest as it was', () => {
    const before = JSON.stringify(baseManifest);
    manifestFor(baseManifest, 'chrome');
    manifestFor(baseManifest, 'firefox');
    expect(JSON.stringify(baseManifest)).toBe(before);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findBrowser, notFoundMessage, type BrowserProbe } from '../../../scripts/find-browser';

/** A machine with exactly these files and these commands on its PATH. */
function machine(
  platform: NodeJS.Platform,
  files: string[],
  commands: Record<string, string> = {},
  env: Record<string, string> = {},
): BrowserProbe {
  return {
    platform,
    env,
    exists: (path) => files.includes(path),
    which: (command) => commands[command] ?? null,
  };
}

describe('findBrowser', () => {
  it('finds Google Chrome in /Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const search = findBrowser(machine('darwin', [chrome], {}, { HOME: '/Users/an' }));
    expect(search.found).toEqual({ family: 'chromium', name: 'Google Chrome', path: chrome });
  });

  it("finds Brave in the user's own ~/Applications on macOS", () => {
    const brave = '/Users/an/Applications/Brave Browser.app/Contents/MacOS/Brave Browser';
    const search = findBrowser(machine('darwin', [brave], {}, { HOME: '/Users/an' }));
    expect(search.found?.name).toBe('Brave');
    expect(search.found?.path).toBe(brave);
  });

  it('finds Edge under Program Files (x86) on Windows', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const search = findBrowser(machine('win32', [edge], {}, { PROGRAMFILES: 'C:\\Program Files' }));
    expect(search.found).toEqual({ family: 'chromium', name: 'Microsoft Edge', path: edge });
  });

  it('finds a per-user Chrome in LocalAppData on Windows', () => {
    const chrome = 'C:\\Users\\an\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const search = findBrowser(
      machine('win32', [chrome], {}, { LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local' }),
    );
    expect(search.found?.name).toBe('Google Chrome');
  });

  it('finds Google Chrome on Linux by its command name when it is not in a usual folder', () => {
    const search = findBrowser(
      machine('linux', [], { 'google-chrome-stable': '/home/an/bin/google-chrome-stable' }),
    );
    expect(search.found).toEqual({
      family: 'chromium',
      name: 'Google Chrome',
      path: '/home/an/bin/google-chrome-stable',
    });
  });

  it('prefers Chromium over Firefox when both are installed', () => {
    const search = findBrowser(machine('linux', ['/usr/bin/firefox-esr', '/usr/bin/chromium']));
    expect(search.found?.path).toBe('/usr/bin/chromium');
  });

  it('falls back to Firefox ESR on Linux when no Chromium-family browser is there', () => {
    const search = findBrowser(machine('linux', ['/usr/bin/firefox-esr']));
    expect(search.found).toEqual({
      family: 'firefox',
      name: 'Firefox ESR',
      path: '/usr/bin/firefox-esr',
    });
    expect(search.lookedAt).toContain('/opt/google/chrome/chrome');
  });

  it('falls back to Firefox on macOS and Windows', () => {
    const mac = '/Applications/Firefox.app/Contents/MacOS/firefox';
    expect(findBrowser(machine('darwin', [mac])).found?.family).toBe('firefox');
    const win = 'C:\\Program Files\\Mozilla Firefox\\firefox.exe';
    expect(findBrowser(machine('win32', [win])).found?.path).toBe(win);
  });

  it('uses Firefox when asked to, even with Chromium installed', () => {
    const search = findBrowser(machine('linux', ['/usr/bin/chromium', '/usr/bin/firefox']), {
      firefox: true,
    });
    expect(search.found?.path).toBe('/usr/bin/firefox');
    expect(search.lookedAt.some((place) => place.includes('chromium'))).toBe(false);
  });

  it('lets CHROME_PATH win over the usual places, and reports it when it is wrong', () => {
    const probe = machine(
      'linux',
      ['/usr/bin/chromium', '/srv/chrome'],
      {},
      {
        CHROME_PATH: '/srv/chrome',
      },
    );
    expect(findBrowser(probe).found?.path).toBe('/srv/chrome');
    const wrong = machine('linux', ['/usr/bin/chromium'], {}, { CHROME_PATH: '/srv/none' });
    const search = findBrowser(wrong);
    expect(search.found).toBeNull();
    expect(notFoundMessage(search, 'linux')).toContain('/srv/none (CHROME_PATH)');
  });

  it('names every path and command it looked for when nothing is installed', () => {
    const search = findBrowser(machine('linux', []));
    expect(search.found).toBeNull();
    const message = notFoundMessage(search, 'linux');
    for (const place of [
      '/usr/bin/chromium',
      '`google-chrome-beta` on the PATH',
      '/opt/microsoft/msedge/msedge',
      '`brave-browser` on the PATH',
      '/usr/bin/firefox-esr',
      '`firefox` on the PATH',
    ])
      expect(message).toContain(place);
    expect(message).toContain('CHROME_PATH');
  });
});

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

/** Where each browser lives on each system, with nothing else installed. */
const EVERY_PLACE: [NodeJS.Platform, string, string, Record<string, string>][] = [
  ['linux', 'Google Chrome', '/opt/google/chrome/chrome', {}],
  ['linux', 'Google Chrome Beta', '/opt/google/chrome-beta/chrome', {}],
  ['linux', 'Microsoft Edge', '/opt/microsoft/msedge/msedge', {}],
  ['linux', 'Brave', '/opt/brave.com/brave/brave', {}],
  ['linux', 'Chromium', '/snap/bin/chromium', {}],
  ['darwin', 'Google Chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', {}],
  [
    'darwin',
    'Google Chrome Beta',
    '/Applications/Google Chrome Beta.app/Contents/MacOS/Google Chrome Beta',
    {},
  ],
  [
    'darwin',
    'Microsoft Edge',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    {},
  ],
  ['darwin', 'Brave', '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser', {}],
  ['darwin', 'Chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium', {}],
  ['win32', 'Google Chrome', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', {}],
  [
    'win32',
    'Google Chrome Beta',
    'C:\\Program Files\\Google\\Chrome Beta\\Application\\chrome.exe',
    {},
  ],
  [
    'win32',
    'Microsoft Edge',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    {},
  ],
  [
    'win32',
    'Brave',
    'D:\\Apps\\BraveSoftware\\Brave-Browser\\Application\\brave.exe',
    { PROGRAMFILES: 'D:\\Apps' },
  ],
  [
    'win32',
    'Chromium',
    'C:\\Users\\an\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    {
      LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local',
    },
  ],
];

describe('findBrowser: every Chromium-family browser in its usual place', () => {
  it.each(EVERY_PLACE)('%s: %s at %s, with Firefox installed too', (platform, name, path, env) => {
    const firefox =
      platform === 'darwin'
        ? '/Applications/Firefox.app/Contents/MacOS/firefox'
        : platform === 'win32'
          ? 'C:\\Program Files\\Mozilla Firefox\\firefox.exe'
          : '/usr/bin/firefox-esr';
    const search = findBrowser(machine(platform, [firefox, path], {}, env));
    expect(search.found).toEqual({ family: 'chromium', name, path });
  });

  it('on a Linux machine with only Google Chrome, uses Chrome (stable before beta)', () => {
    const stable = '/opt/google/chrome/chrome';
    const beta = '/opt/google/chrome-beta/chrome';
    expect(findBrowser(machine('linux', [beta, stable])).found?.path).toBe(stable);
    expect(findBrowser(machine('linux', [beta])).found?.name).toBe('Google Chrome Beta');
  });

  it('CHROME_PATH wins on Windows and macOS too, over a browser in its usual place', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const own = 'E:\\portable\\chrome.exe';
    const found = findBrowser(machine('win32', [chrome, own], {}, { CHROME_PATH: own })).found;
    expect(found).toEqual({ family: 'chromium', name: 'CHROME_PATH', path: own });
    const mac = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    const macOwn = '/opt/chromium-dev/Chromium';
    expect(
      findBrowser(machine('darwin', [mac, macOwn], {}, { CHROME_PATH: macOwn })).found?.path,
    ).toBe(macOwn);
  });

  it('FIREFOX_PATH wins when Firefox is asked for', () => {
    const search = findBrowser(
      machine(
        'linux',
        ['/usr/bin/firefox-esr', '/opt/ff/firefox'],
        {},
        {
          FIREFOX_PATH: '/opt/ff/firefox',
        },
      ),
      { firefox: true },
    );
    expect(search.found).toEqual({
      family: 'firefox',
      name: 'FIREFOX_PATH',
      path: '/opt/ff/firefox',
    });
  });

  it.each([
    [
      'darwin',
      [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Firefox.app/Contents/MacOS/firefox',
        'Applications',
      ],
    ],
    [
      'win32',
      [
        'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
        'Mozilla Firefox\\firefox.exe',
      ],
    ],
  ] as const)('on %s, the failure message names the places it looked at', (platform, places) => {
    const search = findBrowser(machine(platform, []));
    expect(search.found).toBeNull();
    const message = notFoundMessage(search, platform);
    for (const place of places) expect(message).toContain(place);
    expect(message).toContain('FIREFOX_PATH');
  });
});

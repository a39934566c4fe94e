/**
 * Finds a browser the demo can load the extension into: a Chromium-family browser first
 * (Chromium, Google Chrome stable/beta, Edge, Brave), then Firefox. Pure: the file system, the
 * PATH lookup, the platform and the environment come in as a `BrowserProbe`, so the search can
 * be tested for any operating system on this one.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

export type BrowserFamily = 'chromium' | 'firefox';

export interface FoundBrowser {
  family: BrowserFamily;
  /** What the reader would call it, e.g. "Google Chrome". */
  name: string;
  path: string;
}

/** What the search may ask of the machine. */
export interface BrowserProbe {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether an executable file exists at `path`. */
  exists(path: string): boolean;
  /** The full path of a command name on the PATH (`which`), or null. */
  which(command: string): string | null;
}

/** One place to look: a full path, or a command name looked up on the PATH. */
interface Candidate {
  family: BrowserFamily;
  name: string;
  path?: string;
  command?: string;
}

type LinuxPlace = [name: string, path: string | null, command: string | null];

const LINUX_CHROMIUM: Candidate[] = (
  [
    ['Chromium', '/usr/bin/chromium', 'chromium'],
    ['Chromium', '/usr/bin/chromium-browser', 'chromium-browser'],
    ['Chromium', '/snap/bin/chromium', null],
    ['Google Chrome', '/opt/google/chrome/chrome', 'google-chrome-stable'],
    ['Google Chrome', '/usr/bin/google-chrome', 'google-chrome'],
    ['Google Chrome Beta', '/opt/google/chrome-beta/chrome', 'google-chrome-beta'],
    ['Microsoft Edge', '/opt/microsoft/msedge/msedge', 'microsoft-edge-stable'],
    ['Microsoft Edge', '/usr/bin/microsoft-edge', 'microsoft-edge'],
    ['Brave', '/opt/brave.com/brave/brave', 'brave-browser'],
    ['Brave', '/usr/bin/brave-browser', 'brave'],
  ] satisfies LinuxPlace[]
).flatMap(([name, path, command]) => linuxEntry('chromium', name, path, command));

const LINUX_FIREFOX: Candidate[] = (
  [
    ['Firefox ESR', '/usr/bin/firefox-esr', 'firefox-esr'],
    ['Firefox', '/usr/bin/firefox', 'firefox'],
    ['Firefox', '/snap/bin/firefox', null],
  ] satisfies LinuxPlace[]
).flatMap(([name, path, command]) => linuxEntry('firefox', name, path, command));

function linuxEntry(
  family: BrowserFamily,
  name: string,
  path: string | null,
  command: string | null,
): Candidate[] {
  return [
    ...(path ? [{ family, name, path }] : []),
    ...(command ? [{ family, name, command }] : []),
  ];
}

/** macOS apps, looked for in /Applications and in the user's own ~/Applications. */
const MAC_APPS: [BrowserFamily, string, string][] = [
  ['chromium', 'Chromium', 'Chromium.app/Contents/MacOS/Chromium'],
  ['chromium', 'Google Chrome', 'Google Chrome.app/Contents/MacOS/Google Chrome'],
  ['chromium', 'Google Chrome Beta', 'Google Chrome Beta.app/Contents/MacOS/Google Chrome Beta'],
  ['chromium', 'Microsoft Edge', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
  ['chromium', 'Brave', 'Brave Browser.app/Contents/MacOS/Brave Browser'],
  ['firefox', 'Firefox', 'Firefox.app/Contents/MacOS/firefox'],
];

/** Windows installs, under Program Files (both), or the user's LocalAppData for per-user ones. */
const WINDOWS_APPS: [BrowserFamily, string, string][] = [
  ['chromium', 'Chromium', 'Chromium\\Application\\chrome.exe'],
  ['chromium', 'Google Chrome', 'Google\\Chrome\\Application\\chrome.exe'],
  ['chromium', 'Google Chrome Beta', 'Google\\Chrome Beta\\Application\\chrome.exe'],
  ['chromium', 'Microsoft Edge', 'Microsoft\\Edge\\Application\\msedge.exe'],
  ['chromium', 'Brave', 'BraveSoftware\\Brave-Browser\\Application\\brave.exe'],
  ['firefox', 'Firefox', 'Mozilla Firefox\\firefox.exe'],
];

function candidatesFor(probe: BrowserProbe, family: BrowserFamily): Candidate[] {
  const { platform, env } = probe;
  if (platform === 'darwin') {
    const roots = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    return MAC_APPS.filter(([f]) => f === family).flatMap(([, name, app]) =>
      roots.map((root) => ({ family, name, path: posix.join(root, app) })),
    );
  }
  if (platform === 'win32') {
    const roots = [
      env.PROGRAMFILES ?? 'C:\\Program Files',
      env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
      ...(env.LOCALAPPDATA ? [env.LOCALAPPDATA] : []),
    ];
    return WINDOWS_APPS.filter(([f]) => f === family).flatMap(([, name, app]) =>
      roots.map((root) => ({ family, name, path: win32.join(root, app) })),
    );
  }
  return family === 'chromium' ? LINUX_CHROMIUM : LINUX_FIREFOX;
}

export type BrowserSearch =
  { found: FoundBrowser; lookedAt: string[] } | { found: null; lookedAt: string[] };

/**
 * The first browser found, Chromium-family before Firefox unless `firefox` is asked for.
 * `CHROME_PATH` (or `FIREFOX_PATH` for Firefox) wins over every well-known place: a reader who
 * set it means that browser, so a wrong value is reported rather than passed over.
 */
export function findBrowser(
  probe: BrowserProbe,
  options: { firefox?: boolean } = {},
): BrowserSearch {
  const lookedAt: string[] = [];
  const families: BrowserFamily[] = options.firefox ? ['firefox'] : ['chromium', 'firefox'];
  for (const family of families) {
    const variable = family === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH';
    const chosen = probe.env[variable];
    if (chosen) {
      lookedAt.push(`${chosen} (${variable})`);
      if (probe.exists(chosen))
        return { found: { family, name: variable, path: chosen }, lookedAt };
      return { found: null, lookedAt };
    }
    for (const candidate of candidatesFor(probe, family)) {
      if (candidate.path) {
        lookedAt.push(candidate.path);
        if (probe.exists(candidate.path))
          return { found: { family, name: candidate.name, path: candidate.path }, lookedAt };
      } else if (candidate.command) {
        lookedAt.push(`\`${candidate.command}\` on the PATH`);
        const path = probe.which(candidate.command);
        if (path) return { found: { family, name: candidate.name, path }, lookedAt };
      }
    }
  }
  return { found: null, lookedAt };
}

/** What to tell a reader when no browser was found: every place looked at, and what to do. */
export function notFoundMessage(search: BrowserSearch, platform: NodeJS.Platform): string {
  const install =
    platform === 'darwin'
      ? 'Install Google Chrome, Chromium, Edge, Brave or Firefox into /Applications'
      : platform === 'win32'
        ? 'Install Google Chrome, Edge, Brave, Chromium or Firefox'
        : 'Install one, e.g.  sudo apt-get install chromium   or   sudo apt-get install firefox-esr';
  return [
    'Reader Assistant demo: no browser found. Looked for:',
    ...search.lookedAt.map((place) => `  ${place}`),
    `${install},`,
    'or point CHROME_PATH (Chromium family) or FIREFOX_PATH (with --firefox) at its executable.',
  ].join('\n');
}

/** The probe of this machine: the real file system, PATH and platform. */
export function systemProbe(): BrowserProbe {
  const platform = process.platform;
  return {
    platform,
    env: process.env,
    exists: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false,
    which: (command) => {
      const lookup = spawnSync(platform === 'win32' ? 'where' : 'which', [command], {
        encoding: 'utf8',
      });
      const first = lookup.status === 0 ? lookup.stdout.split(/\r?\n/)[0]?.trim() : '';
      return first ? first : null;
    },
  };
}

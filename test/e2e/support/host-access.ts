import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestPage } from './extension-browser';

/** The optional host access automatic detection asks for (manifest.json). */
export const HOST_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * Whether a session starts with the host access granted (the user switched automatic detection
 * on; what the existing scenarios assume) or without it (per-click mode, a fresh install).
 */
export type HostAccess = 'granted' | 'none';

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, as letters a–p. */
export function unpackedExtensionId(absoluteDir: string): string {
  const hex = createHash('sha256').update(absoluteDir).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/**
 * Chromium: records host access as granted in a profile, as Chromium stores an accepted
 * `permissions.request` prompt (`extensions.settings.<id>.granted_permissions` and
 * `active_permissions` in `Default/Preferences`). Playwright cannot click the browser's
 * permission prompt, no command-line switch accepts it (Chromium 156), and
 * `chrome.developerPrivate` only toggles withheld *required* hosts; but Chromium reads these
 * preferences at start-up, before (or without) a first install, and Debian's Chromium does not
 * enforce MACs on them. Written before launch, the extension starts with the access granted.
 */
export function grantInChromiumProfile(profileDir: string, extensionDir: string): void {
  const file = join(profileDir, 'Default', 'Preferences');
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  const prefs = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as {
    extensions?: { settings?: Record<string, Record<string, unknown>> };
  };
  const settings = ((prefs.extensions ??= {}).settings ??= {});
  const entry = (settings[unpackedExtensionId(extensionDir)] ??= {});
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = (entry[key] ?? {}) as Record<string, string[]>;
    entry[key] = {
      api: set.api ?? [],
      manifest_permissions: set.manifest_permissions ?? [],
      scriptable_host: set.scriptable_host ?? [],
      explicit_host: [...new Set([...(set.explicit_host ?? []), ...HOST_ORIGINS])],
    };
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/**
 * Switches automatic detection on the way a user does on the welcome page: a real click on the
 * switch, whose handler calls `permissions.request`. (Firefox runs with
 * `extensions.webextOptionalPermissionPrompts` off, so the request is granted without its
 * doorhanger, which a test cannot click.) Waits until the page shows the automatic mode, i.e.
 * the background has registered the detector.
 */
export async function switchOnInWelcomePage(welcome: TestPage, url: string): Promise<void> {
  await welcome.goto(url);
  await welcome.waitFor(
    () =>
      document.querySelector('[data-testid="detection"]')?.getAttribute('data-mode') ===
      'per-click',
    null,
  );
  await welcome.click('[data-testid="auto-detect"]');
  await welcome.waitFor(
    () =>
      document.querySelector('[data-testid="detection"]')?.getAttribute('data-mode') ===
      'automatic',
    null,
  );
}

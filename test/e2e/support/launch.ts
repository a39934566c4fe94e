import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { ExtensionBrowser } from './extension-browser';
import type { HostAccess } from './host-access';

export type BrowserName = ExtensionBrowser['name'];
export const BROWSER_NAMES: BrowserName[] = ['chromium', 'firefox'];

/**
 * Launches `name` with the built extension; `hostAccess` says whether automatic detection is
 * on. `extension: false` launches the same browser without it (the baseline of visual checks);
 * `lang` and `colorScheme` set the browser's UI language and prefers-color-scheme.
 */
export function launch(
  name: BrowserName,
  hostAccess: HostAccess,
  options: { extension?: boolean; lang?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const all = { hostAccess, ...options };
  return name === 'chromium' ? launchChromium(all) : launchFirefox(all);
}

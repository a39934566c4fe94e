import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { ExtensionBrowser } from './extension-browser';
import type { HostAccess } from './host-access';

export type BrowserName = ExtensionBrowser['name'];
export const BROWSER_NAMES: BrowserName[] = ['chromium', 'firefox'];

/** Launches `name` with the built extension; `hostAccess` says whether automatic detection is on. */
export function launch(name: BrowserName, hostAccess: HostAccess): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium({ hostAccess }) : launchFirefox({ hostAccess });
}

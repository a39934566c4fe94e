import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { ExtensionBrowser } from './extension-browser';

export type BrowserName = ExtensionBrowser['name'];
export const BROWSER_NAMES: BrowserName[] = ['chromium', 'firefox'];

export function launch(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { ExtensionBrowser } from './extension-browser';

export type BrowserName = ExtensionBrowser['name'];
export const BROWSER_NAMES: BrowserName[] = ['chromium', 'firefox'];

/** `name` with the built extension, or (`extension: false`) the same browser without it. */
export function launch(
  name: BrowserName,
  options: { extension?: boolean } = {},
): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

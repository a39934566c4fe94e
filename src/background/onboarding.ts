import { browser } from '../platform/browser-api';

/** The onboarding page (welcome.html): what the extension does, and the automatic-detection switch. */
export const WELCOME_PAGE = 'welcome.html';

/**
 * Opens the welcome page on a fresh install (not on updates or browser updates): host access is
 * optional, so this is where the user learns the extension works per click and can switch
 * automatic detection on, in a page whose click may ask for the permission.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  });
}

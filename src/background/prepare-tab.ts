import { err, messageOf, ok, type Result } from '../shared/result';
import { browser } from '../platform/browser-api';
import { DETECTOR_FILE } from './article-module-file';

/**
 * Puts the detector into a tab the user has just acted on (popup, keyboard shortcut, context
 * menu), so the extension works there without host access: each of those grants `activeTab`
 * for the tab. Where the detector already runs (registered, or injected before) its guard makes
 * this a no-op. Fails as a value on pages no extension may script (browser pages, the web
 * store) or when the tab is no longer the one the user acted on.
 */
export async function prepareTab(tabId: number): Promise<Result<null>> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [DETECTOR_FILE] });
    return ok(null);
  } catch (thrown) {
    return err(messageOf(thrown));
  }
}

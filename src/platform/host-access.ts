import { browser } from './browser-api';

/**
 * The host access automatic detection needs: `optional_host_permissions` in manifest.json.
 * Both Chrome and Firefox (MV3) grant it only when the user agrees, and let the user take it
 * back in their settings at any time, so nothing may assume it is there.
 * https://developer.chrome.com/docs/extensions/reference/api/permissions
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/optional_host_permissions
 */
export const DETECTION_ORIGINS = ['http://*/*', 'https://*/*'];

const PAGE_ORIGIN = /^(\*|https?):\/\//;

/**
 * The web origins the user has granted (all of `DETECTION_ORIGINS`, or single sites where a
 * browser lets the user grant site by site), i.e. where the detector may run by itself.
 */
export async function grantedPageOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => PAGE_ORIGIN.test(origin)).sort();
}

/** Whether detection runs by itself on every web page (all of `DETECTION_ORIGINS` granted). */
export function hasDetectionAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: DETECTION_ORIGINS });
}

/**
 * Asks the user for host access. Must be called synchronously from a user gesture (a click or
 * change handler, before any `await`), or both browsers refuse.
 */
export function requestDetectionAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: DETECTION_ORIGINS });
}

/** Gives host access back; no gesture needed. */
export function removeDetectionAccess(): Promise<boolean> {
  return browser.permissions.remove({ origins: DETECTION_ORIGINS });
}

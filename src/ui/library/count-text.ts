import { t } from '../../platform/browser-api';

/**
 * `1 figure` / `3 figures`. chrome.i18n has no plural rules, so each count has a `<key>One`
 * message for exactly one; Vietnamese, which does not inflect, gives both the same text.
 */
export function countText(key: string, n: number): string {
  return t(n === 1 ? `${key}One` : key, String(n));
}

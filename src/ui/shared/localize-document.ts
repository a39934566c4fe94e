import { browser, t } from '../../platform/browser-api';

/** Sets the page title and `lang` from the browser's UI language, so screen readers pronounce it right. */
export function localizeDocument(doc: Document, titleKey: string): void {
  doc.title = t(titleKey);
  doc.documentElement.lang = browser.i18n.getUILanguage().split('-')[0] ?? 'en';
}

import { buildClippingDraft, readerHtml } from './clipping-draft';
import { openReaderView } from './reader-view';

/**
 * What only a click asks for (reader.js): the reader view and the clipping draft, with the
 * sanitiser (DOMPurify, a third of the extras before: compiled and set up in every article
 * for nothing, 3-5 ms of its main thread in Chromium's profile).
 */
export const readerModule = { openReaderView, buildClippingDraft, readerHtml };

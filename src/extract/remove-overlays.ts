/**
 * Removes cookie-consent and other modal overlays from Readability's working copy before it
 * scores the page. A consent manager's preference centre is a box of long, comma-rich
 * paragraphs — exactly what Readability's scoring likes — and on some pages it outscores the
 * article, so Readability returns the privacy text instead of the story. Readability already
 * skips role="dialog"; modals marked with aria-modal or <dialog>, and the usual consent
 * managers' containers, are not caught by it.
 */

/** class/id tokens of consent managers and privacy banners. */
const OVERLAY_NAME =
  /(^|[-_\s])(cookie-?(banner|bar|notice|consent|law|policy|message|popup|warning|wall)|consent|gdpr|ccpa|cmp|onetrust|didomi|truste|usercentrics|cookiebot|privacy-?(banner|notice|manager))($|[-_\s])/i;

/** True for an element a reader never takes for article content: a modal or a consent box. */
export function isOverlay(el: Element): boolean {
  if (el.tagName === 'DIALOG' || el.getAttribute('aria-modal') === 'true') return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return name.trim() !== '' && OVERLAY_NAME.test(name);
}

/**
 * Removes overlays from `body` (a clone: the live page is never changed). An element that
 * holds the headline, an <article>/<main> or three quarters of the page's text is left alone,
 * whatever it is called: a site-wide wrapper can carry a consent class too.
 */
export function removeOverlays(body: Element): void {
  const total = (body.textContent ?? '').length;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!el.isConnected || !isOverlay(el)) continue;
    if (el.querySelector('h1, article, main') !== null) continue;
    if ((el.textContent ?? '').length > total * 0.75) continue;
    el.remove();
  }
}

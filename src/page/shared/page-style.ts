/**
 * Adds our CSS to a page (or to our shadow root in it) and returns the undo. A constructed stylesheet is preferred: it is
 * not a node in the page and page CSP `style-src` does not apply to it. Where the content
 * script's realm cannot adopt a sheet into the page (Firefox's Xray wrappers), a `<style>`
 * element is the fallback.
 */
export function installPageStyle(target: Document | ShadowRoot, css: string): () => void {
  const doc = target instanceof Document ? target : target.ownerDocument;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    if (target.adoptedStyleSheets.includes(sheet)) {
      return () => {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.setAttribute('data-reader-assistant-style', '');
  style.textContent = css;
  if (target instanceof Document) (doc.head ?? doc.documentElement).appendChild(style);
  else target.appendChild(style);
  return () => style.remove();
}

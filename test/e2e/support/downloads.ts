import type { ExtensionBrowser, TestPage } from './extension-browser';
import { openPage, openPopupFor, saveFromPopup, type E2eSession } from './session';

/** What an export handed to the download helper: file name and bytes (base64 over the wire). */
export interface Captured {
  name: string;
  base64: string;
}

/** Opens a page, saves it from the popup and closes both. */
export async function saveFixture(session: E2eSession, path: string) {
  const page = await openPage(session, path);
  const popup = await openPopupFor(session, path);
  await saveFromPopup(popup);
  await Promise.all([popup.close(), page.close()]);
}

/** The library page once it lists `count` clippings and its status is final. */
export async function openLibrary(browser: ExtensionBrowser, count: number): Promise<TestPage> {
  const page = await browser.newPage();
  await page.goto(browser.extensionUrl('library.html'));
  await page.waitFor(
    (n) =>
      document.querySelectorAll('[data-testid="clipping-item"]').length === n &&
      !/…/.test(document.querySelector('[data-testid="list-status"]')?.textContent ?? '…'),
    count,
  );
  return page;
}

/**
 * Makes the page keep what the download helper produces: object URLs are remembered with their
 * Blob, and clicks on `<a download>` are stopped (no file lands on disk) and recorded.
 */
export async function captureDownloads(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __raBlobs?: Map<string, Blob>;
      __raDownloads?: { name: string; url: string }[];
    };
    if (w.__raBlobs) return;
    const blobs = new Map<string, Blob>();
    w.__raBlobs = blobs;
    w.__raDownloads = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    document.addEventListener(
      'click',
      (e) => {
        const a = e.target instanceof HTMLAnchorElement ? e.target : null;
        if (!a || !a.hasAttribute('download')) return;
        e.preventDefault();
        w.__raDownloads?.push({ name: a.download, url: a.href });
      },
      true,
    );
  }, null);
}

/** Clicks the button with that test id and returns the file it downloaded. */
export async function exportFile(page: TestPage, testId: string): Promise<Captured> {
  await captureDownloads(page);
  const before = await page.evaluate(
    () => (window as unknown as { __raDownloads: unknown[] }).__raDownloads.length,
    null,
  );
  await page.click(`[data-testid="${testId}"]`);
  await page.waitFor(
    (n) => (window as unknown as { __raDownloads: unknown[] }).__raDownloads.length > n,
    before,
    30000,
  );
  return page.evaluate(async (n) => {
    const w = window as unknown as {
      __raBlobs: Map<string, Blob>;
      __raDownloads: { name: string; url: string }[];
    };
    const download = w.__raDownloads[n];
    const blob = download && w.__raBlobs.get(download.url);
    if (!download || !blob) throw new Error('no blob for the download');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { name: download.name, base64: btoa(binary) };
  }, before);
}

export const bytesOf = (c: Captured) => new Uint8Array(Buffer.from(c.base64, 'base64'));
export const textOf = (c: Captured) => Buffer.from(c.base64, 'base64').toString('utf8');

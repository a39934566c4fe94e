/**
 * Plans a page's article in an extension document, so the Readability pass never runs on the
 * page's main thread. Firefox's background is a page with a DOM and plans itself; Chrome's
 * background is a service worker without one, so it keeps an offscreen document for it.
 */
import type { PlanAddresses } from '../model/article-plan';
import { planHtml } from '../extract/plan-html';
import { sendToOffscreen } from '../messaging/send';
import { plansInBackgroundPage } from '../platform/browser-differences';
import { chromeOffscreen } from '../platform/offscreen-api';

export const OFFSCREEN_FILE = 'offscreen.html';

/** An idle offscreen document is closed: it holds a renderer process for nothing. */
const IDLE_CLOSE_MS = 60_000;

let creating: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const offscreen = chromeOffscreen();
  if (offscreen === null) throw new Error('This browser has no offscreen documents.');
  if (await offscreen.hasDocument?.()) return;
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_FILE,
      reasons: ['DOM_PARSER'],
      justification: "Find the article in a copy of the page, off the page's main thread.",
    })
    .catch((error: unknown) => {
      // Another request created it first: that one serves us too.
      if (!/single offscreen/i.test(String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

function closeWhenIdle(): void {
  if (idleTimer !== null) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    chromeOffscreen()
      ?.closeDocument()
      .catch(() => undefined);
  }, IDLE_CLOSE_MS);
}

/** The plan for a page's HTML as addresses into that page; null when it has no article body. */
export async function planInExtension(html: string): Promise<PlanAddresses | null> {
  if (plansInBackgroundPage()) return planHtml(html);
  await ensureOffscreenDocument();
  const reply = await sendToOffscreen('planArticle', { html });
  closeWhenIdle();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

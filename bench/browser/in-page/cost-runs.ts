/**
 * In-page timing of what the content script does on load against Readability, on the live
 * document, so no DevTools round trip is inside any measurement.
 */
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../../../src/detect/detect-article';
import type { PlanSource } from '../../../src/model/article-plan';
import { planArticle } from '../../../src/extract/plan-article';
import { planHtml } from '../../../src/extract/plan-html';
import { ok } from '../../../src/shared/result';
import { hideElements } from '../../../src/page/article/hide-clutter';
import { loadDirectly } from '../../../src/page/shared/load-directly';
import { planPage, serializePage } from '../../../src/page/article/plan-page';

/** Timings (ms) of every counted run, and what the pipeline decided on the page. */
export interface CostRuns {
  detect: number[];
  /** The content script's share on the page's main thread: detect, copy, resolve, hide. */
  onPage: number[];
  /** Parts of `onPage`: detect + serialising the page; the message; resolving + hiding. */
  beforeMessage: number[];
  message: number[];
  resolveHide: number[];
  /** Planning the copy, which the extension does in its own document (off the page's thread). */
  inExtension: number[];
  /** The fallback when the copy does not match the page: detect + plan + hide, all in the page. */
  planInPage: number[];
  undo: number[];
  readability: number[];
  isArticle: boolean;
  hidden: number;
  source: PlanSource | null;
  readabilityFound: boolean;
  error?: string;
}

/**
 * Chromium runs with --expose-gc: collecting between steps (untimed) keeps one step's garbage
 * from being paid for in the next one's time. Without the flag this does nothing.
 */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

// Hiding changes layout; forcing it here (untimed) keeps that cost out of the next timed step.
const settleLayout = (doc: Document) => void doc.documentElement.getBoundingClientRect();

/**
 * One warm-up round, then `runs` rounds of: detect alone; the content script's real pass
 * (`planPage` with the extension's planner, whose own time is taken out and reported apart);
 * undo; detect + plan + hide in the page (the fallback); Readability on a clone. Interleaving
 * keeps drift (GC, thermal, a neighbour's job) from favouring one of them.
 */
export async function costRuns(
  doc: Document,
  url: string | undefined,
  runs: number,
): Promise<CostRuns> {
  const out: CostRuns = {
    detect: [],
    onPage: [],
    beforeMessage: [],
    message: [],
    resolveHide: [],
    inExtension: [],
    planInPage: [],
    undo: [],
    readability: [],
    isArticle: false,
    hidden: 0,
    source: null,
    readabilityFound: false,
  };
  const channel = new MessageChannel();
  const messagePort = channel.port1;
  try {
    for (let round = 0; round <= runs; round++) {
      const counted = round > 0;
      collectGarbage();
      let t = performance.now();
      const verdict = detectArticle(doc, url);
      const detectMs = performance.now() - t;

      // The extension's planner works on its own copy of the page, in its own document.
      collectGarbage();
      t = performance.now();
      const answer = planHtml(serializePage(doc));
      const extensionMs = performance.now() - t;

      collectGarbage();
      t = performance.now();
      detectArticle(doc, url);
      const passStart = t;
      let askedAt = t;
      let answeredAt = t;
      const placed = await planPage(
        doc,
        async (html) => {
          askedAt = performance.now();
          // The message is serialised in the page: counted as ours. The Chrome build asks for
          // structured clone (manifest `message_serialization`, Chrome 148+), which serialises
          // with the same code as a port's postMessage.
          messagePort.postMessage({ html });
          answeredAt = performance.now();
          return ok(answer);
        },
        () => loadDirectly('planner'),
      );
      const undoOnPage = hideElements(placed?.plan.hide ?? []);
      const end = performance.now();
      const onPageMs = end - t;

      t = performance.now();
      undoOnPage();
      const undoMs = performance.now() - t;
      settleLayout(doc);

      collectGarbage();
      t = performance.now();
      detectArticle(doc, url);
      const plan = planArticle(doc);
      const undoInPage = hideElements(plan?.hide ?? []);
      const planInPageMs = performance.now() - t;
      undoInPage();
      settleLayout(doc);

      collectGarbage();
      t = performance.now();
      const article = new Readability(doc.cloneNode(true) as Document).parse();
      const readabilityMs = performance.now() - t;

      if (counted) {
        out.detect.push(detectMs);
        out.onPage.push(onPageMs);
        out.beforeMessage.push(askedAt - passStart);
        out.message.push(answeredAt - askedAt);
        out.resolveHide.push(end - answeredAt);
        out.inExtension.push(extensionMs);
        out.planInPage.push(planInPageMs);
        out.undo.push(undoMs);
        out.readability.push(readabilityMs);
      }
      out.isArticle = verdict.isArticle;
      out.hidden = placed?.plan.hide.length ?? 0;
      out.source = placed?.source ?? null;
      out.readabilityFound = article !== null;
    }
  } catch (error) {
    out.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } finally {
    channel.port1.close();
    channel.port2.close();
  }
  return out;
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { isOverlay } from '../../../src/extract/remove-overlays';
import { parsePage } from './load-page';

const consentParagraph =
  '<p>When you visit our website, we store cookies on your browser to collect information, such as your preferences, your device, your location, your browsing history, and the pages you read, which we use to make the site work as you expect, to personalise content, to measure traffic, and to show you advertising, together with our partners, vendors, and affiliates.</p>';

/** A short news story and a cookie preference centre whose prose outweighs it. */
const page = `<html><head><title>Port reopens after storm</title></head><body>
  <div class="app"><main><h1>Port reopens after storm</h1>
    <div class="story">
      <p>The port reopened on Tuesday, officials said, after a storm closed it for three days, stranding dozens of ships, delaying cargo, and costing operators millions.</p>
      <p>Operators said the backlog, which includes grain, fuel, and containers, would take a week to clear, and that crews were working in shifts.</p>
      <p>The authority said damage to the breakwater, the cranes, and the access road was lighter than feared, and that repairs would be finished before the end of the month.</p>
      <p>Shipping lines had diverted some vessels to other ports in the region, and said they would return once the channel was surveyed.</p>
    </div></main></div>
  <div id="onetrust-consent-sdk"><div class="ot-pc"><h2>Manage Consent Preferences</h2>
    ${consentParagraph.repeat(3)}</div></div>
</body></html>`;

describe('consent overlays', () => {
  it('are recognised by consent-manager names, aria-modal and <dialog>', () => {
    const doc = parsePage(
      '<div id="onetrust-consent-sdk"></div><div class="cookie-banner"></div><div aria-modal="true"></div><dialog></dialog><div class="story-consensus"></div><div class="recipe-cookies"></div>',
    );
    const els = Array.from(doc.body.children);
    expect(els.map(isOverlay)).toEqual([true, true, true, true, false, false]);
  });

  it('do not outscore a short story: the story is kept and the preference centre hidden', () => {
    const doc = parsePage(page);
    const text = visibleText(doc, planArticle(doc));
    expect(text).toContain('The port reopened on Tuesday');
    expect(text).toContain('lighter than feared');
    expect(text).not.toContain('we store cookies');
  });

  it('are never removed from the live page', () => {
    const doc = parsePage(page);
    planArticle(doc);
    expect(doc.getElementById('onetrust-consent-sdk')).not.toBeNull();
  });
});

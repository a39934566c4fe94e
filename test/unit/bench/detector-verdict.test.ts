// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { askArgs, askDetectors, pollVerdict } from '../../../test/e2e/support/detector-verdict';
import { CHANNEL } from '../../../src/messaging/protocol';

/** The tabs API an extension page sees, with each tab's content script answering getStatus. */
function fakeTabs(replies: Record<number, unknown>) {
  const sent: unknown[] = [];
  (globalThis as unknown as { browser?: object }).browser = {
    tabs: {
      query: async () => [{ id: 1 }, {}, { id: 2 }, { id: 3 }],
      sendMessage: async (id: number, message: unknown) => {
        sent.push(message);
        const reply = replies[id];
        if (reply instanceof Error) throw reply;
        return reply;
      },
    },
  };
  return sent;
}

afterEach(() => {
  delete (globalThis as unknown as { browser?: object }).browser;
});

describe('askDetectors (run in an extension page)', () => {
  it('answers with the verdict of the tab showing the address, asked with the typed getStatus', async () => {
    const sent = fakeTabs({
      1: { ok: true, value: { url: 'https://a.example/', verdict: 'article' } },
      2: new Error('no content script'),
      3: { ok: true, value: { url: 'https://b.example/', verdict: 'not-article' } },
    });
    expect(await askDetectors(askArgs('https://b.example/'))).toBe('not-article');
    expect(sent[0]).toEqual({ channel: CHANNEL, to: 'content', type: 'getStatus', request: null });
  });

  it('answers null while the detector is still at work or no tab shows the address', async () => {
    fakeTabs({ 1: { ok: true, value: { url: 'https://b.example/', verdict: 'pending' } } });
    expect(await askDetectors(askArgs('https://b.example/'))).toBeNull();
    expect(await askDetectors(askArgs('https://c.example/'))).toBeNull();
  });
});

describe('pollVerdict', () => {
  it('asks again until there is a verdict', async () => {
    const answers = [null, 'pending', 'article'];
    let asked = 0;
    expect(await pollVerdict(async () => answers[asked++], 'u', 1000, 1)).toBe('article');
    expect(asked).toBe(3);
  });

  it('gives up after the timeout', async () => {
    await expect(pollVerdict(async () => null, 'https://x.example/', 30, 5)).rejects.toThrow(
      'No verdict for https://x.example/',
    );
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createReadAloud, speechChunks } from '../../../src/platform/read-aloud';
import {
  DEFAULT_READER_LOOK,
  fitReaderLook,
  readingMinutes,
} from '../../../src/shared/reader-look';

describe('readingMinutes', () => {
  it('counts words at 238 a minute, at least one minute', () => {
    expect(readingMinutes('word '.repeat(238 * 4), 'en')).toBe(4);
    expect(readingMinutes('Short.', 'en')).toBe(1);
    expect(readingMinutes("It's a well-known fact.", 'en')).toBe(1);
  });

  it('counts Vietnamese syllables at their own rate', () => {
    expect(readingMinutes('xuất khẩu '.repeat(320), 'vi-VN')).toBe(2);
    expect(readingMinutes('xuất khẩu '.repeat(320), 'en')).toBe(3);
  });
});

describe('fitReaderLook', () => {
  it('keeps valid choices and replaces anything else by the default', () => {
    expect(
      fitReaderLook({
        theme: 'sepia',
        font: 'sans',
        width: 'wide',
        spacing: 'loose',
        fontSize: 22,
      }),
    ).toEqual({
      theme: 'sepia',
      font: 'sans',
      width: 'wide',
      spacing: 'loose',
      fontSize: 22,
    });
    expect(fitReaderLook({ theme: 'neon', fontSize: 1e9, width: 3 })).toEqual({
      ...DEFAULT_READER_LOOK,
      fontSize: 28,
    });
    expect(fitReaderLook(null)).toEqual(DEFAULT_READER_LOOK);
  });
});

describe('speechChunks', () => {
  it('cuts at sentence ends, and a long sentence at a space, never past the limit', () => {
    const text = `First sentence here. Second one! ${'word '.repeat(80)}end.\nNew paragraph.`;
    const chunks = speechChunks(text, 60);
    expect(chunks[0]).toMatch(/^First sentence here\. Second one! word/);
    expect(chunks.at(-1)).toBe('New paragraph.');
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(60);
    expect(chunks.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

/** A speech engine that records what it is asked and ends utterances when told. */
function fakeSpeech() {
  const spoken: { text: string; lang: string; onend: (() => void) | null }[] = [];
  const calls: string[] = [];
  class Utterance {
    lang = '';
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(public text: string) {}
  }
  const synth = {
    speak: (u: Utterance) => spoken.push(u),
    cancel: () => calls.push('cancel'),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    getVoices: () => [{ lang: 'vi-VN', name: 'Vietnamese' }],
  };
  const win = { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance };
  return { win: win as unknown as Window & typeof globalThis, spoken, calls };
}

describe('createReadAloud', () => {
  it('is unsupported (and does nothing) without speechSynthesis', () => {
    const speech = createReadAloud({} as Window & typeof globalThis);
    expect(speech.supported).toBe(false);
    speech.play('Hello.', 'en');
    expect(speech.state()).toBe('idle');
  });

  it('plays in the article language with a matching voice, pauses, resumes and stops', () => {
    const { win, spoken, calls } = fakeSpeech();
    const states: string[] = [];
    const speech = createReadAloud(win, (s) => states.push(s));
    expect(speech.supported).toBe(true);
    speech.play('Câu thứ nhất. Câu thứ hai.', 'vi');
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([['Câu thứ nhất. Câu thứ hai.', 'vi']]);
    expect((spoken[0] as unknown as { voice: { name: string } }).voice.name).toBe('Vietnamese');
    speech.pause();
    speech.resume();
    speech.stop();
    expect(calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
    expect(states).toEqual(['playing', 'paused', 'playing', 'idle']);
  });

  it('returns to idle when the last chunk ends, but not for a run it cancelled', () => {
    const { win, spoken } = fakeSpeech();
    const speech = createReadAloud(win);
    speech.play('One.', 'en');
    const first = spoken[0];
    speech.play('Two.', 'en');
    first?.onend?.();
    expect(speech.state()).toBe('playing');
    spoken[1]?.onend?.();
    expect(speech.state()).toBe('idle');
  });
});

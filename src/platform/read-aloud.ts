/**
 * Reads text aloud with the Web Speech API (`speechSynthesis`), for the library's reader and
 * the reader view over a page. Headless browsers and some Linux builds have no speech: callers
 * check `supported` and hide their controls.
 */
export type ReadAloudState = 'idle' | 'playing' | 'paused';

export interface ReadAloud {
  readonly supported: boolean;
  state(): ReadAloudState;
  /** Starts reading `text` from the beginning in `lang` (a BCP 47 tag, e.g. `vi`, `en-US`). */
  play(text: string, lang: string): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

/** Chrome stops an utterance after about 15 seconds of speech; short chunks avoid the cut. */
const MAX_CHUNK_CHARS = 220;

/** The text in chunks ending at a sentence (or, for a long sentence, a word) boundary. */
export function speechChunks(text: string, max = MAX_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const sentences = paragraph.match(/[^.!?…]+(?:[.!?…]+["”’)]*\s*|$)/g) ?? [];
    let current = '';
    for (const sentence of sentences) {
      const words = sentence.length > max ? sentence.split(/(?<=\s)/) : [sentence];
      for (const word of words) {
        if (current.length + word.length > max && current.trim() !== '') {
          chunks.push(current.trim());
          current = '';
        }
        current += word;
      }
    }
    if (current.trim() !== '') chunks.push(current.trim());
  }
  return chunks;
}

/** The reader over `win`'s speech engine; `onChange` hears every change of state. */
export function createReadAloud(
  win: Window & typeof globalThis,
  onChange: (state: ReadAloudState) => void = () => {},
): ReadAloud {
  const synth = 'speechSynthesis' in win ? win.speechSynthesis : undefined;
  const Utterance = 'SpeechSynthesisUtterance' in win ? win.SpeechSynthesisUtterance : undefined;
  let state: ReadAloudState = 'idle';
  // Each play gets a number, so the end of a cancelled run does not end the next one.
  let run = 0;
  const set = (next: ReadAloudState) => {
    if (next === state) return;
    state = next;
    onChange(next);
  };
  const voiceFor = (lang: string) => {
    const base = lang.toLowerCase().split('-')[0] ?? '';
    return synth?.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base);
  };
  return {
    supported: synth !== undefined && Utterance !== undefined,
    state: () => state,
    play(text, lang) {
      if (!synth || !Utterance) return;
      synth.cancel();
      const mine = ++run;
      const chunks = speechChunks(text);
      if (chunks.length === 0) return set('idle');
      const voice = voiceFor(lang);
      chunks.forEach((chunk, i) => {
        const u = new Utterance(chunk);
        u.lang = lang;
        if (voice) u.voice = voice;
        if (i === chunks.length - 1) u.onend = () => mine === run && set('idle');
        u.onerror = () => mine === run && set('idle');
        synth.speak(u);
      });
      set('playing');
    },
    pause() {
      if (state !== 'playing' || !synth) return;
      synth.pause();
      set('paused');
    },
    resume() {
      if (state !== 'paused' || !synth) return;
      synth.resume();
      set('playing');
    },
    stop() {
      run++;
      synth?.cancel();
      set('idle');
    },
  };
}

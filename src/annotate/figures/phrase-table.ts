import { tokenize, type Token } from './tokenize';

/** A lexicon entry: its surface form as tokens plus whatever the lexicon attaches to it. */
export interface PhraseEntry<T> {
  /** Lower-cased token texts of the surface form (`héc-ta` → `héc`, `-`, `ta`). */
  parts: string[];
  /** Exact-case token texts, used when the entry is case-sensitive. */
  exact: string[];
  caseSensitive: boolean;
  /** Per token: written without a space before it (`US$`, `A$`): must be glued in the text too. */
  glued: boolean[];
  data: T;
}

/** A phrase found in the token stream. */
export interface PhraseMatch<T> {
  entry: PhraseEntry<T>;
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
}

/**
 * Multi-token lexicon lookup. Surface forms are tokenized with the same tokenizer as the text,
 * so `héc-ta`, `đô la Mỹ` and `US$` match however the page spaces them; entries are indexed
 * by their first token and tried longest first, so a lookup costs O(entries sharing a head).
 */
export class PhraseTable<T> {
  /**
   * Built on the first lookup, not at construction: the tables are module constants, and
   * tokenizing every entry of every table when the article module loads was ~7 ms of its
   * evaluation in Firefox (Gecko profiler), on pages that may never look a figure up.
   */
  private index: Map<string, PhraseEntry<T>[]> | null = null;

  constructor(
    private readonly entries: ReadonlyArray<
      readonly [string, T] | readonly [string, T, { caseSensitive: boolean }]
    >,
  ) {}

  private get byHead(): Map<string, PhraseEntry<T>[]> {
    if (this.index !== null) return this.index;
    const byHead = new Map<string, PhraseEntry<T>[]>();
    for (const e of this.entries) {
      const toks = tokenize(e[0]);
      const head = toks[0];
      if (!head) continue;
      const entry: PhraseEntry<T> = {
        parts: toks.map((t) => t.lower),
        exact: toks.map((t) => t.text),
        caseSensitive: e[2]?.caseSensitive ?? false,
        glued: toks.map((t, k) => k > 0 && !t.spaced),
        data: e[1],
      };
      const list = byHead.get(head.lower) ?? [];
      list.push(entry);
      byHead.set(head.lower, list);
    }
    // Longest first, sorted once per head rather than after every insertion.
    for (const list of byHead.values()) list.sort((a, b) => b.parts.length - a.parts.length);
    return (this.index = byHead);
  }

  /** Longest entry starting at token `i`; tokens glued in the surface form must be glued in the text. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const head = tokens[i];
    if (!head) return undefined;
    const candidates = this.byHead.get(head.lower);
    if (!candidates) return undefined;
    for (const entry of candidates) {
      if (this.fits(entry, tokens, i)) return { entry, from: i, to: i + entry.parts.length };
    }
    return undefined;
  }

  private fits(entry: PhraseEntry<T>, tokens: readonly Token[], i: number): boolean {
    for (let k = 0; k < entry.parts.length; k++) {
      const tok = tokens[i + k];
      if (!tok) return false;
      if (entry.caseSensitive ? tok.text !== entry.exact[k] : tok.lower !== entry.parts[k])
        return false;
      if (entry.glued[k] && tok.spaced) return false;
    }
    // Word boundaries come for free: the tokenizer never splits a letter run, so `m` cannot
    // match the start of `m2` or `ha` the start of `hai`.
    return true;
  }
}

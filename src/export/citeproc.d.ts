// citeproc-js ships no types; this is the part of its API format-citation.ts uses.
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface CiteprocEngine {
    updateItems(ids: readonly string[]): void;
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    makeBibliography(): [unknown, string[]] | false;
  }
  const CSL: {
    Engine: new (
      sys: CiteprocSys,
      style: string,
      lang?: string,
      forceLang?: boolean,
    ) => CiteprocEngine;
  };
  export default CSL;
}

/** What a save reports back to the popup, the shortcut or the context menu. */
export interface SaveOutcome {
  clippingId: string;
  title: string;
  updated: boolean;
  imagesKept: number;
  /** Images the browser refused, with the reason; the clipping keeps their URLs. */
  imagesMissing: { url: string; problem: string }[];
  /** The page had no article to find: the clipping holds the whole page. */
  wholePage: boolean;
}

/** The little the shared e2e scenarios need from a browser with our extension loaded. */
export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** `chrome-extension://<id>/<path>` or `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  newPage(): Promise<TestPage>;
  /** The addresses of the tabs open now, including ones the extension opened itself. */
  tabUrls(): Promise<string[]>;
  /** Calls `listener` with the URL of every request any page, extension page or worker makes from now on. */
  onRequest(listener: (url: string) => void): void;
  /**
   * Grants the optional host access (automatic detection). Firefox: a click on the welcome
   * page's switch. Chromium: the browser is restarted on the same profile with the grant
   * recorded, since its prompt cannot be clicked (support/host-access.ts); open pages close.
   */
  grantHostAccess(): Promise<void>;
  close(): Promise<void>;
}

export interface TestPage {
  /** Navigates and waits until the document has loaded. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in the page until it returns true. */
  waitFor<A>(fn: (arg: A) => boolean, arg: A, timeoutMs?: number): Promise<void>;
  /** Clicks an element; a selector starting with `>>> ` also looks inside open shadow roots. */
  click(selector: string): Promise<void>;
  /** Types into an element (same selector rules as `click`). */
  type(selector: string, text: string): Promise<void>;
  /**
   * Clicks an element in a child frame of the page whose address contains `frameUrl` (our
   * highlight toolbar is an extension page framed in a closed shadow root: out of the page's
   * reach, and of `>>>`), waiting for the frame and the element to appear.
   */
  clickInFrame(frameUrl: string, selector: string): Promise<void>;
  /** Types into an element of such a frame. */
  typeInFrame(frameUrl: string, selector: string, text: string): Promise<void>;
  /** The value (form fields) or text of an element of such a frame. */
  readInFrame(frameUrl: string, selector: string): Promise<string>;
  /**
   * Runs `fn` in such a frame once it has `selector` (e.g. to run axe-core inside the toolbar).
   * `fn` must be self-contained: it is serialised into the frame.
   */
  evaluateInFrame<R, A>(
    frameUrl: string,
    selector: string,
    fn: (arg: A) => R | Promise<R>,
    arg: A,
  ): Promise<R>;
  /** Presses a key with modifiers as real input, e.g. `Alt+Shift+ArrowDown`. */
  press(chord: string): Promise<void>;
  /** Moves the real mouse pointer to a viewport point. */
  hover(point: { x: number; y: number }): Promise<void>;
  /** A real mouse drag between two viewport points (e.g. to select text). */
  drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /**
   * Clicks the extension's toolbar button for this tab, as the user does (grants `activeTab`
   * and opens the popup). Chromium: CDP `Extensions.triggerAction`; Firefox: the browser
   * action's own trigger, evaluated in the browser window over BiDi.
   */
  clickToolbarButton(): Promise<void>;
  /**
   * Runs one of the extension's keyboard commands for this tab, as its shortcut does (grants
   * `activeTab`, fires `commands.onCommand`). Firefox only: its shortcut handler is reachable
   * from the browser window over BiDi; Chromium has no test hook for extension commands (CDP
   * key events go to the page, not to the browser's accelerators), so there the commands are
   * covered by unit tests with a faked API.
   */
  runCommand?: (name: string) => Promise<void>;
  /**
   * The page's HTML with every shadow root written out, closed ones included (as
   * `<template shadowrootmode=…>`): what our closed roots hold, which no page script can read.
   * Chromium only (CDP `DOM.getOuterHTML` with `includeShadowDOM`).
   */
  htmlWithClosedRoots?: () => Promise<string>;
  close(): Promise<void>;
}

export const BROWSERS_DIR = {
  chrome: 'dist/chrome',
  firefox: 'dist/firefox',
} as const;

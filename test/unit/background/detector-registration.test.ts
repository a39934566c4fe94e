// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
interface Script {
  id: string;
  js?: string[];
  css?: string[];
  matches?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

/** A small fake of the permissions, scripting, runtime and tabs APIs, as the browsers behave. */
const fake = {
  granted: new Set<string>(),
  registered: new Map<string, Script>(),
  listeners: { added: [], removed: [], startup: [], installed: [] } as Record<string, Listener[]>,
  opened: [] as string[],
  injected: [] as { tabId: number; files: string[] }[],
  registerCalls: 0,
  failNextRegister: false,
  target: 'chrome' as 'chrome' | 'firefox',
};
const later = () => new Promise((r) => setTimeout(r, 5));

vi.mock('../../../src/platform/target-browser', () => ({
  get TARGET_BROWSER() {
    return fake.target;
  },
}));
vi.mock('../../../src/platform/browser-api', () => ({
  t: (key: string) => key,
  browser: {
    permissions: {
      getAll: async () => ({ origins: [...fake.granted], permissions: ['storage'] }),
      contains: async ({ origins = [] }: { origins?: string[] }) =>
        origins.every((o) => fake.granted.has(o)),
      onAdded: { addListener: (f: Listener) => fake.listeners.added?.push(f) },
      onRemoved: { addListener: (f: Listener) => fake.listeners.removed?.push(f) },
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => {
        await later();
        return ids.flatMap((id) => (fake.registered.has(id) ? [fake.registered.get(id)] : []));
      },
      // Like both browsers: registering an id that exists is an error.
      registerContentScripts: async (scripts: Script[]) => {
        await later();
        fake.registerCalls += 1;
        if (fake.failNextRegister) {
          fake.failNextRegister = false;
          throw new Error('refused');
        }
        for (const s of scripts) {
          if (fake.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          fake.registered.set(s.id, structuredClone(s));
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        await later();
        for (const id of ids) {
          if (!fake.registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
        }
      },
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        if (target.tabId === 99) throw new Error('Cannot access contents of the page.');
        fake.injected.push({ tabId: target.tabId, files });
        return [];
      },
    },
    runtime: {
      getURL: (path: string) => `chrome-extension://id/${path}`,
      onStartup: { addListener: (f: Listener) => fake.listeners.startup?.push(f) },
      onInstalled: { addListener: (f: Listener) => fake.listeners.installed?.push(f) },
    },
    tabs: {
      create: async ({ url }: { url: string }) => void fake.opened.push(url),
      query: async () => [{ id: 1 }, { id: 99 }, {}],
    },
  },
}));

const { syncDetectorRegistration, watchHostAccess, DETECTOR_SCRIPT_ID, PAGE_SHEET_SCRIPT_ID } =
  await import('../../../src/background/detector-registration');
const { openWelcomeOnInstall } = await import('../../../src/background/onboarding');
const { prepareTab } = await import('../../../src/background/prepare-tab');

const ALL = ['http://*/*', 'https://*/*'];
const fire = (event: string, ...args: unknown[]) => {
  for (const f of fake.listeners[event] ?? []) f(...args);
};
/** Waits until queued registration work is done (a sync call runs after everything queued). */
const drained = () => syncDetectorRegistration();

watchHostAccess();
openWelcomeOnInstall();

describe('detector registration follows the granted host access', () => {
  beforeEach(() => {
    fake.granted.clear();
    fake.registered.clear();
    fake.opened.splice(0);
    fake.injected.splice(0);
    fake.registerCalls = 0;
  });

  it('a fresh install registers nothing: per-click mode', async () => {
    fire('installed', { reason: 'install' });
    expect(await drained()).toEqual({ mode: 'per-click', registeredFor: [] });
    expect(fake.registered.size).toBe(0);
  });

  it('granting host access registers the detector for every web page, once, even when events arrive together', async () => {
    for (const o of ALL) fake.granted.add(o);
    fire('added', { origins: ALL });
    fire('startup');
    const [status] = await Promise.all([syncDetectorRegistration(), syncDetectorRegistration()]);
    expect(status).toEqual({ mode: 'automatic', registeredFor: ALL });
    expect(fake.registerCalls).toBe(1);
    expect(fake.registered.get(DETECTOR_SCRIPT_ID)).toEqual({
      id: DETECTOR_SCRIPT_ID,
      js: ['detector.js'],
      matches: ALL,
      runAt: 'document_end',
      allFrames: false,
      persistAcrossSessions: true,
    });
    // Nothing else: the page stylesheet goes in only on pages taken in hand, where a page
    // cannot tell it is there before (docs/security.md).
    expect([...fake.registered.keys()]).toEqual([DETECTOR_SCRIPT_ID]);
  });

  it('host access removed in the browser settings (permissions.onRemoved) unregisters the detector', async () => {
    for (const o of ALL) fake.granted.add(o);
    await syncDetectorRegistration();
    fake.granted.clear();
    fire('removed', { origins: ALL });
    expect(await drained()).toEqual({ mode: 'per-click', registeredFor: [] });
    expect(fake.registered.size).toBe(0);
  });

  it('start-up repairs what changed while the background was not running', async () => {
    // Access withdrawn while the browser was closed: the persisted registration is dropped.
    fake.registered.set(DETECTOR_SCRIPT_ID, { id: DETECTOR_SCRIPT_ID, matches: ALL });
    fire('startup');
    await drained();
    expect(fake.registered.size).toBe(0);
    // Access still granted but the registration lost (an update): registered again.
    for (const o of ALL) fake.granted.add(o);
    fire('installed', { reason: 'update' });
    await drained();
    expect(fake.registered.get(DETECTOR_SCRIPT_ID)?.matches).toEqual(ALL);
  });

  it('access granted for some sites only: the detector runs there by itself, and the mode stays per-click elsewhere', async () => {
    fake.granted.add('https://vnexpress.net/*');
    fake.granted.add('chrome-extension://id/*');
    expect(await syncDetectorRegistration()).toEqual({
      mode: 'per-click',
      registeredFor: ['https://vnexpress.net/*'],
    });
    // Widened to all sites: the registration follows.
    for (const o of ALL) fake.granted.add(o);
    fire('added', { origins: ALL });
    expect((await drained()).registeredFor).toEqual([...ALL, 'https://vnexpress.net/*'].sort());
    expect(fake.registered.size).toBe(1);
  });

  it('a registration for other patterns (left by an older version) is replaced by one for the granted origins', async () => {
    for (const o of ALL) fake.granted.add(o);
    fake.registered.set(DETECTOR_SCRIPT_ID, { id: DETECTOR_SCRIPT_ID, matches: ['*://old/*'] });
    expect((await syncDetectorRegistration()).registeredFor).toEqual(ALL);
    expect(fake.registered.get(DETECTOR_SCRIPT_ID)?.matches).toEqual(ALL);
  });

  it('a failed registration rejects that call only; the next event registers', async () => {
    for (const o of ALL) fake.granted.add(o);
    fake.failNextRegister = true;
    await expect(syncDetectorRegistration()).rejects.toThrow('refused');
    fire('startup');
    expect((await drained()).registeredFor).toEqual(ALL);
    expect(fake.registered.size).toBe(1);
  });

  it('a detector registered with the stylesheet (an older version) is replaced by the detector alone', async () => {
    for (const o of ALL) fake.granted.add(o);
    fake.registered.set(DETECTOR_SCRIPT_ID, {
      id: DETECTOR_SCRIPT_ID,
      js: ['detector.js'],
      css: ['page.css'],
      matches: ALL,
      runAt: 'document_end',
    });
    await syncDetectorRegistration();
    expect(fake.registered.get(DETECTOR_SCRIPT_ID)?.css).toBeUndefined();
    expect([...fake.registered.keys()]).toEqual([DETECTOR_SCRIPT_ID]);
  });

  it('the page stylesheet the previous version registered for every page is removed, the detector kept', async () => {
    for (const o of ALL) fake.granted.add(o);
    await syncDetectorRegistration();
    const detector = fake.registered.get(DETECTOR_SCRIPT_ID);
    fake.registered.set(PAGE_SHEET_SCRIPT_ID, {
      id: PAGE_SHEET_SCRIPT_ID,
      css: ['page.css'],
      matches: ALL,
      runAt: 'document_start',
    });
    fire('installed', { reason: 'update' });
    await drained();
    expect([...fake.registered.keys()]).toEqual([DETECTOR_SCRIPT_ID]);
    expect(fake.registered.get(DETECTOR_SCRIPT_ID)).toEqual(detector);
  });
});

describe('open tabs after an update', () => {
  beforeEach(() => {
    fake.injected.splice(0);
    for (const o of ALL) fake.granted.add(o);
  });

  it('Firefox: with automatic detection on, the new version is put into the tabs already open (as Firefox did for declared scripts); tabs without access refuse quietly', async () => {
    fake.target = 'firefox';
    fire('installed', { reason: 'update' });
    await vi.waitFor(() => expect(fake.injected).toEqual([{ tabId: 1, files: ['detector.js'] }]));
    fake.target = 'chrome';
  });

  it('Chrome never injected into open tabs, and a fresh install has no access yet: nothing is injected', async () => {
    fire('installed', { reason: 'update' });
    await drained();
    await later();
    fake.target = 'firefox';
    fake.granted.clear();
    fire('installed', { reason: 'install' });
    await drained();
    await later();
    expect(fake.injected).toEqual([]);
    fake.target = 'chrome';
  });
});

describe('onboarding and per-click injection', () => {
  it('opens the welcome page on install, not on an update or a browser update', async () => {
    fake.opened.splice(0);
    fire('installed', { reason: 'update' });
    fire('installed', { reason: 'browser_update' });
    fire('installed', { reason: 'install' });
    await later();
    expect(fake.opened).toEqual(['chrome-extension://id/welcome.html']);
    await drained();
  });

  it('puts the detector into the tab the user acted on, and reports a page no extension may script as a value', async () => {
    expect(await prepareTab(7)).toEqual({ ok: true, value: null });
    expect(fake.injected).toEqual([{ tabId: 7, files: ['detector.js'] }]);
    expect(await prepareTab(99)).toEqual({
      ok: false,
      error: 'Cannot access contents of the page.',
    });
  });
});

import { describe, expect, it, vi } from 'vitest';
import {
  injectOnDemand,
  registerInjected,
  type InjectedModules,
} from '../../../src/page/shared/injected-modules';
import { isInjectedName, type InjectedName } from '../../../src/model/injected-names';
import { loadDirectly } from '../../../src/page/shared/load-directly';

// The page's words come from _locales: the English messages, as the browser would give them.
vi.mock('../../../src/platform/browser-api', async () => ({
  t: (await import('../locale-messages')).translatorFor('en'),
}));
vi.mock('../../../src/platform/get-message', async () => ({
  getMessage: (await import('../locale-messages')).translatorFor('en'),
}));

/** A global the "injected script" registers on when the fake background injects it. */
async function fakeWorld(refuse: ReadonlySet<InjectedName> = new Set()) {
  const global = {};
  const injected: InjectedName[] = [];
  const planner = (await loadDirectly('planner')) as InjectedModules['planner'];
  const extras = (await loadDirectly('extras')) as InjectedModules['extras'];
  const inject = async (name: InjectedName) => {
    injected.push(name);
    if (refuse.has(name)) return false;
    // The script runs later than the message's answer would in a browser: after a task.
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (name === 'planner') registerInjected(global, 'planner', planner);
    else registerInjected(global, 'extras', extras);
    return true;
  };
  return { load: injectOnDemand(global, inject), injected, planner, extras };
}

describe('injectOnDemand', () => {
  it('injects each script once, even for callers that ask at the same time', async () => {
    const { load, injected, planner, extras } = await fakeWorld();
    const [a, b] = await Promise.all([load('extras'), load('extras')]);
    expect(a).toBe(extras);
    expect(b).toBe(extras);
    expect(await load('planner')).toBe(planner);
    expect(await load('extras')).toBe(extras);
    expect(injected).toEqual(['extras', 'planner']);
  });

  it('gives null when the background refuses, and asks again next time', async () => {
    const { load, injected } = await fakeWorld(new Set(['planner']));
    expect(await load('planner')).toBeNull();
    expect(await load('planner')).toBeNull();
    expect(injected).toEqual(['planner', 'planner']);
  });

  it('does not inject what is already on the global (a module injected before)', async () => {
    const global = {};
    const planner = (await loadDirectly('planner')) as InjectedModules['planner'];
    registerInjected(global, 'planner', planner);
    const asked: InjectedName[] = [];
    const load = injectOnDemand(global, async (name) => {
      asked.push(name);
      return true;
    });
    expect(await load('planner')).toBe(planner);
    expect(asked).toEqual([]);
  });
});

describe('isInjectedName', () => {
  it('accepts only the scripts the build writes (a page cannot name another file)', () => {
    expect(isInjectedName('planner')).toBe(true);
    expect(isInjectedName('extras')).toBe(true);
    expect(isInjectedName('reader')).toBe(true);
    for (const bad of ['article', '../manifest.json', 'toString', '__proto__', null, 3, {}])
      expect(isInjectedName(bad)).toBe(false);
  });
});

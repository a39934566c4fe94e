// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  attribute,
  type GeckoThread,
  type ProfiledLoad,
} from '../../../bench/browser/gecko-profile';

const OURS = 'hide (moz-extension://0f1e2d3c/article.js:10:3)[71]';
const PAGE = 'tick (http://127.0.0.1:8000/page.html:5:1)[3]';
const TICK = 'RefreshDriver tick';
const STYLE = 'Style computation';

/**
 * A main thread sampled once per ms: each sample's stack given outermost first, by frame
 * location, in the raw Gecko format (string, frame and stack tables).
 */
function load(stacks: string[][]): ProfiledLoad {
  const stringTable: string[] = [];
  const frames: number[][] = [];
  const stackRows: (number | null)[][] = [];
  const stackOf = new Map<string, number>();
  const samples = stacks.map((names, time) => {
    let prefix: number | null = null;
    let key = '';
    for (const name of names) {
      key += `/${name}`;
      let stack = stackOf.get(key);
      if (stack === undefined) {
        let string = stringTable.indexOf(name);
        if (string < 0) string = stringTable.push(name) - 1;
        frames.push([string]);
        stack = stackRows.push([prefix, frames.length - 1]) - 1;
        stackOf.set(key, stack);
      }
      prefix = stack;
    }
    return [prefix, time];
  });
  const thread: GeckoThread = {
    samples: { schema: { stack: 0, time: 1 }, data: samples },
    markers: { schema: {}, data: [] },
    stackTable: { schema: { prefix: 0, frame: 1 }, data: stackRows },
    frameTable: { schema: { location: 0 }, data: frames },
    stringTable,
  };
  return { thread, domInteractiveAt: 0, wallClock: 0 };
}

const repeat = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

describe('whose samples a Firefox stall holds', () => {
  it('counts our script’s samples, and the whole of a refresh tick our script ran in', () => {
    const profile = load([
      ...repeat(5, ['js::RunScript', OURS]),
      // A frame: our animation-frame callback, then the style and layout it caused.
      ['PVsync', TICK, OURS],
      ...repeat(40, ['PVsync', TICK, STYLE]),
      ['idle'],
      // The page's own frame afterwards.
      ...repeat(30, ['PVsync', TICK, PAGE]),
    ]);
    const a = attribute(profile, 0, 0, 100);
    expect(a.samples).toBe(77);
    expect(a.extension).toBe(5 + 41);
  });

  it('counts nothing of a stall where only the page and the browser ran', () => {
    const profile = load([...repeat(20, ['PVsync', TICK, STYLE]), ...repeat(20, [PAGE])]);
    expect(attribute(profile, 0, 0, 100).extension).toBe(0);
  });
});

import { PhraseTable } from './phrase-table';

/** The direction a rise/fall word gives the figure it introduces. */
export type Direction = 'up' | 'down';

function words(list: string, dir: Direction): [string, Direction][] {
  return list.split(' ').map((w) => [w, dir]);
}

/** Verbs and adverbs that, standing shortly before a figure, introduce it as a change. */
export const DIRECTION_BEFORE = new PhraseTable<Direction>([
  ...words('tăng lên nâng vượt', 'up'),
  ...words('giảm xuống sụt hạ mất lỗ', 'down'),
  ...words(
    'rose rise rises risen rising increase increased increases increasing grew grow grows grown growing growth gained gain gains gaining added adding up higher jumped jump jumps climbed climb climbs surged surge soared soar rallied advanced raised raise raises hiked hike boosted expanded expand',
    'up',
  ),
  ...words(
    'fell fall falls fallen falling dropped drop drops dropping declined decline declines declining decreased decrease decreases lost lose loses losing down lower slipped slip slid slide plunged plunge tumbled tumble sank sink shrank shrink contracted contract cut cuts slumped slump eased ease retreated below',
    'down',
  ),
]);

/** Nouns that, right after a figure, make it a change (`a 3.2% drop`). */
export const DIRECTION_AFTER = new PhraseTable<Direction>([
  ...words('increase rise gain jump growth surge', 'up'),
  ...words('drop decline fall decrease loss slump contraction', 'down'),
]);

/**
 * Words that may stand between a direction word and its figure without breaking the link:
 * approximation and bound words (themselves outside the span, as the guide says), `by`,
 * `to`, `từ … lên`, `thêm`.
 */
export const BRIDGE_WORDS = new Set(
  'khoảng hơn gần trên dưới ít nhất tới đến thêm từ mức ở là chỉ còn đạt tương đương với về about around nearly almost over under more less than at least by to of from some roughly approximately just only a an as much many'.split(
    ' ',
  ),
);

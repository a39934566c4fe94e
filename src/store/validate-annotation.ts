import * as S from '../export/json-shape';
import { annotation, futureTimeProblem } from '../export/record-shapes';
import type { UserAnnotation } from '../model/stored-records';

/**
 * Messages are never trusted: a highlight is checked with the same shape a backup's highlights
 * are (so whatever is stored, import reads back), and a time more than a day ahead is refused.
 */
export function isUserAnnotation(v: unknown, now = Date.now()): v is UserAnnotation {
  try {
    const a = annotation(v, '$');
    return futureTimeProblem({ createdAt: a.createdAt, updatedAt: a.updatedAt }, now, '$') === null;
  } catch (thrown) {
    if (thrown instanceof S.ShapeProblem) return false;
    throw thrown;
  }
}

import type { Clipping, UserAnnotation } from '../model/stored-records';

/**
 * The user's highlights on a clipping, in reading order: by stored text position where there is
 * one, otherwise by creation time (orphans and old annotations without positions go last).
 */
export function highlightsOf(
  c: Clipping,
  annotations: readonly UserAnnotation[],
): UserAnnotation[] {
  const own = annotations.filter((a) => a.clippingId === c.id || a.canonicalKey === c.canonicalKey);
  return own
    .map((a) => ({ a, pos: textPosition(a) }))
    .sort((x, y) => x.pos - y.pos || x.a.createdAt - y.a.createdAt)
    .map(({ a }) => a);
}

function textPosition(a: UserAnnotation): number {
  for (const s of a.selectors) if (s.type === 'TextPositionSelector') return s.start;
  return Number.MAX_SAFE_INTEGER;
}

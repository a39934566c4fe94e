/**
 * Normalises the date strings pages publish (ISO, RFC 2822, "12/05/2020 08:30" as Vietnamese
 * sites write day-first, compact "20200512") to ISO 8601. Offsets are kept when the page gives
 * one; otherwise the value is read as UTC so the result does not depend on the reader's clock.
 */

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T-]+(\d{1,2})[:h](\d{2}))?/;
const TIME_THEN_DAY = /(\d{1,2}):(\d{2}).{0,5}?(\d{1,2})\/(\d{1,2})\/(\d{4})/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function fromParts(y: number, mo: number, d: number, h = 0, mi = 0): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00Z`;
}

export function toIsoDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  // Already ISO (with or without time/offset): keep the publisher's own offset.
  const iso = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (iso) {
    if (Number.isNaN(Date.parse(v.length === 10 ? v : v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))))
      return null;
    return v;
  }
  if (/^\d{8}$/.test(v))
    return fromParts(Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6, 8)));
  const dayFirst = DAY_FIRST.exec(v);
  if (dayFirst) {
    const [, d, mo, y, h, mi] = dayFirst;
    return fromParts(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0));
  }
  const timeThenDay = TIME_THEN_DAY.exec(v);
  if (timeThenDay) {
    const [, h, mi, d, mo, y] = timeThenDay;
    return fromParts(Number(y), Number(mo), Number(d), Number(h), Number(mi));
  }
  const parsed = Date.parse(v);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

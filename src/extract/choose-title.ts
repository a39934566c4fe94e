/**
 * The article's title for a citation: the declared one the page agrees with, without the
 * site's name. Declarations come first (JSON-LD headline, citation_title, Open Graph, Twitter,
 * Dublin Core), but a declaration the page shows nowhere is passed over: Wikipedia's JSON-LD
 * "headline" is the entry's one-line description, its "name" the title. `<title>` usually
 * carries the site's name ("Story – My website", "Báo X | Story"), which a citation leaves out.
 */

import { namesOwner } from '../shared/site-owner';

const SEPARATOR = /\s+[|\-–—·:»/]\s+|\s+::\s+/g;
const LEADING_SEPARATOR = /^(\s+[|\-–—·:»/]\s+|\s+::\s+)/;

function clean(text: string | null | undefined): string | null {
  const out = (text ?? '').replace(/\s+/g, ' ').trim();
  return out === '' ? null : out;
}

/** `title` without a leading or trailing part that names the site. */
export function withoutSiteName(title: string, owners: readonly (string | null)[]): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const seps = title.match(SEPARATOR) ?? [];
  const last = parts[parts.length - 1] as string;
  if (namesOwner(last, owners)) {
    const cut = title.length - last.length - (seps[seps.length - 1]?.length ?? 0);
    return title.slice(0, cut).trim();
  }
  const first = parts[0] as string;
  if (namesOwner(first, owners)) return title.slice(first.length + (seps[0]?.length ?? 0)).trim();
  return title;
}

/**
 * Picks among `declared` (in order of trust) the first the page shows in its `<title>` or its
 * `<h1>`; else the first declared; else the `<title>`. Cuts that down to the `<h1>` it starts
 * with, then drops the site's name.
 */
export function chooseTitle(
  declared: readonly (string | null | undefined)[],
  documentTitle: string,
  h1: string | null,
  owners: readonly (string | null)[],
): string | null {
  const candidates = declared.map(clean).filter((t): t is string => t !== null);
  const page = clean(documentTitle);
  const heading = clean(h1);
  const shown = (t: string) =>
    (page !== null && page.toLowerCase().includes(t.toLowerCase())) ||
    (heading !== null && heading.toLowerCase() === t.toLowerCase());
  // "Lorem ipsum dolor sit amet – My website" (or "… - Chính trị - Xã hội", the sections) over
  // an <h1> of "Lorem ipsum dolor sit amet": the heading is the title.
  const startsWithHeading = (t: string) =>
    heading !== null && t.startsWith(heading) && LEADING_SEPARATOR.test(t.slice(heading.length));
  let title = candidates.find(shown) ?? candidates[0] ?? page ?? heading;
  if (title !== null && startsWithHeading(title)) title = heading;
  return title === null ? null : withoutSiteName(title, owners);
}

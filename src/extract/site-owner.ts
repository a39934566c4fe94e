/**
 * Whether a name is the site's own (its name, its publisher, its host) rather than a person's
 * or a story's: "Báo VnExpress", "vnexpress.net" and "VnExpress" are one owner.
 */

/** Lower-case letters and digits only, without "www.", "Báo", "The" and the domain ending. */
export function ownerKey(name: string): string {
  return name
    .toLowerCase()
    .trim()
    .replace(/^(www\.|báo |tạp chí |the )/, '')
    .replace(/\.(com|net|org|vn|co\.uk|com\.vn|fr|cz|de)$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The page's host without "www.", or null. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** True when `name` is one of `owners`, or mostly one ("Aktuálně.cz - Víte…" is not). */
export function namesOwner(name: string, owners: readonly (string | null)[]): boolean {
  const k = ownerKey(name);
  if (k.length < 2) return false;
  return owners.some((owner) => {
    if (owner === null) return false;
    const o = ownerKey(owner);
    return o.length >= 2 && (k === o || (k.includes(o) && o.length >= 0.5 * k.length));
  });
}

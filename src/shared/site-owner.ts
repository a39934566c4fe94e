/**
 * Whether a name is the site's own (its name, its publisher, its host) rather than a person's
 * or a story's: "Báo VnExpress", "vnexpress.net" and "VnExpress" are one owner.
 */

/**
 * Lower-case letters and digits only, without diacritics, "www.", "Báo", "The" and the
 * domain ending.
 */
export function ownerKey(name: string): string {
  return (
    name
      .toLowerCase()
      .trim()
      // "Aktuálně.cz" lives at aktualne.cz, "Dân trí" at dantri.com.vn.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/^(www\.|báo |tạp chí |the )/, '')
      .replace(/\.(com|net|org|vn|co\.uk|com\.vn|fr|cz|de)$/, '')
      .replace(/[^\p{L}\p{N}]/gu, '')
  );
}

/** The page's host without "www.", or null. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** True when `name` is one of `owners`, or most of one ("Aktuálně.cz - Víte…" is not). */
export function namesOwner(name: string, owners: readonly (string | null)[]): boolean {
  const k = ownerKey(name);
  if (k.length < 2) return false;
  return owners.some((owner) => {
    if (owner === null) return false;
    const o = ownerKey(owner);
    if (o.length < 2) return false;
    // Either holds most of the other: "Aktuálně.cz" and zpravy.aktualne.cz, "Báo X" and X.
    const [short, long] = k.length <= o.length ? [k, o] : [o, k];
    return long.includes(short) && short.length >= 0.5 * long.length;
  });
}

/**
 * The site's name without the tagline some pages append to og:site_name ("Aktuálně.cz - Víte,
 * co se právě děje"): the part that names the host, when one does.
 */
export function withoutTagline(siteName: string, host: string | null): string {
  const parts = siteName.split(/\s+[|\-–—·:]\s+/);
  if (parts.length < 2 || host === null) return siteName;
  return parts.find((part) => namesOwner(part, [host])) ?? siteName;
}

import { getDomain } from 'tldts';

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * The key that says "this is the same article": a normalised URL, not meant for navigation.
 * It is `Clipping.canonicalKey` and `UserAnnotation.canonicalKey`, so highlights made on
 * `http://www.vnexpress.net/bai-viet-123.html?utm_source=zalo#comments` show up again on
 * `https://vnexpress.net/bai-viet-123.html`.
 *
 * Decisions (each trades a rare false merge for the common false split):
 * - the page's `<link rel=canonical>` wins when it is http(s), on the same site (same
 *   registrable domain, approximated below) and not the site's home page (a common CMS bug
 *   points every article at `/`); a cross-site canonical (syndication) is ignored, since the
 *   syndicated copy is a different page for anchoring;
 * - `http:` becomes `https:`, a leading `www.` is dropped (every news site serves both the same);
 *   other subdomains (`m.`, `amp.`, `e.`) are kept, as they are sometimes different articles;
 * - user info, default ports, the fragment (except a `#!` route of old single-page sites),
 *   `;jsessionid=`, and a trailing slash are dropped; `%xx` escapes of unreserved characters
 *   are decoded and the others upper-cased;
 * - tracking parameters are dropped (list below) and the rest sorted by name, then value.
 * A string that is not a URL is returned trimmed, unchanged.
 */

/** Query parameters that only say how the reader arrived, never which article it is. */
// prettier-ignore
const TRACKING_PARAMS = new Set(
  [
    'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
    'igshid', 'igsh', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', '__hssc', '__hstc', '__hsfp',
    'hsctatracking', 'mkt_tok', 'ref', 'ref_src', 'ref_url', 'cmpid', 's_cid', 'ocid', 'icid', 'ncid', 'sr_share',
    'spm', 'scm', 'vero_id', 'vero_conv', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 'wt_mc', 'wt_zmc', 'trk', 'xtor',
    'xts', 'fb_action_ids', 'fb_action_types', 'fb_ref', 'fb_source', 'action_object_map', 'action_type_map',
    'action_ref_map', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'smid', 'smtyp', 'at_medium', 'at_campaign',
    // Zalo, the usual way Vietnamese readers share links, appends these.
    'zarsrc', 'gidzl',
  ].map((p) => p.toLowerCase()),
);

/** Prefixes of tracking parameter families: Google/Urchin, Piwik, Matomo, HubSpot ads. */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

/**
 * Platforms that give each user a subdomain of their own but are not (yet) on the Public
 * Suffix List: one tenant's page must not name another tenant's as its canonical.
 */
const UNLISTED_TENANT_SUFFIXES = ['medium.com', 'substack.com'];

/**
 * Registrable domain ("eTLD+1", a site) of a host, by the Public Suffix List including its
 * private part, so each tenant of a shared host (`*.github.io`, `*.herokuapp.com`…) is a site
 * of its own; IPs and single labels as they are.
 */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host;
  const tenantOf = UNLISTED_TENANT_SUFFIXES.find((s) => host.endsWith(`.${s}`));
  if (tenantOf !== undefined) {
    const labels = host.slice(0, -tenantOf.length - 1).split('.');
    return `${labels[labels.length - 1] ?? ''}.${tenantOf}`;
  }
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

function parse(href: string, base?: URL): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

const isHttp = (u: URL): boolean => u.protocol === 'http:' || u.protocol === 'https:';

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

function normalisePath(path: string): string {
  const p = path.replace(/;jsessionid=[^/]*/gi, '').replace(/%[0-9a-f]{2}/gi, (esc) => {
    const ch = String.fromCharCode(parseInt(esc.slice(1), 16));
    return UNRESERVED.test(ch) ? ch : esc.toUpperCase();
  });
  return p.length > 1 ? p.replace(/\/+$/, '') || '/' : '/';
}

function normaliseQuery(search: string): string {
  const kept = Array.from(new URLSearchParams(search)).filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  return query ? `?${query}` : '';
}

/** Whether a canonical URL may stand for the page: http(s), same site, not the home page. */
function acceptableCanonical(page: URL, canonical: URL): boolean {
  if (!isHttp(canonical)) return false;
  if (registrableDomain(canonical.hostname) !== registrableDomain(page.hostname)) return false;
  const home = normalisePath(canonical.pathname) === '/' && !canonical.search;
  return !home || normalisePath(page.pathname) === '/';
}

/**
 * The "same article" key of a page at `url`, using its `<link rel=canonical>` href (absolute or
 * relative to `url`) when that is acceptable. See the module comment for every rule.
 */
export function canonicalKey(url: string, canonicalHref?: string | null): string {
  const page = parse(url);
  if (!page) return url.trim();
  const canonical = canonicalHref ? parse(canonicalHref, page) : null;
  const chosen =
    canonical && isHttp(page) && acceptableCanonical(page, canonical) ? canonical : page;
  if (!isHttp(chosen)) return chosen.href.replace(/#.*$/, '');
  const host = chosen.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  // `URL` already drops the scheme's default port; after http → https, 443 is the default too.
  const port =
    chosen.port && chosen.port !== '443' && !(chosen.port === '80' && chosen.protocol === 'http:')
      ? `:${chosen.port}`
      : '';
  const route = chosen.hash.startsWith('#!') ? chosen.hash : '';
  return `https://${host}${port}${normalisePath(chosen.pathname)}${normaliseQuery(chosen.search)}${route}`;
}

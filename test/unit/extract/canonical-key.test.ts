import { describe, expect, it } from 'vitest';
import { canonicalKey, registrableDomain } from '../../../src/shared/canonical-key';

describe('canonicalKey', () => {
  it.each([
    [
      'lower-cases the host and drops www.',
      'https://WWW.VnExpress.NET/bai-viet-123.html',
      'https://vnexpress.net/bai-viet-123.html',
    ],
    [
      'drops the fragment',
      'https://vnexpress.net/a.html#box_comment',
      'https://vnexpress.net/a.html',
    ],
    [
      'keeps a #! route',
      'https://old.example.com/#!/story/42',
      'https://old.example.com/#!/story/42',
    ],
    ['uses https for http', 'http://tuoitre.vn/a-123.htm', 'https://tuoitre.vn/a-123.htm'],
    ['drops default ports', 'http://example.com:80/a', 'https://example.com/a'],
    ['drops 443', 'https://example.com:443/a', 'https://example.com/a'],
    ['keeps other ports', 'https://example.com:8443/a', 'https://example.com:8443/a'],
    ['drops a trailing slash', 'https://example.com/news/story/', 'https://example.com/news/story'],
    ['keeps the root slash', 'https://example.com', 'https://example.com/'],
    ['drops several trailing slashes', 'https://example.com/a//', 'https://example.com/a'],
    ['drops user info', 'https://user:pw@example.com/a', 'https://example.com/a'],
    [
      'drops jsessionid',
      'https://example.com/a;jsessionid=ABC123?id=1',
      'https://example.com/a?id=1',
    ],
    [
      'drops utm_*',
      'https://example.com/a?utm_source=zalo&utm_medium=social&utm_campaign=x&UTM_Term=y',
      'https://example.com/a',
    ],
    [
      'drops click ids',
      'https://example.com/a?fbclid=IwAR0&gclid=abc&msclkid=1&igshid=2&ttclid=3',
      'https://example.com/a',
    ],
    [
      'drops mailchimp and GA ids',
      'https://example.com/a?mc_cid=1&mc_eid=2&_ga=3&_gl=4',
      'https://example.com/a',
    ],
    [
      'drops ref and cmpid',
      'https://example.com/a?ref=homepage&cmpid=rss&ref_src=twsrc',
      'https://example.com/a',
    ],
    [
      'drops Zalo share parameters',
      'https://thanhnien.vn/a-185.htm?zarsrc=30&utm_source=zalo&gidzl=XyZ',
      'https://thanhnien.vn/a-185.htm',
    ],
    [
      'keeps and sorts content parameters',
      'https://example.com/article.php?page=2&id=77&utm_source=x',
      'https://example.com/article.php?id=77&page=2',
    ],
    [
      'sorts repeated names by value',
      'https://example.com/s?tag=b&tag=a',
      'https://example.com/s?tag=a&tag=b',
    ],
    ['drops an empty query', 'https://example.com/a?', 'https://example.com/a'],
    [
      'decodes escaped unreserved characters',
      'https://example.com/%7Euser/%61rticle',
      'https://example.com/~user/article',
    ],
    [
      'upper-cases other escapes',
      'https://example.com/tin-t%e1%bb%a9c',
      'https://example.com/tin-t%E1%BB%A9c',
    ],
    [
      'keeps m. and amp. subdomains',
      'https://m.vnexpress.net/a.html',
      'https://m.vnexpress.net/a.html',
    ],
  ])('%s', (_name, url, expected) => {
    expect(canonicalKey(url)).toBe(expected);
  });

  it('makes the usual variants of one article the same key', () => {
    const variants = [
      'https://vnexpress.net/gia-vang-tang-4712345.html',
      'http://www.vnexpress.net/gia-vang-tang-4712345.html',
      'https://vnexpress.net/gia-vang-tang-4712345.html?utm_source=facebook&fbclid=IwAR2x',
      'https://vnexpress.net/gia-vang-tang-4712345.html#box_comment_vne',
      'https://VNEXPRESS.net:443/gia-vang-tang-4712345.html/',
    ];
    expect(new Set(variants.map((v) => canonicalKey(v))).size).toBe(1);
  });

  describe('with <link rel=canonical>', () => {
    it('prefers a same-site canonical', () => {
      expect(
        canonicalKey('https://example.com/amp/story?x=1', 'https://www.example.com/story'),
      ).toBe('https://example.com/story');
    });

    it('accepts a canonical on a sibling subdomain of the same site', () => {
      expect(
        canonicalKey('https://m.vnexpress.net/a-1.html', 'https://vnexpress.net/a-1.html'),
      ).toBe('https://vnexpress.net/a-1.html');
    });

    it('resolves a relative canonical against the page', () => {
      expect(canonicalKey('https://example.com/news/2024/story?page=1', '/news/story')).toBe(
        'https://example.com/news/story',
      );
    });

    it('normalises the canonical too', () => {
      expect(
        canonicalKey('https://example.com/a', 'http://www.example.com/a/?utm_source=rss#top'),
      ).toBe('https://example.com/a');
    });

    it('ignores a cross-site canonical (syndication)', () => {
      expect(canonicalKey('https://news.example.org/wire/story', 'https://reuters.com/story')).toBe(
        'https://news.example.org/wire/story',
      );
    });

    it('tells apart sites under a two-label public suffix', () => {
      expect(canonicalKey('https://baomoi.com.vn/a', 'https://other.com.vn/a')).toBe(
        'https://baomoi.com.vn/a',
      );
      expect(canonicalKey('https://alice.github.io/post', 'https://bob.github.io/post')).toBe(
        'https://alice.github.io/post',
      );
    });

    it('ignores a canonical pointing at the home page from an article', () => {
      expect(canonicalKey('https://example.com/story-1', 'https://example.com/')).toBe(
        'https://example.com/story-1',
      );
    });

    it('ignores non-http canonicals and garbage', () => {
      expect(canonicalKey('https://example.com/a', 'javascript:alert(1)')).toBe(
        'https://example.com/a',
      );
      expect(canonicalKey('https://example.com/a', 'http://[bad')).toBe('https://example.com/a');
      expect(canonicalKey('https://example.com/a', '')).toBe('https://example.com/a');
      expect(canonicalKey('https://example.com/a', null)).toBe('https://example.com/a');
    });
  });

  it('leaves non-http URLs alone apart from the fragment', () => {
    expect(canonicalKey('file:///home/me/article.html#x')).toBe('file:///home/me/article.html');
  });

  it('returns a string that is not a URL trimmed', () => {
    expect(canonicalKey('  not a url ')).toBe('not a url');
  });
});

describe('registrableDomain', () => {
  it.each([
    ['vnexpress.net', 'vnexpress.net'],
    ['m.vnexpress.net', 'vnexpress.net'],
    ['news.baomoi.com.vn', 'baomoi.com.vn'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['Example.COM.', 'example.com'],
  ])('%s → %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});

describe('site identity of shared hosts (Public Suffix List)', () => {
  // Each tenant of these hosts is someone else's site: a copy of a victim's page on another
  // tenant must not take the victim's key (and so the victim's highlights) through its
  // canonical link.
  it.each([
    ['victim.herokuapp.com', 'attacker.herokuapp.com'],
    ['victim.github.io', 'attacker.github.io'],
    ['victim.gitlab.io', 'attacker.gitlab.io'],
    ['victim.appspot.com', 'attacker.appspot.com'],
    ['victim.web.app', 'attacker.web.app'],
    ['victim.azurewebsites.net', 'attacker.azurewebsites.net'],
    ['victim.medium.com', 'attacker.medium.com'],
    ['victim.substack.com', 'attacker.substack.com'],
    ['victim.blogspot.com', 'attacker.blogspot.com'],
  ])('a page on %s is a site of its own, apart from %s', (victim, attacker) => {
    expect(registrableDomain(victim)).toBe(victim);
    expect(registrableDomain(`www.${victim}`)).toBe(victim);
    expect(registrableDomain(attacker)).not.toBe(registrableDomain(victim));
    const copy = `https://${attacker}/notes/2024/plan.html`;
    expect(canonicalKey(copy, `https://${victim}/notes/2024/plan.html`)).toBe(
      `https://${attacker}/notes/2024/plan.html`,
    );
    // The tenant's own canonical still counts.
    expect(canonicalKey(`${copy}?utm_source=x`, `https://${attacker}/notes/plan`)).toBe(
      `https://${attacker}/notes/plan`,
    );
  });

  it.each([
    ['amp.vnexpress.net', 'https://vnexpress.net/bai-123.html'],
    ['m.tuoitre.vn', 'https://tuoitre.vn/bai-123.htm'],
    ['amp.theguardian.com', 'https://www.theguardian.com/world/2024/story'],
    ['e.vnexpress.net', 'https://vnexpress.net/bai-123.html'],
    ['news.baomoi.com.vn', 'https://baomoi.com.vn/bai-123.epi'],
    ['mobile.bbc.co.uk', 'https://www.bbc.co.uk/news/world-123'],
  ])('an ordinary site: %s may name %s, on the same site, as its canonical', (host, canonical) => {
    expect(canonicalKey(`https://${host}/any/path`, canonical)).toBe(
      canonical.replace('://www.', '://'),
    );
  });

  it('does not join sites that merely share a public suffix', () => {
    expect(registrableDomain('a.com.vn')).not.toBe(registrableDomain('b.com.vn'));
    expect(registrableDomain('news.a.co.uk')).toBe('a.co.uk');
    expect(canonicalKey('https://a.com.vn/x', 'https://b.com.vn/x')).toBe('https://a.com.vn/x');
  });
});

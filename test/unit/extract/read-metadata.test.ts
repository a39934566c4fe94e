// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectLanguage, guessLanguageFromText } from '../../../src/extract/detect-language';
import {
  canonicalUrlSteps,
  readMetadata,
  readMetadataSteps,
} from '../../../src/extract/read-metadata';
import { runSteps } from '../../../src/shared/run-steps';
import { toIsoDate } from '../../../src/extract/to-iso-date';
import { loadFixture, parsePage } from './load-page';

describe('readMetadata', () => {
  it('reads in steps (one walk of the page each) to the same record', () => {
    const doc = loadFixture('pages/vi-news-article.html');
    const steps = readMetadataSteps(doc, 'https://example.vn/a.htm');
    let stops = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) stops++;
    expect(stops).toBeGreaterThanOrEqual(4);
    expect(step.value).toEqual(readMetadata(doc, 'https://example.vn/a.htm'));
  });

  it('reads the canonical address alone as the whole read gives it, from each place it can be', () => {
    const url = 'https://example.vn/tin/a.htm?utm=x';
    const pages = [
      loadFixture('pages/vi-news-article.html'),
      parsePage('<html><head><link rel="canonical" href="/tin/a.htm"></head><body></body></html>'),
      parsePage('<html><head><meta property="og:url" content="https://e.vn/og"></head></html>'),
      parsePage(
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle","url":"https://e.vn/ld"}</script></head></html>',
      ),
      parsePage('<html><head><title>none</title></head><body><p>x</p></body></html>'),
    ];
    const found = pages.map((doc) => runSteps(canonicalUrlSteps(doc, url)));
    expect(found).toEqual(pages.map((doc) => readMetadata(doc, url).canonicalUrl));
    expect(found.slice(1)).toEqual([
      'https://example.vn/tin/a.htm',
      'https://e.vn/og',
      'https://e.vn/ld',
      url,
    ]);
  });

  it('guesses the language from the start of the text, however long the page', () => {
    const prose = 'Ngành Công Thương Lai Châu đang nỗ lực triển khai nhiều giải pháp. ';
    const doc = parsePage(
      `<html><body><p>${prose.repeat(40)}</p><p>${'The rest is English text. '.repeat(20000)}</p></body></html>`,
    );
    expect(readMetadata(doc).lang).toBe('vi');
  });

  it('reads JSON-LD @graph authors and dates, Open Graph site name, canonical', () => {
    const m = readMetadata(loadFixture('pages/vi-news-article.html'));
    expect(m).toMatchObject({
      title: 'Hà Nam khởi công nhà máy điện mặt trời 1.200 tỷ đồng',
      authors: ['Minh Anh', 'Quốc Việt'],
      byline: 'Minh Anh, Quốc Việt',
      siteName: 'Báo Kinh tế Mẫu',
      publishedTime: '2024-06-05T09:15:00+07:00',
      modifiedTime: '2024-06-05T10:02:00+07:00',
      lang: 'vi',
    });
    expect(m.canonicalUrl).toContain('20240605091500123.htm');
  });

  it('reads Open Graph, meta author and citation_doi', () => {
    const m = readMetadata(loadFixture('pages/en-news-article.html'));
    expect(m).toMatchObject({
      title: 'Port operator wins $2.1 billion terminal contract',
      byline: 'Jane Doe',
      publishedTime: '2024-03-18T14:05:00Z',
      modifiedTime: '2024-03-18T16:40:00Z',
      doi: '10.5555/example.2024.001',
      lang: 'en',
      description:
        'The Harbor Gateway terminal will add 1.5 million containers of annual capacity by 2027.',
    });
  });

  it('reads citation_* and Dublin Core, and falls back to <time> and the page', () => {
    const doc = parsePage(
      `<html><head><title>Page title</title><meta name="citation_title" content="A Study of Ports">
       <meta name="citation_author" content="Nguyen, An"><meta name="citation_author" content="Tran, Binh">
       <meta name="DC.publisher" content="Journal"><meta name="DC.identifier" content="doi:10.1234/abcd.5"></head>
       <body><time datetime="2021-02-03">3 Feb</time><p>text</p></body></html>`,
      'https://journal.example/article/5',
    );
    const m = readMetadata(doc, 'https://journal.example/article/5');
    expect(m.title).toBe('A Study of Ports');
    expect(m.authors).toEqual(['Nguyen, An', 'Tran, Binh']);
    expect(m.doi).toBe('10.1234/abcd.5');
    expect(m.publishedTime).toBe('2021-02-03');
    expect(m.canonicalUrl).toBe('https://journal.example/article/5');
  });

  it('reads JSON-LD given as an array and ignores broken blocks', () => {
    const doc = parsePage(`<head><script type="application/ld+json">{broken</script>
      <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"A B"},"datePublished":"2023-01-02T03:04:05Z"}]</script></head><body></body>`);
    expect(readMetadata(doc)).toMatchObject({
      title: 'H',
      byline: 'A B',
      publishedTime: '2023-01-02T03:04:05Z',
    });
  });

  it('names the person who signed the story when the page declares only its publisher', () => {
    // VnExpress's layout: JSON-LD author is the paper itself; the reporter signs at the end.
    const doc = parsePage(
      `<head><meta property="og:site_name" content="vnexpress.net"><meta name="author" content="VnExpress">
       <script type="application/ld+json">{"@type":"NewsArticle","headline":"Đau bụng kéo dài",
       "author":{"@type":"Organization","name":"VnExpress"},"publisher":{"@type":"Organization","name":"Báo VnExpress"}}</script></head>
       <body><article><p class="Normal">Người đàn ông 63 tuổi đau bụng kéo dài.</p>
       <p class="Normal" style="text-align:right;"><strong>Lê Phương</strong></p></article></body>`,
      'https://vnexpress.net/dau-bung-4954454.html',
    );
    expect(readMetadata(doc, 'https://vnexpress.net/dau-bung-4954454.html').authors).toEqual([
      'Lê Phương',
    ]);
  });

  it('keeps the publisher as the author when the page prints no person', () => {
    const doc = parsePage(
      `<head><meta property="og:site_name" content="Dân trí"><meta name="author" content="Dân Trí"></head>
       <body><p>Giá vàng giảm sau dấu hiệu khả quan của kinh tế Mỹ.</p></body>`,
      'https://dantri.com.vn/kinh-doanh/gia-vang.htm',
    );
    expect(readMetadata(doc).authors).toEqual(['Dân Trí']);
  });

  it("reads the publisher from BBC's og:article:author when it prints no person", () => {
    const doc = parsePage(
      `<head><meta property="og:site_name" content="BBC News"><meta property="og:article:author" content="BBC News"></head>
       <body><p>Obama admits US gun laws are his biggest frustration.</p></body>`,
      'https://www.bbc.co.uk/news/world-us-canada-33646542',
    );
    expect(readMetadata(doc).authors).toEqual(['BBC News']);
  });

  it('reads the byline the page prints when nothing is declared', () => {
    const doc = parsePage(
      `<head><link rel="author" href="/humans.txt"></head><body>
       <nav><span class="author">Staff Picks</span></nav>
       <div class="author-avatar"><img alt=""> Photo</div>
       <div class="article-body__byline">By Stella Kim and Jennifer Jett, NBC News</div>
       <p>South Korea's president survived an impeachment vote.</p></body>`,
    );
    expect(readMetadata(doc).authors).toEqual(['Stella Kim', 'Jennifer Jett']);
  });

  it('reads Dublin Core written as RDFa properties, and JSON-LD wrapped in bare CDATA', () => {
    const doc =
      parsePage(`<head><meta property="dc:creator twitter:site_name" content="Creator Name">
      <script type="application/ld+json">
        <![CDATA[ {"@type":"Article","headline":"H","datePublished":"2003-02-28T21:51:08Z"} ]]>
      </script></head><body></body>`);
    expect(readMetadata(doc)).toMatchObject({
      authors: ['Creator Name'],
      publishedTime: '2003-02-28T21:51:08Z',
    });
  });

  it('reads the record of a post declared as a social posting, not the site beside it', () => {
    // Tumblr's layout: a WebSite node first, then the post as SocialMediaPosting.
    const doc = parsePage(`<head><script type="application/ld+json">[
      {"@type":"WebSite","name":"Minecraft Update News","datePublished":"2010-01-01"},
      {"@type":"SocialMediaPosting","headline":"Minecraft 1.8 - The Bountiful Update",
       "datePublished":"2014-09-02T08:35:27-04:00","author":"mcupdate"}]</script></head><body></body>`);
    expect(readMetadata(doc)).toMatchObject({
      title: 'Minecraft 1.8 - The Bountiful Update',
      publishedTime: '2014-09-02T08:35:27-04:00',
    });
  });

  it('never throws on an empty document', () => {
    expect(() => readMetadata(parsePage(''))).not.toThrow();
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2020-05-12T08:30:00+07:00', '2020-05-12T08:30:00+07:00'],
    ['12/05/2020 08:30', '2020-05-12T08:30:00Z'],
    ['08:30 | 12/05/2020', '2020-05-12T08:30:00Z'],
    ['20200512', '2020-05-12T00:00:00Z'],
    ['Tue, 12 May 2020 01:30:00 GMT', '2020-05-12T01:30:00.000Z'],
    ['not a date', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe('detectLanguage', () => {
  it('prefers the declared language, but Vietnamese text overrides a template "en"', () => {
    expect(
      detectLanguage(
        parsePage('<html lang="en-GB"><body></body></html>'),
        'Hello world, plain English text here.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        parsePage('<html lang="en"><body></body></html>'),
        'Giá vàng hôm nay tăng mạnh, người dân đổ xô đi mua.',
      ),
    ).toBe('vi');
    expect(
      detectLanguage(parsePage('<html lang="ja"><body></body></html>'), '日本語のテキスト'),
    ).toBe('ja');
  });

  it('guesses from text alone', () => {
    expect(
      guessLanguageFromText('Ngành Công Thương Lai Châu đang nỗ lực triển khai nhiều giải pháp'),
    ).toBe('vi');
    expect(guessLanguageFromText('The port operator said on Monday it had won the contract')).toBe(
      'en',
    );
    expect(guessLanguageFromText('مرحبا بالعالم هذا نص عربي طويل بما فيه الكفاية')).toBe('und');
    expect(guessLanguageFromText('')).toBe('und');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHtml, readHtmlFile } from '../../../scripts/parse-html-file';

// A SCSS variable left in a calc(): browsers ignore the declaration, jsdom 29 throws out of its
// parser (seen on a real news page).
const SCSS_LEFTOVER =
  '@media (min-width:64em){.gallery{min-height:calc(($max - $side - 16px) / 16 * 9)}}';

describe('parseHtml', () => {
  it('parses a page whose stylesheet jsdom throws on, keeping the stylesheets it can read', () => {
    const doc = parseHtml(
      `<html><head><style>${SCSS_LEFTOVER}</style><style>.promo{display:none}</style></head>` +
        '<body><p>Article text.</p><div class="promo">Subscribe</div></body></html>',
    );
    expect(doc.querySelector('p')?.textContent).toBe('Article text.');
    expect(doc.styleSheets).toHaveLength(2);
    const promo = doc.querySelector('.promo');
    expect(promo && doc.defaultView?.getComputedStyle(promo).display).toBe('none');
    expect(doc.querySelector('style')?.textContent).not.toContain('$max');
  });

  it('leaves a page it can parse exactly as written', () => {
    const doc = parseHtml('<style>.a{width:calc(100% - 4px)}</style><p>x</p>');
    expect(doc.querySelector('style')?.textContent).toBe('.a{width:calc(100% - 4px)}');
  });
});

describe('readHtmlFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ra-charset-'));
  const saved = (name: string, bytes: Uint8Array): string => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const ascii = (text: string) => Buffer.from(text, 'latin1');

  it('reads a page saved as UTF-8 that still declares its old charset as UTF-8', () => {
    const html =
      '<meta charset="gb2312"><title>人工智能迈上新台阶</title><p>Giá điện tăng 4,8%</p>';
    expect(readHtmlFile(saved('resaved.html', Buffer.from(html, 'utf8')))).toBe(html);
  });

  it('reads a page in a legacy charset as it declares', () => {
    // 中文 in GBK, café in windows-1252: neither is valid UTF-8.
    const gbk = Buffer.concat([
      ascii('<meta charset="gb2312"><p>'),
      Buffer.from([0xd6, 0xd0, 0xce, 0xc4]),
      ascii('</p>'),
    ]);
    expect(readHtmlFile(saved('gbk.html', gbk))).toBe('<meta charset="gb2312"><p>中文</p>');
    const latin = Buffer.concat([
      ascii('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>caf'),
      Buffer.from([0xe9]),
      ascii('</p>'),
    ]);
    expect(readHtmlFile(saved('latin.html.gz', gzipSync(latin)))).toContain('<p>café</p>');
  });

  it('reads an XHTML page by its XML declaration, and one with a byte-order mark by the mark', () => {
    const xhtml = Buffer.concat([
      ascii('<?xml version="1.0" encoding="ISO-8859-1"?><html><p>Gr'),
      Buffer.from([0xfc]),
      ascii('n</p></html>'),
    ]);
    expect(readHtmlFile(saved('page.xhtml', xhtml))).toContain('<p>Grün</p>');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<meta charset="windows-1252"><p>Giá điện</p>', 'utf16le'),
    ]);
    expect(readHtmlFile(saved('utf16.html', utf16))).toBe(
      '<meta charset="windows-1252"><p>Giá điện</p>',
    );
  });

  it('keeps every character of a legacy page that declares nothing, or a label nobody knows', () => {
    const cafe = (head: string) =>
      Buffer.concat([
        ascii(`${head}<p>caf`),
        Buffer.from([0xe9]),
        ascii(' 5 '),
        Buffer.from([0x80]),
        ascii('</p>'),
      ]);
    expect(readHtmlFile(saved('bare.html', cafe('')))).toBe('<p>café 5 €</p>');
    expect(readHtmlFile(saved('unknown.html', cafe('<meta charset="x-made-up">')))).toBe(
      '<meta charset="x-made-up"><p>café 5 €</p>',
    );
  });
});

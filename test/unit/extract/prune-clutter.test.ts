// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isClutterBox, isClutterLine } from '../../../src/extract/clutter-patterns';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { line, prose } from './block-fixtures';
import { parsePage } from './load-page';

describe('interface labels are clutter only as the whole line', () => {
  it.each([
    ['<p>Share</p>', true],
    ['<p>Share on Facebook</p>', true],
    ['<p>Advertisement</p>', true],
    ['<p>Comments (12)</p>', true],
    ['<p>Chia sẻ Facebook</p>', true],
    ['<p>Quảng cáo</p>', true],
    ['<p>Share prices fell 3% on Monday.</p>', false],
    ['<p>Close to 200 people attended the meeting.</p>', false],
    ['<p>Advertising revenue rose 5% in the quarter.</p>', false],
    ['<p>Address Bar Preferences</p>', false],
    ['<p>Chia sẻ với báo chí, ông Nam cho biết dự án sẽ xong trong năm nay.</p>', false],
    ['<p>Bình luận về kết quả này, chuyên gia cho rằng tăng trưởng sẽ chậm lại.</p>', false],
  ])('%s → %s', (html, clutter) => {
    expect(isClutterLine(line(html))).toBe(clutter);
  });

  it('a short paragraph opening with "Share" stays on the page', () => {
    const doc = parsePage(
      `<body><article><h1>Markets</h1>${prose(5, 'Markets')}<p>Share prices fell 3% on Monday.</p><p>Share</p></article></body>`,
    );
    const text = visibleText(doc, planArticle(doc));
    expect(text).toContain('Share prices fell 3% on Monday.');
    expect(text).not.toMatch(/\n\nShare$/);
  });
});

describe('sections named after their own heading', () => {
  it('are not mistaken for share boxes', () => {
    const section = line(
      '<div id="sharing-with-a-single-developer" class="section"><h2>Sharing with a single developer</h2><p>Text.</p></div>',
    );
    expect(isClutterBox(section)).toBe(false);
    const widget = line('<div id="related"><h3>Related stories</h3><a href="/a">A</a></div>');
    expect(isClutterBox(widget)).toBe(true);
  });

  it('keep their text in the plan', () => {
    const doc = parsePage(
      `<body><div class="body"><h1>Evolve guide</h1>${prose(4, 'Intro')}<div id="sharing-with-a-single-developer" class="section"><h2>Sharing with a single developer</h2>${prose(2, 'Sharing')}</div>${prose(4, 'Outro')}</div></body>`,
    );
    const text = visibleText(doc, planArticle(doc));
    expect(text).toContain('Sharing with a single developer');
    expect(text).toContain('Sharing paragraph 1');
  });
});

describe('a table of contents (in-page anchors) is not a list of other stories', () => {
  it('is kept', () => {
    const toc =
      '<ul><li><a href="#setup">Setting up the repository</a></li><li><a href="#amend">Amending a shared change</a></li><li><a href="#publish">Publishing the result</a></li></ul>';
    expect(isClutterLine(line(toc))).toBe(false);
    const links =
      '<ul><li><a href="/a">Another story about markets</a></li><li><a href="/b">A second story about rates</a></li><li><a href="/c">A third story about jobs</a></li></ul>';
    expect(isClutterLine(line(links))).toBe(true);
  });
});

describe('inline elements in running text', () => {
  it('keep their words even when named like a widget or linked to javascript:', () => {
    const doc = parsePage(
      `<body><div class="story"><h1>Bartleby</h1>${prose(4, 'Story')}<p>"Oh, certainly, sir, <a href="javascript:void(0);" class="popup">if you prefer that I should</a>."</p><p>He said <a href="javascript:void(0)">nothing</a> at all, and the committee, the witnesses and the clerk waited.</p>${prose(3, 'End')}</div></body>`,
    );
    const text = visibleText(doc, planArticle(doc));
    expect(text).toContain('"Oh, certainly, sir, if you prefer that I should."');
    expect(text).toContain('He said nothing at all');
  });
});

describe('widget headings and reading-time lines', () => {
  it.each([
    ['<h4>More:</h4>', true],
    ['<h3>RECENT ARTICLES</h3>', true],
    ['<h3>Popular this week</h3>', true],
    ['<li>• 2 min read</li>', true],
    ['<p>Tempo de leitura: 1 minuto</p>', true],
    ['<p>3 phút đọc</p>', true],
    ['<h3>More women are running for office</h3>', false],
    ['<p>The recent articles in the journal disagree.</p>', false],
    ['<p>It takes 2 min to read the report.</p>', false],
    ['<p>Filed under: Politics | Elections</p>', true],
    ['<p>[Related: <a href="/other">Keynote recap</a>]</p>', true],
    ['<p>Also: <a href="/other">See our holiday coverage</a></p>', true],
    [
      '<div><a href="whatsapp://send">Whatsapp</a> <a href="https://facebook.example/share">Facebook</a> <a href="#">Pint</a> <a href="/a.jpg">Baixar</a></div>',
      true,
    ],
    ['<p>Facebook and Twitter removed the accounts.</p>', false],
    ['<p>Also, the council met on <a href="/x">Tuesday</a>.</p>', false],
  ])('%s → %s', (html, clutter) => {
    expect(isClutterLine(line(html))).toBe(clutter);
  });
});

describe('a widget heading takes its links with it', () => {
  it('drops a run of one-link lists after "More:", keeps the story', () => {
    const more = [1, 2, 3]
      .map(
        (i) =>
          `<ul><li><h4><a href="/other-${i}">Other story number ${i} about the city</a></h4></li></ul>`,
      )
      .join('');
    const doc = parsePage(
      `<body><article><h1>Markets</h1>${prose(5, 'Markets')}<h4>More:</h4>${more}${prose(2, 'After')}</article></body>`,
    );
    const text = visibleText(doc, planArticle(doc));
    expect(text).not.toContain('Other story number');
    expect(text).toContain('After paragraph 1');
  });

  it('keeps the linked title of the next story after "Comments (5 posted)"', () => {
    const doc = parsePage(
      `<body><div class="edition"><h1>Weekly edition</h1><h2><a href="/a">First story</a></h2>${prose(3, 'First')}<p><a href="/a#c">Comments (5 posted)</a></p><h2><a href="/b">Mapping the city with open data</a></h2>${prose(3, 'Second')}</div></body>`,
    );
    expect(visibleText(doc, planArticle(doc))).toContain('Mapping the city with open data');
  });
});

describe('calls to action in a list', () => {
  const items = (html: string): Element[] => Array.from(line(html).getElementsByTagName('li'));

  it('are steps of the story when the other items are prose', () => {
    const [signUp] = items(
      '<ul><li>Sign up for a streaming account <a href="/a">for $11.99 a month</a></li><li>If you already have an account, visit <a href="/b">your account page</a> to upgrade it first</li></ul>',
    );
    expect(isClutterLine(signUp as Element)).toBe(false);
  });

  it('are a menu when every item is a link or a call to action', () => {
    const [, signUp] = items(
      '<ul><li><a href="/">Home</a></li><li>Sign up now</li><li><a href="/login">Log in to your account</a></li></ul>',
    );
    expect(isClutterLine(signUp as Element)).toBe(true);
  });
});

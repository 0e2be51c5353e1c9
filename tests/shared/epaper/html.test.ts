// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import { articleHtml, articleTitle, escapeHtml, indexHtml, pageHtml, planArticles, relativeHref, pictureFile, epaperFolderName } from '../../../shared/epaper';

const HOSTILE = `<script>alert("x")</script><img src=x onerror='alert(1)'>&amp; "引号" ' <a href="javascript:alert(1)">`;
const issue = { paperName: '钢城<日报>', date: '2014-11-25', issueNumber: 226 };

/** Every src/href value in a file: must be a plain relative name inside the folder. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
}

/**
 * Parsed as a browser would: no script, no event-handler attribute, no element a hostile text could have
 * smuggled in, and every src/href a plain relative name inside the folder.
 */
function expectNoInjection(html: string): void {
  const { document } = { document: parseHtml(html) };
  expect(document.querySelectorAll('script, iframe, object, embed, link, base, form, input')).toHaveLength(0);
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) expect(attribute.name, element.outerHTML.slice(0, 80)).not.toMatch(/^on/i);
  }
  for (const element of document.querySelectorAll('[src], [href]')) {
    const ref = element.getAttribute('src') ?? element.getAttribute('href')!;
    expect(ref).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/);
  }
  // The hostile headline arrives as text, whole.
  if (html.includes('alert')) expect(document.body.textContent).toContain('<script>alert("x")</script>');
}

const blocks: Block[] = [
  { type: 'kicker', runs: [{ text: '引题' }] },
  { type: 'headline', runs: [{ text: HOSTILE }] },
  { type: 'byline', runs: [{ text: '■特约记者 王<某>' }] },
  { type: 'lead', runs: [{ text: '本报讯 ' }, { text: '加粗', bold: true }, { text: '楷体', emphasis: true }] },
  { type: 'intertitle', runs: [{ text: '小标题 & 段落' }] },
  { type: 'paragraph', runs: [{ text: '' }] },
  { type: 'figure', image: { assetId: 'ab'.repeat(32), widthPx: 1600, heightPx: 1200 }, caption: [{ text: '图说 "炉前"' }], credit: [{ text: '彭锦 摄' }] },
  { type: 'figure', image: { assetId: 'cd'.repeat(32), widthPx: 10, heightPx: 10 }, caption: [{ text: '没有图片的图说' }], credit: [] },
  { type: 'signature', runs: [{ text: '（胜利桥地区党总支）' }] },
];

/** A file parsed as a browser parses it. */
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('e-paper HTML writer', () => {
  it('escapes the five HTML characters, and nothing else', () => {
    expect(escapeHtml(`<a href="x">'&'</a>中文`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;中文');
  });

  it('refuses any link that is not a plain relative path inside the folder', () => {
    expect(relativeHref('article-001.html')).toBe('article-001.html');
    expect(relativeHref('images/ab12.jpg')).toBe('images/ab12.jpg');
    for (const bad of ['', '/etc/passwd', '../x.html', 'images/../../x', 'http://example.com/a', '//cdn/x.js', 'javascript:alert(1)', 'a.html?x=1', 'a b.html', 'a.html#top', '.hidden/x']) {
      expect(() => relativeHref(bad), bad).toThrow(/relative path/);
    }
  });

  it('writes an article: headline, byline, paragraphs with marks, intertitles, pictures with captions and credits; hostile text stays text', () => {
    const pictures = new Map([['ab'.repeat(32), { src: 'images/abab.jpg', widthPx: 800, heightPx: 600 }]]);
    const html = articleHtml({ issue, title: '桌面标题', blocks, pictures, pages: [{ number: 1, section: '要闻<1>', href: 'page-01.html' }], indexHref: 'index.html' });
    expectNoInjection(html);
    expect(html).toContain(`<h1>${escapeHtml(HOSTILE)}</h1>`);
    expect(html).toContain('<p class="kicker">引题</p>');
    expect(html).toContain('<p class="byline">■特约记者 王&lt;某&gt;</p>');
    expect(html).toContain('<p>本报讯 <strong>加粗</strong><em>楷体</em></p>');
    expect(html).toContain('<h2>小标题 &amp; 段落</h2>');
    expect(html).toContain('<figure><img src="images/abab.jpg" width="800" height="600" alt="图说 &quot;炉前&quot;"><figcaption>图说 &quot;炉前&quot;<span class="credit">彭锦 摄</span></figcaption></figure>');
    // A figure whose picture is not at hand keeps its caption, without an image.
    expect(html).toContain('<figure><figcaption>没有图片的图说</figcaption></figure>');
    expect(html).toContain('<p class="signature">（胜利桥地区党总支）</p>');
    expect(html).not.toContain('<p></p>'); // empty paragraphs are dropped
    expect(html).toContain('<a href="page-01.html">第1版 · 要闻&lt;1&gt;</a>');
    expect(html).toContain('<title>&lt;script&gt;');
    expect(references(html).sort()).toEqual(['images/abab.jpg', 'index.html', 'index.html', 'page-01.html']);
  });

  it('an article without a headline block opens with the desk title', () => {
    const html = articleHtml({ issue, title: '桌面<标题>', blocks: [{ type: 'paragraph', runs: [{ text: '正文' }] }], pictures: new Map(), pages: [], indexHref: 'index.html' });
    expect(html).toContain('<h1>桌面&lt;标题&gt;</h1>');
    expect(articleTitle([{ type: 'paragraph', runs: [{ text: 'x' }] }], '  ')).toBe('无标题');
  });

  it('writes a page: the image with one link per zone, in percent of the image, titles escaped', () => {
    const html = pageHtml({
      issue,
      number: 2,
      section: '<b>',
      image: { src: 'page-02.png', widthPx: 1000, heightPx: 2000 },
      zones: [
        { moduleId: 'm"1', href: 'article-001.html', title: HOSTILE, leftPx: 100, topPx: 500, widthPx: 250, heightPx: 1000 },
        { moduleId: 'm2', href: 'article-001.html', title: HOSTILE, leftPx: 0, topPx: 0, widthPx: 1000, heightPx: 1 },
      ],
      indexHref: 'index.html',
      prevHref: 'page-01.html',
      nextHref: null,
    });
    expectNoInjection(html);
    expect(html).toContain(`<a class="zone" href="article-001.html" title="${escapeHtml(HOSTILE)}" data-module="m&quot;1" style="left:10%;top:25%;width:25%;height:50%">`);
    expect(html).toContain('style="left:0%;top:0%;width:100%;height:0.05%"');
    expect(html).toContain('<img src="page-02.png" width="1000" height="2000" alt="第2版 · &lt;b&gt;">');
    expect(html).toContain('<a href="page-01.html">上一版</a>');
    expect(html).not.toContain('下一版');
    // The article list under the page names each article once.
    expect(html.match(/<li><a href="article-001.html">/g)).toHaveLength(1);
  });

  it('writes the index: every page with its picture and articles', () => {
    const html = indexHtml({ issue, pages: [{ number: 1, section: '党建', href: 'page-01.html', imageSrc: 'page-01.png', articles: [{ title: HOSTILE, href: 'article-001.html' }] }] });
    expectNoInjection(html);
    expect(html).toContain('<div class="paper">钢城&lt;日报&gt;</div>');
    expect(references(html)).toEqual(['page-01.html', 'page-01.png', 'article-001.html']);
  });

  it('a writer never emits a link it was not given as a relative name', () => {
    expect(() => pageHtml({ issue, number: 1, section: '', image: { src: 'https://cdn.example/p.png', widthPx: 1, heightPx: 1 }, zones: [], indexHref: 'index.html', prevHref: null, nextHref: null })).toThrow(/relative path/);
  });
});

describe('e-paper folder plan', () => {
  it('one article per published story, in page and module order, listing the pages it is set on', () => {
    const articles = planArticles([
      { number: 2, modules: [{ moduleId: 'c', storyId: 's1', published: true }, { moduleId: 'd', storyId: 's3', published: true }] },
      { number: 1, modules: [{ moduleId: 'x', storyId: null, published: false }, { moduleId: 'a', storyId: 's1', published: true }, { moduleId: 'b', storyId: 's2', published: false }, { moduleId: 'e', storyId: 's1', published: true }] },
    ]);
    expect(articles).toEqual([
      { storyId: 's1', file: 'article-001.html', pages: [1, 2] },
      { storyId: 's3', file: 'article-002.html', pages: [2] },
    ]);
  });

  it('names pictures by their hex id and the folder by the date, never by free text', () => {
    expect(pictureFile('AB'.repeat(32), 1)).toBe(`images/${'ab'.repeat(12)}.jpg`);
    expect(pictureFile('../../etc', 7)).toBe('images/p0007.jpg');
    expect(epaperFolderName('2014-11-25')).toBe('epaper-2014-11-25');
    expect(epaperFolderName('../x')).toBe('epaper');
  });
});

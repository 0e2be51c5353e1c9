/**
 * The e-paper's HTML (数字报): the issue's index, one page per 版 (its image with hot zones), one article per
 * story. Pure string writers: every text is escaped here (escapeHtml), every link and image is a strict relative
 * path inside the folder (relativeHref refuses anything else), and each file carries its own style, so the
 * folder is self-contained — no scripts, no fonts, no external references — and a website serves it as is.
 */
import type { Block, TextRun } from '../model/story';
import type { HotZone, ImageSize } from './hot-zones';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value (both quote kinds escaped). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * A link or image source inside the e-paper folder: plain path segments of letters, digits, '.', '_' and '-'
 * (no scheme, no leading '/', no '..', no query). Anything else is a bug in the writer and throws.
 */
export function relativeHref(path: string): string {
  const segments = path.split('/');
  if (path.length === 0 || path.length > 200 || !segments.every((s) => SEGMENT.test(s) && s !== '..')) throw new Error(`e-paper: not a relative path inside the folder: ${JSON.stringify(path)}`);
  return path;
}

/** What every file of one issue says at its top. */
export interface IssueHead {
  paperName: string;
  /** YYYY-MM-DD. */
  date: string;
  issueNumber: number;
}

const STYLE = `
body{margin:0;font-family:"Noto Serif SC","Source Han Serif SC","Songti SC",SimSun,serif;color:#1a1a1a;background:#f4f1ea;line-height:1.8}
header.masthead{padding:12px 20px;background:#8b1a1a;color:#fff}
header.masthead a{color:#fff}
header.masthead .paper{margin:0;font-size:22px;font-weight:bold}
nav.pager{display:flex;gap:16px;padding:8px 20px;flex-wrap:wrap}
main{padding:8px 20px 40px}
.page{position:relative;display:inline-block;max-width:100%;line-height:0;box-shadow:0 1px 6px rgba(0,0,0,.3);background:#fff}
.page img{display:block;max-width:100%;height:auto}
.page a.zone{position:absolute;display:block;outline:none}
.page a.zone:hover,.page a.zone:focus{background:rgba(139,26,26,.12);box-shadow:inset 0 0 0 2px rgba(139,26,26,.7)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
ul.pages{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:20px}
ul.pages>li{width:260px}
ul.pages img{width:100%;height:auto;box-shadow:0 1px 4px rgba(0,0,0,.3);background:#fff}
article{max-width:40em;margin:0 auto;background:#fff;padding:24px 32px}
article .kicker,article .subheadline{font-size:16px;color:#444;margin:0}
article h1{font-size:28px;line-height:1.4;margin:6px 0}
article .byline{color:#555;font-size:14px}
article p{text-indent:2em;margin:0 0 .6em}
article p.signature{text-align:right;text-indent:0}
article h2{font-size:18px;margin:1.2em 0 .4em}
figure{margin:1em 0}
figure img{max-width:100%;height:auto}
figcaption{font-size:14px;color:#444}
figcaption .credit{color:#777;margin-left:.5em}
`;

function document(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function masthead(issue: IssueHead, indexHref: string | null): string {
  const name = escapeHtml(issue.paperName);
  const line = `${escapeHtml(issue.date)} · 第${issue.issueNumber}期`;
  return `<header class="masthead"><div class="paper">${indexHref ? `<a href="${escapeHtml(relativeHref(indexHref))}">${name}</a>` : name}</div><div>${line}</div></header>`;
}

/** 第N版 · 版名, as plain text (escaped where it is written). */
const pageName = (number: number, section: string) => `第${number}版${section ? ` · ${section}` : ''}`;

/** A run of text with its marks: bold as <strong>, emphasis (楷) as <em>. */
function runsHtml(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.emphasis) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

export const runsText = (runs: readonly TextRun[]): string => runs.map((r) => r.text).join('');

/** A picture of an article, copied into the folder. */
export interface ArticlePicture {
  src: string;
  widthPx: number;
  heightPx: number;
}

export interface ArticleInput {
  issue: IssueHead;
  /** The story's title in the desk (used when the story has no headline block). */
  title: string;
  blocks: readonly Block[];
  /** Pictures at hand by assetId (a figure whose picture is not here shows only its caption). */
  pictures: ReadonlyMap<string, ArticlePicture>;
  /** The pages the article is set on, in order. */
  pages: readonly { number: number; section: string; href: string }[];
  indexHref: string;
}

/** The headline an article is known by: its headline blocks' text, else the desk title, else 无标题. */
export function articleTitle(blocks: readonly Block[], title: string): string {
  const heads = blocks.flatMap((b) => (b.type === 'headline' ? [runsText(b.runs).trim()] : [])).filter(Boolean);
  return heads.join(' ') || title.trim() || '无标题';
}

function blockHtml(block: Block, pictures: ReadonlyMap<string, ArticlePicture>, headlineDone: { value: boolean }): string {
  if (block.type === 'figure') {
    const picture = block.image ? pictures.get(block.image.assetId) : undefined;
    const caption = runsText(block.caption).trim();
    const credit = runsText(block.credit).trim();
    if (!picture && !caption && !credit) return '';
    const img = picture ? `<img src="${escapeHtml(relativeHref(picture.src))}" width="${picture.widthPx}" height="${picture.heightPx}" alt="${escapeHtml(caption)}">` : '';
    const figcaption = caption || credit ? `<figcaption>${runsHtml(block.caption)}${credit ? `<span class="credit">${runsHtml(block.credit)}</span>` : ''}</figcaption>` : '';
    return `<figure>${img}${figcaption}</figure>`;
  }
  if (runsText(block.runs).trim() === '') return '';
  const html = runsHtml(block.runs);
  switch (block.type) {
    case 'kicker':
      return `<p class="kicker">${html}</p>`;
    case 'headline':
      // One <h1> per article: a second headline block continues it.
      if (headlineDone.value) return `<p class="subheadline">${html}</p>`;
      headlineDone.value = true;
      return `<h1>${html}</h1>`;
    case 'subheadline':
      return `<p class="subheadline">${html}</p>`;
    case 'byline':
      return `<p class="byline">${html}</p>`;
    case 'intertitle':
      return `<h2>${html}</h2>`;
    case 'signature':
      return `<p class="signature">${html}</p>`;
    case 'lead':
    case 'paragraph':
    case 'runin':
      return `<p>${html}</p>`;
  }
}

/** One article as clean HTML: kicker, headline, byline, body paragraphs and intertitles, pictures with captions. */
export function articleHtml(input: ArticleInput): string {
  const title = articleTitle(input.blocks, input.title);
  const headlineDone = { value: false };
  const parts = input.blocks.map((b) => blockHtml(b, input.pictures, headlineDone)).filter(Boolean);
  // A story without a headline block still opens with its title.
  const head = headlineDone.value ? '' : `<h1>${escapeHtml(title)}</h1>`;
  const pages = input.pages.map((p) => `<a href="${escapeHtml(relativeHref(p.href))}">${escapeHtml(pageName(p.number, p.section))}</a>`).join('');
  const body = `${masthead(input.issue, input.indexHref)}
<nav class="pager"><a href="${escapeHtml(relativeHref(input.indexHref))}">目录</a>${pages}</nav>
<main><article>
${head}${parts.join('\n')}
</article></main>`;
  return document(`${title} — ${input.issue.paperName}`, body);
}

export interface PageInput {
  issue: IssueHead;
  number: number;
  section: string;
  image: { src: string } & ImageSize;
  zones: readonly HotZone[];
  indexHref: string;
  prevHref: string | null;
  nextHref: string | null;
}

const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(4).replace(/\.?0+$/, '')}%`;

/**
 * One page: the page image with a link over each article's region. The links are placed in percent of the image,
 * so the zones stay on their articles however the browser scales the picture.
 */
export function pageHtml(input: PageInput): string {
  const { image } = input;
  const zones = input.zones
    .map(
      (z) =>
        `<a class="zone" href="${escapeHtml(relativeHref(z.href))}" title="${escapeHtml(z.title)}" data-module="${escapeHtml(z.moduleId)}" style="left:${pct(z.leftPx, image.widthPx)};top:${pct(z.topPx, image.heightPx)};width:${pct(z.widthPx, image.widthPx)};height:${pct(z.heightPx, image.heightPx)}"><span class="sr">${escapeHtml(z.title)}</span></a>`,
    )
    .join('\n');
  const link = (href: string | null, words: string) => (href ? `<a href="${escapeHtml(relativeHref(href))}">${words}</a>` : '');
  const name = escapeHtml(pageName(input.number, input.section));
  const body = `${masthead(input.issue, input.indexHref)}
<nav class="pager">${link(input.indexHref, '目录')}${link(input.prevHref, '上一版')}${link(input.nextHref, '下一版')}<strong>${name}</strong></nav>
<main><div class="page"><img src="${escapeHtml(relativeHref(image.src))}" width="${image.widthPx}" height="${image.heightPx}" alt="${name}">
${zones}
</div>
<ul class="articles">${input.zones
    .filter((z, i, all) => all.findIndex((o) => o.href === z.href) === i)
    .map((z) => `<li><a href="${escapeHtml(relativeHref(z.href))}">${escapeHtml(z.title)}</a></li>`)
    .join('')}</ul></main>`;
  return document(`${input.issue.paperName} ${input.issue.date} ${pageName(input.number, input.section)}`, body);
}

export interface IndexInput {
  issue: IssueHead;
  pages: readonly { number: number; section: string; href: string; imageSrc: string; articles: readonly { title: string; href: string }[] }[];
}

/** The issue's table of contents: every page (its picture, linking to the page) and the articles on it. */
export function indexHtml(input: IndexInput): string {
  const pages = input.pages
    .map((p) => {
      const name = escapeHtml(pageName(p.number, p.section));
      const articles = p.articles.map((a) => `<li><a href="${escapeHtml(relativeHref(a.href))}">${escapeHtml(a.title)}</a></li>`).join('');
      return `<li><a href="${escapeHtml(relativeHref(p.href))}"><img src="${escapeHtml(relativeHref(p.imageSrc))}" alt="${name}"><br>${name}</a><ul>${articles}</ul></li>`;
    })
    .join('\n');
  const body = `${masthead(input.issue, null)}
<main><ul class="pages">
${pages}
</ul></main>`;
  return document(`${input.issue.paperName} ${input.issue.date} 第${input.issue.issueNumber}期`, body);
}

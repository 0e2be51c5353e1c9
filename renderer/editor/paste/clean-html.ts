/**
 * Clipboard HTML (Word/WPS, web pages) → story blocks, through an allow-list: block elements become
 * paragraphs (headings → 主题/小标题, Word's MsoTitle/MsoSubtitle → 主题/副题, a bold opening → run-in head),
 * <b>/<strong>/<i>/<em> (and font-weight/font-style) become marks; fonts, colours, spans, classes, Office
 * XML and conditional comments are dropped. Pure: give it a DOMParser (the browser's, or jsdom's in tests).
 */
import type { Block, TextBlockType, TextRun } from '../../../shared/model';
import { splitRunInHead, tidyRuns } from './runs';

export interface CleanHtmlOptions {
  /** What an <h1> becomes; <h2>…<h6> always become 小标题. */
  h1As?: 'headline' | 'intertitle';
}

type Marks = { bold: boolean; emphasis: boolean };

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'FIGCAPTION', 'ADDRESS', 'CENTER',
]);
/** Never text: dropped with everything inside. */
const DROP_TAGS = new Set(['HEAD', 'STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'OBJECT', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);

/**
 * Conditional comments. Downlevel-hidden ones (<!--[if gte mso 9]>…<![endif]-->) hold Office XML and VML: they
 * go. Downlevel-revealed ones (<![if !vml]>…<![endif]>) hold what other programs should see (the <img>), so
 * only their markers go — except Word's typed list bullets (<![if !supportLists]>), which go whole.
 */
function stripConditionals(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if !supportLists\]>[\s\S]*?<!\[endif\]>/gi, '')
    .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, '');
}

/**
 * Styles are read, never applied: <style> blocks go and style attributes are renamed before parsing, because
 * Chromium checks even an inert DOMParser document against the page's CSP and reports every style it blocks.
 */
function disarmStyles(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/(\s)style(\s*=)/gi, '$1data-style$2'));
}

class BlockCollector {
  readonly blocks: Block[] = [];
  private runs: TextRun[] = [];
  private type: TextBlockType = 'paragraph';

  text(text: string, marks: Marks): void {
    if (text === '') return;
    const run: TextRun = { text };
    if (marks.bold) run.bold = true;
    if (marks.emphasis) run.emphasis = true;
    this.runs.push(run);
  }

  /** Ends the current block (if it holds text) and sets the type of the next one. */
  breakBlock(nextType: TextBlockType = 'paragraph'): void {
    const runs = tidyRuns(this.runs);
    if (runs.length > 0) {
      const head = this.type === 'paragraph' ? splitRunInHead(runs) : null;
      this.blocks.push({ type: head ? 'runin' : this.type, runs });
    }
    this.runs = [];
    this.type = nextType;
  }

  figure(caption: string): void {
    this.breakBlock();
    this.blocks.push({ type: 'figure', image: null, caption: caption ? [{ text: caption }] : [{ text: '' }], credit: [{ text: '' }] });
  }
}

function blockTypeOf(el: Element, options: CleanHtmlOptions): TextBlockType {
  const tag = el.tagName.toUpperCase();
  if (tag === 'H1') return options.h1As ?? 'headline';
  if (/^H[2-6]$/.test(tag)) return 'intertitle';
  const cls = el.getAttribute('class') ?? '';
  if (/\bMsoTitle\b/.test(cls)) return 'headline';
  if (/\bMsoSubtitle\b/.test(cls)) return 'subheadline';
  if (/\bMsoHeading[1]\b/i.test(cls)) return options.h1As ?? 'headline';
  if (/\bMsoHeading[2-6]\b/i.test(cls)) return 'intertitle';
  return 'paragraph';
}

/** Marks as this element sets them: tags first, then the two style properties we honour. */
function marksOf(el: Element, inherited: Marks): Marks {
  const tag = el.tagName.toUpperCase();
  let { bold, emphasis } = inherited;
  if (tag === 'B' || tag === 'STRONG') bold = true;
  if (tag === 'I' || tag === 'EM') emphasis = true;
  // Exact property names only: Word's mso-bidi-font-weight:normal sits on every <b> and must not unbold it.
  const style = el.getAttribute('data-style') ?? '';
  const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/i.exec(style)?.[1];
  if (weight) bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = /(?:^|;)\s*font-style\s*:\s*([a-z]+)/i.exec(style)?.[1];
  if (fontStyle) emphasis = fontStyle === 'italic' || fontStyle === 'oblique';
  return { bold, emphasis };
}

function isHidden(el: Element): boolean {
  const style = el.getAttribute('data-style') ?? '';
  return /display\s*:\s*none/i.test(style) || /mso-hide\s*:\s*all/i.test(style);
}

/**
 * Deeper than this, an element's text is taken as it is (marks as inherited), without walking further: real
 * copy nests a few dozen levels; a crafted paste nesting thousands would overflow the stack.
 */
const MAX_NESTING = 256;

function walk(node: Node, marks: Marks, out: BlockCollector, options: CleanHtmlOptions, depth = 0): void {
  if (depth > MAX_NESTING) {
    out.text(node.textContent ?? '', marks);
    return;
  }
  if (node.nodeType === 3 /* text */) {
    out.text(node.nodeValue ?? '', marks);
    return;
  }
  if (node.nodeType !== 1 /* element */) return; // comments, processing instructions
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (DROP_TAGS.has(tag) || tag.includes(':') || isHidden(el)) return; // <o:p>, <v:shape>, <w:…>
  if (tag === 'BR') {
    out.breakBlock();
    return;
  }
  if (tag === 'IMG') {
    out.figure((el.getAttribute('alt') ?? '').trim());
    return;
  }
  const childMarks = marksOf(el, marks);
  if (BLOCK_TAGS.has(tag) || tag === 'TR' || tag === 'UL' || tag === 'OL' || tag === 'TABLE') {
    out.breakBlock(BLOCK_TAGS.has(tag) ? blockTypeOf(el, options) : 'paragraph');
    for (const child of Array.from(el.childNodes)) walk(child, childMarks, out, options, depth + 1);
    out.breakBlock();
    return;
  }
  for (const child of Array.from(el.childNodes)) walk(child, childMarks, out, options, depth + 1);
}

/** Clipboard HTML → clean blocks (possibly none). */
export function cleanHtml(html: string, parser: DOMParser, options: CleanHtmlOptions = {}): Block[] {
  const doc = parser.parseFromString(disarmStyles(stripConditionals(html)), 'text/html');
  const out = new BlockCollector();
  walk(doc.body, { bold: false, emphasis: false }, out, options);
  out.breakBlock();
  return out.blocks;
}

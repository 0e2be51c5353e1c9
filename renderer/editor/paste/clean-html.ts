/**
 * Clipboard HTML (Word/WPS, web pages) → story blocks, through an allow-list: block elements become
 * paragraphs (headings → 主题/小标题, Word's MsoTitle/MsoSubtitle → 主题/副题, a bold opening → run-in head),
 * <b>/<strong>/<i>/<em> (and font-weight/font-style) become marks; fonts, colours, spans, classes, Office
 * XML and conditional comments are dropped. Pure: give it a DOMParser (the browser's, or jsdom's in tests).
 *
 * What the story model has no element for is kept as text, never dropped: list numbers (Word's typed mso-list
 * numbers, <ol> counters) open their paragraph, a bullet becomes ●; superscript/subscript become the Unicode
 * super/subscript characters where all of them exist (m², CO₂), else plain text; a table becomes one paragraph
 * per row, its cells joined by ｜, by the classifier .docx import uses too (shared/model/table-text.ts), and
 * cleanHtmlReport says how many tables and rows became text (for the paste notice).
 */
import type { Block, TextBlockType, TextRun } from '../../../shared/model';
import { cellSpan, tablePartOf, TableReader, type TableSummary } from '../../../shared/model/table-text';
import { splitRunInHead, tidyRuns } from './runs';

export interface CleanHtmlOptions {
  /** What an <h1> becomes; <h2>…<h6> always become 小标题. */
  h1As?: 'headline' | 'intertitle';
}

type Marks = { bold: boolean; emphasis: boolean; script: 'sup' | 'sub' | null };

/** The list an <li> is in: its kind, its numbering style and the number of the next item. */
interface ListContext {
  ordered: boolean;
  style: string;
  next: number;
}

interface WalkContext {
  list: ListContext | null;
  /** Inside a table: everything goes to the table's reader (blocks in a cell do not split the row). */
  table: TableReader | null;
}

/** Marks Word's typed list number (from <![if !supportLists]>) so the walk keeps it as the item's opening. */
const LIST_MARKER_ATTR = 'data-folio-list-marker';
/** Bullet glyphs as Word types them in Symbol/Wingdings/Courier fonts, and as web pages write them. */
const BULLETS = /^[·•o§Øü▪■□◆◇●○➢✓-]$/u;
const BULLET = '●';

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎',
};

/** m<sup>2</sup> → m²: only when every character has a Unicode form; otherwise the text stays as it is. */
export function scriptText(text: string, script: 'sup' | 'sub'): string {
  const table = script === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
  const chars = [...text];
  return chars.every((c) => c in table) ? chars.map((c) => table[c]).join('') : text;
}

/** The number an ordered list shows for item `n`, by its type attribute (1, a, A, i, I). */
export function listNumber(n: number, style: string): string {
  switch (style) {
    case 'a':
      return `${alphabetic(n)}.`;
    case 'A':
      return `${alphabetic(n).toUpperCase()}.`;
    case 'i':
      return `${roman(n).toLowerCase()}.`;
    case 'I':
      return `${roman(n)}.`;
    default:
      return `${n}.`;
  }
}

function alphabetic(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out || String(n);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let k = n;
  for (const [value, letters] of table) for (; k >= value; k -= value) out += letters;
  return out;
}

/** Word's typed list marker text ("1.", "（一）", a Symbol-font "·") as the story keeps it. */
function listMarkerText(raw: string): string {
  const marker = raw.replace(/[\s\u00a0\u3000]+/gu, '');
  return BULLETS.test(marker) ? BULLET : marker;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'FIGCAPTION', 'ADDRESS', 'CENTER',
]);
/** Never text: dropped with everything inside. */
const DROP_TAGS = new Set(['HEAD', 'STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'OBJECT', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);

/**
 * Conditional comments. Downlevel-hidden ones (<!--[if gte mso 9]>…<![endif]-->) hold Office XML and VML: they
 * go. Downlevel-revealed ones (<![if !vml]>…<![endif]>) hold what other programs should see (the <img>), so
 * only their markers go. Word's typed list numbers (<![if !supportLists]>) are wrapped, so the walk keeps the
 * number without its padding.
 */
function stripConditionals(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, `<span ${LIST_MARKER_ATTR}>$1</span>`)
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

function runOf(raw: string, marks: Marks): TextRun {
  const run: TextRun = { text: marks.script ? scriptText(raw, marks.script) : raw };
  if (marks.bold) run.bold = true;
  if (marks.emphasis) run.emphasis = true;
  return run;
}

class BlockCollector {
  readonly blocks: Block[] = [];
  readonly tables: TableSummary = { tables: 0, rows: 0 };
  /** Where the table rows are in `blocks` (classifyPastedParts leaves them as they are). */
  readonly tableRowIndexes: number[] = [];
  private runs: TextRun[] = [];
  private type: TextBlockType = 'paragraph';
  /** A list item's number, written before the item's first text (which may sit in a <p> inside the <li>). */
  private pendingPrefix: TextRun | null = null;

  listPrefix(text: string | null, marks: Marks): void {
    this.pendingPrefix = text === null ? null : marks.bold ? { text, bold: true } : { text };
  }

  /** A line break inside one paragraph (a table cell's <br> or second <p>): a space, unless one is there. */
  text(raw: string, marks: Marks): void {
    if (raw === '') return;
    if (this.pendingPrefix) {
      this.runs.push(this.pendingPrefix);
      this.pendingPrefix = null;
    }
    this.runs.push(runOf(raw, marks));
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

  /** A table's rows, as paragraphs the way they are (never a run-in or a heading by their look). */
  tableRows(rows: readonly TextRun[][]): void {
    this.breakBlock();
    for (const runs of rows) {
      this.tableRowIndexes.push(this.blocks.length);
      this.blocks.push({ type: 'paragraph', runs: [...runs] });
    }
    if (rows.length === 0) return;
    this.tables.tables++;
    this.tables.rows += rows.length;
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
  let { bold, emphasis, script } = inherited;
  if (tag === 'B' || tag === 'STRONG') bold = true;
  if (tag === 'I' || tag === 'EM') emphasis = true;
  if (tag === 'SUP') script = 'sup';
  if (tag === 'SUB') script = 'sub';
  // Exact property names only: Word's mso-bidi-font-weight:normal sits on every <b> and must not unbold it.
  const style = el.getAttribute('data-style') ?? '';
  const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/i.exec(style)?.[1];
  if (weight) bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = /(?:^|;)\s*font-style\s*:\s*([a-z]+)/i.exec(style)?.[1];
  if (fontStyle) emphasis = fontStyle === 'italic' || fontStyle === 'oblique';
  const align = /(?:^|;)\s*vertical-align\s*:\s*([a-z]+)/i.exec(style)?.[1];
  if (align === 'super' || align === 'sub') script = align === 'super' ? 'sup' : 'sub';
  return { bold, emphasis, script };
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

function walk(node: Node, marks: Marks, out: BlockCollector, options: CleanHtmlOptions, ctx: WalkContext, depth = 0): void {
  const text = (raw: string, m: Marks) => {
    if (ctx.table) ctx.table.text(runOf(raw, m));
    else out.text(raw, m);
  };
  if (depth > MAX_NESTING) {
    text(node.textContent ?? '', marks);
    return;
  }
  if (node.nodeType === 3 /* text */) {
    text(node.nodeValue ?? '', marks);
    return;
  }
  if (node.nodeType !== 1 /* element */) return; // comments, processing instructions
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (el.getAttribute(LIST_MARKER_ATTR) !== null) {
    text(listMarkerText(el.textContent ?? ''), { ...marks, script: null });
    return;
  }
  if (DROP_TAGS.has(tag) || tag.includes(':') || isHidden(el)) return; // <o:p>, <v:shape>, <w:…>
  const walkChildren = (childCtx: WalkContext) => {
    const childMarks = marksOf(el, marks);
    for (const child of Array.from(el.childNodes)) walk(child, childMarks, out, options, childCtx, depth + 1);
  };
  const part = tablePartOf(tag);
  if (part === 'table' && !ctx.table) {
    const table = new TableReader();
    table.enter('table');
    walkChildren({ ...ctx, table });
    out.tableRows(table.leave('table') ?? []);
    return;
  }
  if (ctx.table) {
    if (part) {
      ctx.table.enter(part, cellSpan(el.getAttribute('colspan')), cellSpan(el.getAttribute('rowspan')));
      walkChildren(ctx);
      ctx.table.leave(part);
    } else if (tag === 'BR' || tag === 'IMG' || BLOCK_TAGS.has(tag) || tag === 'UL' || tag === 'OL') {
      // A paragraph or line break inside a cell (Word puts a <p> in every cell): the row stays one paragraph;
      // a picture in a cell keeps its description as text.
      ctx.table.softBreak();
      if (tag === 'IMG') text((el.getAttribute('alt') ?? '').trim(), marks);
      else walkChildren(ctx);
    } else walkChildren(ctx);
    return;
  }
  if (tag === 'BR') {
    out.breakBlock();
    return;
  }
  if (tag === 'IMG') {
    out.figure((el.getAttribute('alt') ?? '').trim());
    return;
  }
  if (tag === 'UL' || tag === 'OL') {
    const ordered = tag === 'OL';
    const start = Number.parseInt(el.getAttribute('start') ?? '', 10);
    out.breakBlock();
    walkChildren({ ...ctx, list: { ordered, style: el.getAttribute('type') ?? '1', next: Number.isFinite(start) ? start : 1 } });
    out.breakBlock();
    return;
  }
  if (BLOCK_TAGS.has(tag) || part) {
    // (A stray row or cell outside any table is a block of its own.)
    out.breakBlock(BLOCK_TAGS.has(tag) ? blockTypeOf(el, options) : 'paragraph');
    if (tag === 'LI' && ctx.list) {
      const value = Number.parseInt(el.getAttribute('value') ?? '', 10);
      if (Number.isFinite(value)) ctx.list.next = value;
      out.listPrefix(ctx.list.ordered ? listNumber(ctx.list.next++, ctx.list.style) : BULLET, marks);
    }
    walkChildren(tag === 'LI' ? { ...ctx, list: null } : ctx);
    if (tag === 'LI') out.listPrefix(null, marks); // an empty item's number goes with it
    out.breakBlock();
    return;
  }
  walkChildren(ctx);
}

export interface CleanHtmlReport {
  blocks: Block[];
  /** How many tables became how many paragraphs (both 0 when the paste held none). */
  tables: TableSummary;
  /** Indexes in `blocks` of the paragraphs that are table rows. */
  tableRowIndexes: number[];
}

/** Clipboard HTML → clean blocks (possibly none), and what became of its tables. */
export function cleanHtmlReport(html: string, parser: DOMParser, options: CleanHtmlOptions = {}): CleanHtmlReport {
  const doc = parser.parseFromString(disarmStyles(stripConditionals(html)), 'text/html');
  const out = new BlockCollector();
  walk(doc.body, { bold: false, emphasis: false, script: null }, out, options, { list: null, table: null });
  out.breakBlock();
  return { blocks: out.blocks, tables: out.tables, tableRowIndexes: out.tableRowIndexes };
}

/** Clipboard HTML → clean blocks (possibly none). */
export function cleanHtml(html: string, parser: DOMParser, options: CleanHtmlOptions = {}): Block[] {
  return cleanHtmlReport(html, parser, options).blocks;
}

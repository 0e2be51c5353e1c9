/**
 * Reporters' paragraphs → story blocks, by the conventions of Chinese newspaper copy (pure):
 * - head: the Word Title/标题 1 (or, in plain text, the first short line without sentence punctuation) is the
 *   headline; a short line above it is the kicker (引题); one below it, or any line starting with ——, the
 *   subheadline (副题). At most three head lines.
 * - byline: a line starting with ■, or with 本报记者 / 通讯员 / 特约记者 / 记者, that is short and has no 。.
 * - lead: a paragraph starting with 本报讯 (or a dateline: 本报北京3月5日电, 新华社…电).
 * - intertitle (小标题): inside the body, a heading, a short centred or all-bold line, a short numbered head
 *   (一、… / （一）…), or (plain text) a short line without punctuation.
 * - runin: a paragraph opening with bold text followed by plain text (the bold part is the head).
 * - figure: a picture; the next line is its caption, and a line ending in 摄 / 提供 its credit (split off the
 *   caption when both share a line).
 * - signature: a trailing line wholly in full-width parentheses （…）.
 * - a table's row (tableRow) is body text, never a head, caption or part by its look.
 * Everything else is a paragraph. Leading indentation (　　) is dropped: indenting is the composer's job.
 */
import type { Block, FigureBlock, TextRun } from '../../../shared/model';
import { CREDIT_END, isBylineLine, isSignatureLine, TITLE_MAX_CHARS } from '../../../shared/model/line-kind';
import { normaliseRuns, paragraphText, type SourceParagraph } from './source-paragraph';

type FigureImage = FigureBlock['image'];

export interface MapOptions {
  /** Plain text has no styles: short unpunctuated lines stand in for headings. */
  plainText?: boolean;
  /** The stored picture for a picture paragraph's index, or null when it could not be kept. */
  image?: (index: number) => FigureImage;
}

const INTERTITLE_MAX_CHARS = 30;
const PLAIN_INTERTITLE_MAX_CHARS = 16;
const CAPTION_MAX_CHARS = 200;
const CREDIT_MAX_CHARS = 30;

const SENTENCE_END = /[。！？；!?;]$/u;
const ANY_PUNCTUATION = /[。！？；，、：,.!?;:]/u;
const LEAD = /^(本报讯|本报[^，。\s]{0,12}?[讯电]|(新华社|中新社)[^，。\s]{0,12}?电)/u;
const SUBHEAD_DASH = /^(——|—|--)/u;
/** Numbered section heads: 一、… or （一）… */
const NUMBERED_HEAD = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u;

/** Drop leading and trailing white space (including the full-width 　) from a paragraph's runs. */
function trimRuns(runs: readonly TextRun[]): TextRun[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length && out[0].text.trimStart() === '') out.shift();
  while (out.length && out[out.length - 1].text.trimEnd() === '') out.pop();
  if (out.length) {
    out[0].text = out[0].text.trimStart();
    out[out.length - 1].text = out[out.length - 1].text.trimEnd();
  }
  return normaliseRuns(out);
}

const plainRuns = (runs: readonly TextRun[]): TextRun[] => [{ text: runs.map((r) => r.text).join('') }];
const chars = (text: string) => [...text].length;


function isHeadLike(p: SourceParagraph, text: string): boolean {
  if (p.image !== undefined || p.tableRow !== undefined || isBylineLine(text) || LEAD.test(text)) return false;
  return p.heading > 0 || (chars(text) <= TITLE_MAX_CHARS && !SENTENCE_END.test(text));
}

/** The head lines (kicker / headline / subheadline) at the top, and how many paragraphs they used. */
function mapHead(paras: readonly SourceParagraph[], texts: readonly string[]): { blocks: Block[]; used: number } {
  let count = 0;
  while (count < 3 && count < paras.length - 1 && isHeadLike(paras[count], texts[count])) count++;
  if (count === 0) return { blocks: [], used: 0 };
  const head = paras.slice(0, count);
  // The styled headline if there is one; else the line before a ——subheadline; else the middle of three
  // lines (kicker, headline, subheadline); else the first (headline, then subheadline).
  const dashAt = texts.slice(1, count).findIndex((t) => SUBHEAD_DASH.test(t)) + 1;
  const styled = head.findIndex((p) => p.heading === 1);
  const headlineAt = styled >= 0 ? styled : dashAt > 0 ? dashAt - 1 : count === 3 ? 1 : 0;
  const blocks = head.map((p, i): Block => ({
    type: i < headlineAt ? 'kicker' : i === headlineAt ? 'headline' : 'subheadline',
    runs: plainRuns(p.runs),
  }));
  return { blocks, used: count };
}

function creditSplit(text: string): { caption: string; credit: string } | null {
  if (!CREDIT_END.test(text)) return null;
  if (chars(text) <= CREDIT_MAX_CHARS && !/[。！？；]/u.test(text)) return { caption: '', credit: text };
  const match = /^(.*[。！？；）)])\s*([^。！？；]{1,30})$/u.exec(text);
  return match ? { caption: match[1].trim(), credit: match[2].trim() } : null;
}

/** A figure for the picture at `at`, with the caption and credit lines that follow it; returns lines used. */
function mapFigure(paras: readonly SourceParagraph[], texts: readonly string[], at: number, options: MapOptions) {
  const figure: FigureBlock = { type: 'figure', image: options.image?.(paras[at].image ?? -1) ?? null, caption: [], credit: [] };
  let used = 1;
  const next = at + 1;
  if (next < paras.length && paras[next].image === undefined && paras[next].tableRow === undefined && chars(texts[next]) <= CAPTION_MAX_CHARS) {
    const split = creditSplit(texts[next]);
    const looksLikeCaption = /^(图为|上图|下图|图：|图:|图\s)/u.test(texts[next]) || paras[next].centred;
    if (split) {
      if (split.caption) figure.caption = [{ text: split.caption }];
      figure.credit = [{ text: split.credit }];
      used++;
    } else if (looksLikeCaption || chars(texts[next]) <= INTERTITLE_MAX_CHARS * 2) {
      figure.caption = trimRuns(paras[next].runs);
      used++;
      const after = next + 1;
      const credit = after < paras.length ? creditSplit(texts[after]) : null;
      if (credit && credit.caption === '') {
        figure.credit = [{ text: credit.credit }];
        used++;
      }
    }
  }
  return { figure, used };
}

function mapBodyParagraph(p: SourceParagraph, text: string, options: MapOptions, isLast: boolean): Block {
  const runs = trimRuns(p.runs);
  // A table's row is a row of cells (shared/model/table-text.ts): body text, whatever it looks like.
  if (p.tableRow !== undefined) return { type: 'paragraph', runs };
  if (isBylineLine(text)) return { type: 'byline', runs: plainRuns(runs) };
  if (LEAD.test(text)) return { type: 'lead', runs };
  if (isLast && isSignatureLine(text)) return { type: 'signature', runs: plainRuns(runs) };
  const short = chars(text) <= INTERTITLE_MAX_CHARS && !SENTENCE_END.test(text);
  const allBold = runs.every((r) => r.bold);
  if (p.heading > 0 || (short && (p.centred || allBold || NUMBERED_HEAD.test(text)))) return { type: 'intertitle', runs: plainRuns(runs) };
  if (options.plainText && chars(text) <= PLAIN_INTERTITLE_MAX_CHARS && !ANY_PUNCTUATION.test(text) && !isLast) {
    return { type: 'intertitle', runs: plainRuns(runs) };
  }
  if (runs.length > 1 && runs[0].bold && runs.slice(1).some((r) => !r.bold && r.text.trim() !== '')) return { type: 'runin', runs };
  return { type: 'paragraph', runs };
}

/** Map a file's paragraphs onto story blocks (an empty list when there is no text and no picture). */
export function mapBlocks(source: readonly SourceParagraph[], options: MapOptions = {}): Block[] {
  const paras = source.filter((p) => p.image !== undefined || paragraphText(p).trim() !== '');
  const texts = paras.map((p) => paragraphText(p).trim());
  const { blocks, used } = mapHead(paras, texts);
  for (let i = used; i < paras.length; ) {
    if (paras[i].image !== undefined) {
      const { figure, used: lines } = mapFigure(paras, texts, i, options);
      blocks.push(figure);
      i += lines;
      continue;
    }
    blocks.push(mapBodyParagraph(paras[i], texts[i], options, i === paras.length - 1));
    i++;
  }
  return blocks;
}

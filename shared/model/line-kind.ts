/**
 * What a line of plain copy is, from its shape: one set of rules for the .docx/.txt import (which maps lines to
 * story blocks, electron/services/import/map-blocks.ts) and the proofreading checks on plain text (which hold
 * body lines to sentence rules and not bylines, credits or signatures, shared/proof/text-paragraphs.ts).
 */

/** A head or title is short: a longer line without punctuation is a body paragraph that lost its marks. */
export const TITLE_MAX_CHARS = 40;
const BYLINE_MAX_CHARS = 60;

const BYLINE_START = /^(■|□|◆|本报记者|本报通讯员|通讯员|特约记者|记者)/u;
/** A signature at the end of a story: the whole line in brackets, （钢城） or (钢城). */
const SIGNATURE = /^[（(][^（）()]+[）)]$/u;
/** A picture credit ends with who made it: 张三 摄, 新华社 供图 … */
export const CREDIT_END = /(摄|提供|供图|制图|绘)$/u;

const charCount = (text: string) => [...text].length;

/** ■ 本报记者 张三: a short line starting with a byline mark or a reporter's title, with no full stop. */
export function isBylineLine(text: string): boolean {
  return BYLINE_START.test(text) && charCount(text) <= BYLINE_MAX_CHARS && !text.includes('。');
}

/** （钢城）: a line that is only a bracketed name. */
export function isSignatureLine(text: string): boolean {
  return SIGNATURE.test(text);
}

/** 张三 摄: a short line ending with a credit word. */
export function isCreditLine(text: string): boolean {
  return CREDIT_END.test(text) && charCount(text) <= TITLE_MAX_CHARS;
}

/** Paragraph shape: a body paragraph ends in sentence-final punctuation; headlines and bylines end bare. */
import { codePointBefore, unitsOf } from './chars';
import { isBodyKind, type ParagraphCheck } from './paragraph';

/**
 * Marks that may end a body paragraph: stops, an ellipsis or dash, ；/： (list items, a lead-in to a list), and
 * the half-width forms (which the half-width check flags on its own, so they are not reported twice here).
 */
const FINAL = new Set([...'。！？…⋯；：—⸺.!?;:']);
/** Closing quotes and brackets: look at the mark inside them (“……。” ends well, “……” alone does not). */
const CLOSERS = new Set([...'”’」』）》〉】〕〗］)"\'']);

/** A note in brackets after the last sentence: …精神。（完） or …。（记者 张三）. */
const TRAILING_NOTE = /[。！？…]\s*[（(][^（）()]{1,30}[）)]$/;

const INNER_PUNCT = /[，。；！？、]/;

function endsWell(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && CLOSERS.has(text[i - 1])) i--;
  if (i === 0 || FINAL.has(text[i - 1])) return true;
  return TRAILING_NOTE.test(text.slice(Math.max(0, end - 40), end));
}

export const checkTerminalPunct: ParagraphCheck = (paragraph, _next, out) => {
  if (!isBodyKind(paragraph.kind)) return;
  const text = paragraph.text;
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end === 0) return;
  const last = codePointBefore(text, end);
  if (endsWell(text, end)) return;
  // A one-phrase caption (会议现场) is a label and may end bare; a caption in sentences may not.
  if (paragraph.kind === 'caption' && !INNER_PUNCT.test(text.slice(0, end))) return;
  const start = end - unitsOf(last);
  const found = text.slice(start, end);
  out.push({ code: 'missing-terminal-punct', start, end, suggestion: `${found}。`, args: { found } });
};

/**
 * Quotation and title marks in context (GB/T 15834-2011): quotes inside quotes are ‘’ (§4.1.3.2), a title
 * inside a title is 〈〉 (§4.13.3.2), a whole sentence quoted after ： keeps its stop inside the quotes while a
 * quoted phrase that is part of the sentence leaves it outside (§4.1.3.3), no 等/等等 after an ellipsis
 * (§4.11.3.6), and no second stop after a quotation that already ends in one (“……。”。).
 */
import type { LocalFinding } from './finding';
import type { ParagraphCheck } from './paragraph';

/**
 * Pairs of one family with their depth, or null when the marks do not balance (the pairing check reports that;
 * guessing which mark was meant would only add noise).
 */
function balancedPairs(text: string, open: string, close: string): { open: number; close: number; depth: number }[] | null {
  const stack: number[] = [];
  const pairs: { open: number; close: number; depth: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) stack.push(i);
    else if (text[i] === close) {
      const at = stack.pop();
      if (at === undefined) return null;
      pairs.push({ open: at, close: i, depth: stack.length });
    }
  }
  return stack.length === 0 ? pairs : null;
}

function nested(text: string, out: LocalFinding[], code: 'nested-quote' | 'nested-title', marks: [string, string], inner: [string, string]): void {
  if (!text.includes(marks[0])) return;
  const pairs = balancedPairs(text, marks[0], marks[1]);
  if (pairs === null) return;
  for (const pair of pairs) {
    if (pair.depth !== 1) continue;
    out.push({ code, start: pair.open, end: pair.open + 1, suggestion: inner[0], args: { found: marks[0], expected: inner[0] } });
    out.push({ code, start: pair.close, end: pair.close + 1, suggestion: inner[1], args: { found: marks[1], expected: inner[1] } });
  }
}

/*
 * Each pattern starts with a literal mark (a regex that starts with a lookbehind is tried at every position);
 * what must stand before the match is checked by hand.
 */
/** 他说：“……”。 — a whole sentence quoted after a speech verb and a colon, its stop left outside. */
const STOP_OUTSIDE = /：“([^“”]{4,}?[^。！？…“”，、；：])(”)([。！？])/g;
const SPEECH_BEFORE_COLON = ['说', '道', '表示', '指出', '强调', '认为', '介绍', '坦言', '感慨', '透露', '回忆', '问', '答', '称', '呼吁', '解释', '补充', '告诉记者', '谈到'];
/** 发扬“钉钉子精神。” — a short phrase inside the sentence (no colon, no speech verb before it), stop inside. */
const STOP_INSIDE = /“([^“”，。！？；：、]{1,15})(。”)/g;
const SPEECH_VERB = new Set([...'说道问喊称示曰叫答讲']);
const HAN_BEFORE = /[\u4e00-\u9fff]/;

const ETC_AFTER_ELLIPSIS = /(?:……|⋯⋯)(等等|等)(?![待候一着了到你我他她])/g;
const STOP_AFTER_QUOTED_STOP = /[。！？][”’]+。/g;

export const checkQuotesInContext: ParagraphCheck = (paragraph, _next, out) => {
  const text = paragraph.text;
  nested(text, out, 'nested-quote', ['“', '”'], ['‘', '’']);
  nested(text, out, 'nested-title', ['《', '》'], ['〈', '〉']);
  for (const m of text.matchAll(STOP_OUTSIDE)) {
    if (!SPEECH_BEFORE_COLON.some((verb) => text.startsWith(verb, m.index - verb.length))) continue;
    const at = m.index + 2 + m[1].length;
    const found = m[2] + m[3];
    out.push({ code: 'quote-terminal', start: at, end: at + 2, suggestion: m[3] + m[2], args: { found, expected: m[3] + m[2], note: 'quote-inside' } });
  }
  for (const m of text.matchAll(STOP_INSIDE)) {
    if (m.index === 0 || !HAN_BEFORE.test(text[m.index - 1]) || SPEECH_VERB.has(text[m.index - 1])) continue;
    const at = m.index + 1 + m[1].length;
    out.push({ code: 'quote-terminal', start: at, end: at + 2, suggestion: '”。', args: { found: '。”', expected: '”。', note: 'quote-outside' } });
  }
  for (const m of text.matchAll(ETC_AFTER_ELLIPSIS)) {
    const at = m.index + 2;
    out.push({ code: 'etc-after-ellipsis', start: at, end: at + m[1].length, suggestion: '', args: { found: m[1] } });
  }
  for (const m of text.matchAll(STOP_AFTER_QUOTED_STOP)) {
    const at = m.index + m[0].length - 1;
    out.push({ code: 'doubled-punct', start: at, end: at + 1, suggestion: '', args: { found: '。' } });
  }
};

/**
 * Plain text (a pasted or imported file) as paragraphs: one per line, with a kind guessed from its shape, so
 * headlines, bylines and credits are not held to body-text rules. The guess follows how copy arrives here:
 * Markdown-style # heads, ■ bylines, a signature in brackets, “… 摄”/“… 提供” credits, and short lines with no
 * sentence punctuation (a headline or intertitle).
 */
import { isBylineLine, isCreditLine, isSignatureLine, TITLE_MAX_CHARS } from '../model/line-kind';
import type { ParagraphKind, ProofParagraph } from './paragraph';

export interface TextParagraph extends ProofParagraph {
  /** Where the paragraph's text starts in the whole text (UTF-16 code units). */
  offset: number;
}

const SENTENCE_PUNCT = /[，。；：？！、,;?!]/;
const HEADING = /^#{1,6}\s*/;

export function guessKind(line: string): ParagraphKind {
  const text = line.trim();
  if (HEADING.test(text)) return text.startsWith('###') ? 'intertitle' : 'headline';
  if (isBylineLine(text)) return 'byline';
  if (isSignatureLine(text)) return 'signature';
  if (isCreditLine(text)) return 'credit';
  if (!SENTENCE_PUNCT.test(text) && text.length <= TITLE_MAX_CHARS) return 'headline';
  return 'paragraph';
}

/** Lines (without their \r\n) with their offsets; blank lines are skipped. Heading marks (#) are not text. */
export function textParagraphs(text: string): TextParagraph[] {
  const out: TextParagraph[] = [];
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() !== '') {
      const heading = HEADING.exec(line);
      const skip = heading ? heading[0].length : 0;
      out.push({ kind: guessKind(line), text: line.slice(skip), offset: offset + skip });
    }
    offset += rawLine.length + 1;
  }
  return out;
}

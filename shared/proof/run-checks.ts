/**
 * Runs every check over a story's paragraphs and turns local findings into located, described ones. Overlapping
 * findings in a paragraph are resolved by code priority (FINDING_CODES order), so every remaining suggestion
 * can be applied on its own.
 */
import { blockText } from '../model/text';
import type { StoryContent } from '../model/story';
import { checkDoubledChar, checkSpaceInChinese } from './checks-chars';
import { checkNumberForms } from './checks-numbers';
import { checkTerminalPunct } from './checks-paragraph';
import { checkUnitForms } from './checks-units';
import { checkPairs } from './checks-pairs';
import { checkDashForm, checkDoubledPunct, checkEllipsisForm, checkFullwidthDigits, checkHalfwidthPunct } from './checks-punct';
import { CODE_INFO, FINDING_CODES, formatMessage, type FindingCode } from './codes';
import type { Finding, LocalFinding, StoryFinding } from './finding';
import type { ParagraphCheck, ProofParagraph } from './paragraph';
import { EMPTY_TERMS, termCheck, withBuiltInWording, type TermList } from './terms';
import { contextCheck, type ProofStyle } from './checks-context';
import { checkDeDiDe } from './checks-de';
import { numeralFormCheck } from './checks-numerals';
import { checkQuotesInContext } from './checks-quotes';
import { textParagraphs } from './text-paragraphs';
import { confusionCheck } from './checks-words';
import { defaultWordSegmenter, type WordSegmenter } from './segmenter';

export interface CheckOptions {
  /** The paper's term list and banned words (merged with the built-in wording list). */
  terms?: TermList;
  /** false: leave out the built-in wording list (dictionaries/news-wording.ts); only the paper's list applies. */
  builtInWording?: boolean;
  /** The paper's house style for the checks that depend on it (其他/其它, counts in Arabic digits). */
  style?: ProofStyle;
  /** Report only these codes (all when absent). */
  only?: readonly FindingCode[];
  /** Word boundaries for the word-level checks (ICU's Intl.Segmenter when absent). */
  segmenter?: WordSegmenter;
}

const PARAGRAPH_CHECKS: readonly ParagraphCheck[] = [
  checkHalfwidthPunct,
  checkPairs,
  checkDoubledPunct,
  checkDashForm,
  checkEllipsisForm,
  checkFullwidthDigits,
  checkDoubledChar,
  checkSpaceInChinese,
  checkTerminalPunct,
  checkQuotesInContext,
  checkDeDiDe,
];

const PRIORITY = new Map<FindingCode, number>(FINDING_CODES.map((code, i) => [code, i]));

/** Sorted by start; of overlapping findings the higher-priority code stays. */
function resolveOverlaps(findings: LocalFinding[]): LocalFinding[] {
  findings.sort((a, b) => a.start - b.start || (PRIORITY.get(a.code) as number) - (PRIORITY.get(b.code) as number));
  const kept: LocalFinding[] = [];
  for (const f of findings) {
    const last = kept[kept.length - 1];
    if (last === undefined || f.start >= last.end) {
      kept.push(f);
    } else if ((PRIORITY.get(f.code) as number) < (PRIORITY.get(last.code) as number)) {
      kept[kept.length - 1] = f;
    }
  }
  return kept;
}

/**
 * Remembers the per-paragraph checks' findings by what they read (the paragraph's kind and text and the next
 * paragraph's), so a re-check after an edit runs those checks on the changed paragraphs only (spell-as-you-type,
 * renderer/editor/checks). One cache belongs to one set of CheckOptions. The story-wide checks (numbers and
 * units written two ways) always run over every paragraph: their findings depend on the whole story.
 */
export interface ParagraphCheckCache {
  get(key: string): readonly LocalFinding[] | undefined;
  set(key: string, findings: readonly LocalFinding[]): void;
}

/** The cache key of a paragraph: everything a per-paragraph check reads. */
export function paragraphCheckKey(paragraph: ProofParagraph, next: ProofParagraph | undefined): string {
  return `${paragraph.kind}\u0000${paragraph.text}\u0000${next ? `${next.kind}\u0000${next.text}` : '\u0001'}`;
}

/** Findings per paragraph, offsets local to each paragraph's text. */
export function checkParagraphs(paragraphs: readonly ProofParagraph[], options: CheckOptions = {}, cache?: ParagraphCheckCache): LocalFinding[][] {
  const out: LocalFinding[][] = paragraphs.map(() => []);
  let perParagraph: ((paragraph: ProofParagraph, next: ProofParagraph | undefined, into: LocalFinding[]) => void) | null = null;
  const makeChecks = () => {
    const paperTerms = options.terms ?? EMPTY_TERMS;
    const terms = termCheck(options.builtInWording === false ? paperTerms : withBuiltInWording(paperTerms));
    const words = confusionCheck(options.segmenter ?? defaultWordSegmenter());
    const style = options.style ?? {};
    const context = contextCheck(style);
    const numerals = numeralFormCheck(style.arabicCounts === true);
    return (paragraph: ProofParagraph, next: ProofParagraph | undefined, into: LocalFinding[]) => {
      terms(paragraph, next, into);
      words(paragraph, next, into);
      context(paragraph, next, into);
      numerals(paragraph, next, into);
      for (const check of PARAGRAPH_CHECKS) check(paragraph, next, into);
    };
  };
  paragraphs.forEach((paragraph, i) => {
    const next = paragraphs[i + 1];
    const key = cache ? paragraphCheckKey(paragraph, next) : '';
    const cached = cache?.get(key);
    if (cached) {
      out[i].push(...cached);
      return;
    }
    perParagraph ??= makeChecks();
    perParagraph(paragraph, next, out[i]);
    cache?.set(key, out[i].slice());
  });
  checkNumberForms(paragraphs, out);
  checkUnitForms(paragraphs, out);
  const only = options.only ? new Set(options.only) : null;
  return out.map((list) => resolveOverlaps(only ? list.filter((f) => only.has(f.code)) : list));
}

function describe(local: LocalFinding, text: string, offset: number): Finding {
  const finding: Finding = {
    code: local.code,
    start: local.start + offset,
    end: local.end + offset,
    text: text.slice(local.start, local.end),
    message: formatMessage(local.code, local.args),
    severity: CODE_INFO[local.code].severity,
    args: local.args,
  };
  if (local.suggestion !== undefined) finding.suggestion = local.suggestion;
  return finding;
}

/**
 * Check plain text: each line is a paragraph whose kind is guessed (see text-paragraphs.ts). Offsets are UTF-16
 * code units into `text`.
 */
export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  const lines = textParagraphs(text);
  const perParagraph = checkParagraphs(lines, options);
  const findings: Finding[] = [];
  perParagraph.forEach((list, i) => {
    for (const local of list) findings.push(describe(local, lines[i].text, lines[i].offset));
  });
  return findings;
}

/** Check a story with its block kinds. Offsets are into each block's text (a figure's caption or credit). */
export function checkStory(content: StoryContent, options: CheckOptions = {}, cache?: ParagraphCheckCache): StoryFinding[] {
  const paragraphs: (ProofParagraph & { block: number; part?: 'caption' | 'credit' })[] = [];
  content.blocks.forEach((block, index) => {
    if (block.type === 'figure') {
      paragraphs.push({ kind: 'caption', text: blockText({ ...block, credit: [] }), block: index, part: 'caption' });
      paragraphs.push({ kind: 'credit', text: blockText({ ...block, caption: [] }), block: index, part: 'credit' });
    } else paragraphs.push({ kind: block.type, text: blockText(block), block: index });
  });
  const perParagraph = checkParagraphs(paragraphs, options, cache);
  const findings: StoryFinding[] = [];
  perParagraph.forEach((list, i) => {
    const { block, part, text } = paragraphs[i];
    for (const local of list) findings.push({ ...describe(local, text, 0), block, ...(part ? { part } : {}) });
  });
  return findings;
}

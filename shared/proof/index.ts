/**
 * The proofreader's assistant: automatic checks of Chinese copy (GB/T 15834 punctuation, GB/T 15835 numbers,
 * the paper's term list). Pure TypeScript: runs in the renderer as the proofreader reads, and in the CLI.
 *
 *   checkText(text, {terms})      plain text, lines as paragraphs (kinds guessed) → Finding[]
 *   checkStory(content, {terms})  a StoryContent with its block kinds → StoryFinding[] (block index + offsets)
 *   applyFinding(text, finding)   one suggestion applied: machine-applicable by construction
 *   parseTermList(source)         the --terms text format → TermList, or errors naming the lines
 */
export { FINDING_CODES, CODE_INFO, formatMessage, type FindingCode, type Severity, type MessageArgs, type CodeInfo } from './codes';
export { applyFinding, applyFindings, type ApplyResult, type Finding, type StoryFinding, type LocalFinding } from './finding';
export { checkText, checkStory, checkParagraphs, paragraphCheckKey, type CheckOptions, type ParagraphCheckCache } from './run-checks';
export { parseTermList, EMPTY_TERMS, type TermList, type TermRule, type BannedWord, type TermParseError, type TermParseResult } from './terms';
export { TYPO_DOUBLES, type TypoDouble } from './typo-doubles';
export { UNIT_FAMILIES } from './checks-units';
export { guessKind, textParagraphs } from './text-paragraphs';
export type { ParagraphKind, ProofParagraph } from './paragraph';
export { makeAnchor, reanchor, applyMark, markFromFinding, type AnchorResult, type ApplyMarkResult, type MarkDraft } from './proof-marks';
export { paragraphPreview, head as previewHead, tail as previewTail, type ParagraphPreview, type PreviewBlock } from './paragraph-preview';

/** What the checks look at: a paragraph's text and its kind (body text, headline, byline …). */
import type { TextBlockType } from '../model/story';
import type { LocalFinding } from './finding';

/** A story block's type, or one of a figure's two texts. */
export type ParagraphKind = TextBlockType | 'caption' | 'credit';

export interface ProofParagraph {
  kind: ParagraphKind;
  text: string;
}

/**
 * Body text: runs as sentences, so it ends in punctuation and has no spaces between Chinese characters.
 * Headlines, bylines, intertitles, signatures and credits end bare and may use spaces as separators.
 */
const BODY_KINDS: ReadonlySet<ParagraphKind> = new Set<ParagraphKind>(['paragraph', 'lead', 'runin', 'caption']);

export function isBodyKind(kind: ParagraphKind): boolean {
  return BODY_KINDS.has(kind);
}

/** A per-paragraph check: appends what it finds to `out` (offsets into paragraph.text). */
export type ParagraphCheck = (paragraph: ProofParagraph, next: ProofParagraph | undefined, out: LocalFinding[]) => void;

/** A check over the whole story (consistency checks); out[i] receives the findings of paragraph i. */
export type StoryCheck = (paragraphs: readonly ProofParagraph[], out: LocalFinding[][]) => void;

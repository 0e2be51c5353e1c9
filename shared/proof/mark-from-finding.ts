/**
 * An automatic check's finding as a proof mark (the proofreader's one click): a suggestion becomes 改正 (or 删除
 * when it removes the text, 增补 when it inserts at a point); a finding without a safe fix becomes a 说明 carrying
 * the check's message, so the editor decides. Offsets move from the finding's text (a figure's caption or
 * credit) to the block's text, which is what anchors use.
 */
import type { MarkKind } from '../model/proof';
import type { StoryContent } from '../model/story';
import { runsText } from '../model/text';
import type { StoryFinding } from './finding';
import { errorMessage, type ErrorMessage } from '../errors';

export interface MarkDraft {
  kind: MarkKind;
  blockIndex: number;
  start: number;
  end: number;
  proposed: string | null;
  note: string | null;
}

export type FindingLike = Pick<StoryFinding, 'block' | 'part' | 'start' | 'end' | 'text' | 'suggestion' | 'message'>;

export type MarkDraftResult = { ok: true; draft: MarkDraft } | { ok: false; message: ErrorMessage };

/** The mark a finding stands for, or why it no longer fits the content (edited since the check ran). */
export function markFromFinding(content: StoryContent, finding: FindingLike): MarkDraftResult {
  const block = content.blocks[finding.block];
  if (block === undefined) return { ok: false, message: errorMessage('finding-no-block', { block: finding.block + 1 }) };
  let offset = 0;
  let text: string;
  if (block.type === 'figure') {
    const caption = runsText(block.caption);
    if (finding.part === 'credit') {
      offset = caption.length;
      text = runsText(block.credit);
    } else text = caption;
  } else text = runsText(block.runs);
  if (text.slice(finding.start, finding.end) !== finding.text) {
    return { ok: false, message: errorMessage('finding-stale', { text: finding.text }) };
  }
  const at = { blockIndex: finding.block, start: finding.start + offset, end: finding.end + offset };
  if (finding.suggestion === undefined) {
    return { ok: true, draft: { ...at, kind: 'note', proposed: null, note: finding.message } };
  }
  const kind: MarkKind = finding.suggestion === '' ? 'delete' : finding.text === '' ? 'insert' : 'replace';
  return {
    ok: true,
    draft: { ...at, kind, proposed: kind === 'delete' ? null : finding.suggestion, note: finding.message },
  };
}

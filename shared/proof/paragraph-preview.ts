/**
 * What a 接排 (run-on) or 另起段 (new-paragraph) mark will do, shown to the editor BEFORE accepting: which two
 * blocks become one, or where one block splits into two, with the text on either side. Computed by applying the
 * mark (applyMark) to the text it will be applied to, so the preview is exactly what 采纳 does; a mark that would
 * touch a heading, an intertitle, a byline, a signature or a caption is refused here with the same coded reason
 * the accept gives (applyMark never joins or splits those).
 */
import type { ProofMark } from '../model/proof';
import type { Block, StoryContent } from '../model/story';
import { blockText } from '../model/text';
import type { ErrorMessage } from '../errors';
import { applyMark } from './apply-mark';

export interface PreviewBlock {
  /** The block's position in the story, from 0 (the mark's anchor counts the same way). */
  index: number;
  type: Block['type'];
  text: string;
}

export type ParagraphPreview =
  | { ok: true; kind: 'join'; first: PreviewBlock; second: PreviewBlock; joined: PreviewBlock }
  | { ok: true; kind: 'split'; block: PreviewBlock; parts: [PreviewBlock, PreviewBlock] }
  | { ok: false; message: ErrorMessage };

function previewBlock(content: StoryContent, index: number): PreviewBlock {
  const block = content.blocks[index];
  return { index, type: block.type, text: blockText(block) };
}

/** The preview of a 接排 or 另起段 mark on `content`; null for every other kind. */
export function paragraphPreview(content: StoryContent, mark: Pick<ProofMark, 'kind' | 'anchor' | 'proposed'>): ParagraphPreview | null {
  if (mark.kind !== 'run-on' && mark.kind !== 'new-paragraph') return null;
  const applied = applyMark(content, mark);
  if (!applied.ok) return { ok: false, message: applied.message };
  const i = mark.anchor.blockIndex;
  if (mark.kind === 'run-on') {
    return { ok: true, kind: 'join', first: previewBlock(content, i), second: previewBlock(content, i + 1), joined: previewBlock(applied.content, i) };
  }
  return { ok: true, kind: 'split', block: previewBlock(content, i), parts: [previewBlock(applied.content, i), previewBlock(applied.content, i + 1)] };
}

/** The last `n` characters of a text, with an ellipsis when cut (the end of the first paragraph of a join). */
export function tail(text: string, n = 14): string {
  const chars = [...text];
  return chars.length <= n ? text : '…' + chars.slice(-n).join('');
}

/** The first `n` characters of a text, with an ellipsis when cut. */
export function head(text: string, n = 14): string {
  const chars = [...text];
  return chars.length <= n ? text : chars.slice(0, n).join('') + '…';
}

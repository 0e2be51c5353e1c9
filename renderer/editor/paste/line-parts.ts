/**
 * The parts a pasted paragraph is by its shape, with the same line classifier as the .docx/.txt import
 * (shared/model/line-kind.ts): a byline line (■ 本报记者 张三) becomes 作者, a last line wholly in brackets
 * （钢城） becomes 署名. Paragraphs only: headings and run-ins the HTML already named stay as they are, and so do
 * the paragraphs given as `asIs` (a table's rows).
 */
import { blockText, type Block } from '../../../shared/model';
import { isBylineLine, isSignatureLine } from '../../../shared/model/line-kind';

export function classifyPastedParts(blocks: readonly Block[], asIs: readonly number[] = []): Block[] {
  // Table rows (asIs) are rows of cells, never a byline or a signature by their look.
  const keep = new Set(asIs);
  return blocks.map((block, i) => {
    if (block.type !== 'paragraph' || keep.has(i)) return block;
    const text = blockText(block);
    if (isBylineLine(text)) return { ...block, type: 'byline' };
    if (i === blocks.length - 1 && i > 0 && isSignatureLine(text)) return { ...block, type: 'signature' };
    return block;
  });
}

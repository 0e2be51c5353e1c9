/**
 * Enter at the end of a heading part (引题, 主题, 副题, byline, 小标题, 署名) starts a body paragraph, not another
 * heading: after the headline stack comes the text, as on the page.
 */
import { Editor, Range } from 'slate';
import type { TextBlockType } from '../../../shared/model';
import type { CustomEditor } from '../custom-types';
import { isTextBlock } from '../schema';

const FOLLOWED_BY_PARAGRAPH = new Set<TextBlockType>(['kicker', 'headline', 'subheadline', 'byline', 'intertitle', 'signature', 'lead']);

export function withBreaks<E extends CustomEditor>(editor: E): E {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    const { selection } = editor;
    const entry = selection && Range.isCollapsed(selection) ? Editor.above(editor, { match: isTextBlock }) : undefined;
    if (!entry || !isTextBlock(entry[0]) || !FOLLOWED_BY_PARAGRAPH.has(entry[0].type) || !Editor.isEnd(editor, selection!.anchor, entry[1])) {
      return insertBreak();
    }
    Editor.insertNode(editor, { type: 'paragraph', children: [{ text: '' }] });
  };
  return editor;
}

/**
 * A picture chosen in a figure's slot is a set_node on the figure-image element (as renderer/pictures/
 * figure-slot.tsx does); it must reach the story as FigureBlock.image, survive a reopen, undo, and removal.
 */
import { describe, expect, it } from 'vitest';
import { Transforms } from 'slate';
import type { StoryContent } from '../../../shared/model';
import { contentToValue, valueToContent } from '../../../renderer/editor/convert';
import { createStoryEditor } from '../../../renderer/editor/create-editor';

const STORY: StoryContent = {
  blocks: [
    { type: 'headline', runs: [{ text: '新蕾幼儿园开展消防演练' }] },
    { type: 'figure', image: null, caption: [{ text: '孩子们在老师带领下有序撤离。' }], credit: [{ text: '彭锦 摄' }] },
    { type: 'paragraph', runs: [{ text: '正文' }] },
  ],
};
const IMAGE = { assetId: 'a'.repeat(64), widthPx: 1800, heightPx: 1200 };

function openEditor(content: StoryContent) {
  const editor = createStoryEditor();
  editor.children = contentToValue(content);
  return editor;
}

describe('a figure’s picture through the editor value', () => {
  it('placing, reopening and removing a picture keeps caption and credit', () => {
    const editor = openEditor(STORY);
    Transforms.setNodes(editor, { image: IMAGE }, { at: [1, 0] });
    const placed = valueToContent(editor.children);
    expect(placed.blocks[1]).toEqual({ ...STORY.blocks[1], image: IMAGE });
    expect(placed.blocks.filter((b) => b.type !== 'figure')).toEqual(STORY.blocks.filter((b) => b.type !== 'figure'));

    // Reopened from the saved content, the picture is still there.
    const reopened = openEditor(placed);
    expect(valueToContent(reopened.children)).toEqual(placed);

    Transforms.setNodes(reopened, { image: null }, { at: [1, 0] });
    expect(valueToContent(reopened.children)).toEqual(STORY);
  });

  it('undo takes a placed picture out again', () => {
    const editor = openEditor(STORY);
    Transforms.setNodes(editor, { image: IMAGE }, { at: [1, 0] });
    editor.undo();
    expect(valueToContent(editor.children)).toEqual(STORY);
  });
});

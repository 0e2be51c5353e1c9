import { describe, expect, it } from 'vitest';
import { createEditor, Editor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import type { CustomEditor } from '../../../renderer/editor/custom-types';
import { withNewspaper } from '../../../renderer/editor/plugins/with-newspaper';

/** Normalizes `input` fully and returns the resulting value (input/output pairs, as Slate's own tests). */
function normalize(input: unknown[]): Descendant[] {
  const editor = withNewspaper(withHistory(createEditor()) as CustomEditor);
  editor.children = input as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

const image = { type: 'figure-image', image: null, children: [{ text: '' }] };

describe('withNewspaper normalizers', () => {
  it('gives an empty document one empty paragraph', () => {
    expect(normalize([])).toEqual([{ type: 'paragraph', children: [{ text: '' }] }]);
  });

  it('completes a figure missing its caption and credit', () => {
    expect(normalize([{ type: 'figure', children: [image] }])).toEqual([
      {
        type: 'figure',
        children: [image, { type: 'figure-caption', children: [{ text: '' }] }, { type: 'figure-credit', children: [{ text: '' }] }],
      },
    ]);
  });

  it('turns a text block merged into a figure into its caption, and moves extra children out as paragraphs', () => {
    const output = normalize([
      {
        type: 'figure',
        children: [
          image,
          { type: 'paragraph', children: [{ text: '说明' }] },
          { type: 'figure-credit', children: [{ text: '彭锦 摄' }] },
          { type: 'figure-caption', children: [{ text: '多出的' }] },
        ],
      },
    ]);
    expect(output).toEqual([
      {
        type: 'figure',
        children: [image, { type: 'figure-caption', children: [{ text: '说明' }] }, { type: 'figure-credit', children: [{ text: '彭锦 摄' }] }],
      },
      { type: 'paragraph', children: [{ text: '多出的' }] },
    ]);
  });

  it('makes a caption outside a figure a paragraph, keeping its text', () => {
    expect(normalize([{ type: 'figure-caption', children: [{ text: '图说' }] }])).toEqual([
      { type: 'paragraph', children: [{ text: '图说' }] },
    ]);
  });

  it('wraps a lone image slot into a complete figure', () => {
    const [figure] = normalize([image]) as { type: string; children: { type: string }[] }[];
    expect(figure.type).toBe('figure');
    expect(figure.children.map((c) => c.type)).toEqual(['figure-image', 'figure-caption', 'figure-credit']);
  });

  it('unwraps blocks nested in a text block, keeping the text', () => {
    expect(
      normalize([{ type: 'headline', children: [{ text: '一腔' }, { type: 'paragraph', children: [{ text: '热血' }] }] }]),
    ).toEqual([{ type: 'headline', children: [{ text: '一腔热血' }] }]);
  });

  it('leaves a valid story alone', () => {
    const story = [
      { type: 'headline', children: [{ text: '主题' }] },
      { type: 'runin', children: [{ text: '小引。', bold: true }, { text: '正文' }] },
    ];
    expect(normalize(structuredClone(story))).toEqual(story);
  });
});

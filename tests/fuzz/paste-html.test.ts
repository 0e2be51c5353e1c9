// @vitest-environment jsdom
// Fuzz: whatever HTML is pasted (Word's, a web page's, garbage, very deep nesting), cleaning it never throws,
// finishes quickly, and gives blocks of the story model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanHtml } from '../../renderer/editor/paste/clean-html';
import { TextBlockTypes } from '../../shared/model';

/** The block shape, without the well-formed-text check: a lone surrogate pasted is refused at save, not here. */
const run = z.object({ text: z.string(), bold: z.boolean().optional(), emphasis: z.boolean().optional() }).strict();
const PastedBlock = z.union([
  z.object({ type: z.enum(TextBlockTypes), runs: z.array(run) }).strict(),
  z.object({ type: z.literal('figure'), image: z.null(), caption: z.array(run), credit: z.array(run) }).strict(),
]);

const tag = fc.constantFrom('p', 'b', 'strong', 'i', 'em', 'span', 'div', 'h1', 'h2', 'h3', 'table', 'tr', 'td', 'ul', 'li', 'br', 'img', 'o:p', 'font', 'script', 'style', 'a', 'sup');
const attribute = fc.constantFrom(
  '',
  ' style="font-weight:bold"',
  ' style="mso-list:l0 level1 lfo1;text-align:center"',
  ' class="MsoTitle"',
  ' align="center"',
  ' alt="图"',
  ' style="font-style:italic; font-weight: 700 !important"',
  ' style="</style><b>"',
);
const text = fc.string({ unit: fc.constantFrom('字', '。', ' ', '\n', '&nbsp;', '&lt;', '&#x20BB7;', '𠮷', 'a', '<', '>', '"', '\u00a0', '\u3000'), maxLength: 12 });
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((self) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(tag, attribute, fc.array(self('node'), { maxLength: 4 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
    fc.constantFrom('<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->', '<![if !supportLists]>·<![endif]>', '<p', '</b>', '<style>p{mso-style-name:"标题 1"}</style>'),
  ),
})).node;

const clean = (input: string) => cleanHtml(input, new DOMParser());

describe('paste HTML fuzz', () => {
  it('never throws and always gives blocks of the story model', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), (parts) => {
        const blocks = clean(parts.join(''));
        for (const block of blocks) expect(PastedBlock.safeParse(block).success, JSON.stringify(block)).toBe(true);
      }),
      { seed: 18, numRuns: 400 },
    );
  });

  it('cleans 20,000 nested elements without overflowing the stack', () => {
    // A plain-object tree: jsdom takes minutes to parse or build such nesting (Chromium's parser stops at 512).
    type FakeNode = { nodeType: number; nodeValue?: string; tagName?: string; textContent: string; childNodes: FakeNode[]; getAttribute: () => null };
    let node: FakeNode = { nodeType: 3, nodeValue: '深', textContent: '深', childNodes: [], getAttribute: () => null };
    for (let i = 0; i < 20_000; i++) node = { nodeType: 1, tagName: i % 2 ? 'B' : 'SPAN', textContent: '深', childNodes: [node], getAttribute: () => null };
    const body = { ...node, tagName: 'BODY' };
    const parser = { parseFromString: () => ({ body }) } as unknown as DOMParser;
    expect(cleanHtml('<ignored>', parser)).toEqual([{ type: 'paragraph', runs: [{ text: '深', bold: true }] }]);
  });

  it('cleans a long paste in one pass', () => {
    expect(clean(`<p>${'字'.repeat(1_000)}</p>`.repeat(100))).toHaveLength(100);
  });
});

/**
 * Golden layout of the demo page 1 (tests/shared/compose/golden/demo-page.json), compact: per module its
 * rectangle, 超/空, first and last text line, and a SHA-256 of its full frame JSON; plus the page frame's hash.
 * A change anywhere in the page's layout shows up here; update deliberately with `npx vitest run -u <this file>`.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { composePage, fontBookFromBytes } from '../../../../shared/compose';
import { demoPageView } from '../../../../shared/seed/demo-page-view';
import { goldenReplacer } from '../golden-json';
import { frameLines } from './page-helpers';

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

describe('golden demo page', () => {
  it('matches tests/shared/compose/golden/demo-page.json', async () => {
    const { view, stories } = demoPageView();
    const page = composePage(view, stories, fontBookFromBytes(readAllFontBytes()));
    const modules = page.modules.map((m, i) => {
      const lines = frameLines(m.frame);
      return {
        module: m.moduleId,
        what: view.modules[i].storyId ?? view.modules[i].furniture,
        rect: [m.xPt, m.yPt, m.widthPt, m.heightPt],
        oversetChars: m.oversetChars,
        spareLines: m.spareLines,
        lines: lines.length,
        first: lines[0]?.text ?? '',
        last: lines[lines.length - 1]?.text ?? '',
        frameSha256: sha(JSON.stringify(m.frame, goldenReplacer)),
      };
    });
    const json = `{"page":${JSON.stringify({ widthPt: page.widthPt, heightPt: page.heightPt, items: page.frame.items.length, frameSha256: sha(JSON.stringify(page.frame, goldenReplacer)) })},\n"modules":[\n${modules.map((m) => JSON.stringify(m)).join(',\n')}\n]}\n`;
    expect(modules.every((m) => m.oversetChars === 0)).toBe(true);
    await expect(json).toMatchFileSnapshot('../golden/demo-page.json');
  });
});

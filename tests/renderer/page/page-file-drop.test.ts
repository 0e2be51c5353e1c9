/**
 * What a file dropped on the page becomes (renderer/page/page-file-drop.ts): copy fills the empty text frame under
 * the pointer or makes a new module, a picture fills the empty picture frame or makes a picture module, anything
 * else — or too big — is refused with a coded error, before any byte is sent.
 */
import { describe, expect, it } from 'vitest';
import { broadsheetTemplate, gridLineCount, type ModuleView } from '../../../shared/model';
import { formatError } from '../../../shared/errors';
import { dropRefusalForRole, MAX_DROP_BYTES, moduleAtCell, pictureGeometry, planFileDrop } from '../../../renderer/page/page-file-drop';

const m = (over: Partial<ModuleView>) =>
  ({ id: 'm', kind: 'story', storyId: 's', picture: null, column: 0, columnSpan: 2, topLine: 0, heightLines: 10, ...over }) as ModuleView;
const placedStory = m({ id: 'placed', column: 0, columnSpan: 3, topLine: 0, heightLines: 20 });
const textFrame = m({ id: 'text-frame', storyId: null, column: 4, columnSpan: 2, topLine: 10, heightLines: 20 });
const pictureFrame = m({ id: 'picture-frame', kind: 'image', storyId: null, column: 0, columnSpan: 2, topLine: 40, heightLines: 12 });
const filledPicture = m({ id: 'filled', kind: 'image', storyId: null, picture: { assetId: 'a'.repeat(64), imageHeightLines: 8, caption: '', credit: '' }, column: 6, columnSpan: 2, topLine: 40, heightLines: 12 });
const modules = [placedStory, textFrame, pictureFrame, filledPicture];
const file = (name: string, size = 1000) => ({ name, size });

describe('planFileDrop', () => {
  it('sets copy into the empty text frame under the pointer, else into a new module', () => {
    expect(planFileDrop(file('稿件.docx'), modules, 5, 12)).toEqual({ action: 'story', into: textFrame });
    expect(planFileDrop(file('稿件.TXT'), modules, 1, 5)).toEqual({ action: 'story', into: null }); // a placed story is never replaced
    expect(planFileDrop(file('稿件.txt'), modules, 1, 45)).toEqual({ action: 'story', into: null }); // a picture frame takes no copy
    expect(planFileDrop(file('稿件.txt'), modules, 7, 90)).toEqual({ action: 'story', into: null });
  });

  it('fills the empty picture frame under the pointer, else makes a picture module', () => {
    expect(planFileDrop(file('照片.JPG'), modules, 1, 45)).toEqual({ action: 'picture', into: pictureFrame });
    expect(planFileDrop(file('照片.png'), modules, 7, 45)).toEqual({ action: 'picture', into: null }); // it has a picture
    expect(planFileDrop(file('照片.tif'), modules, 5, 12)).toEqual({ action: 'picture', into: null }); // a text frame takes no picture
  });

  it('refuses other types and files over the limit, naming the file', () => {
    for (const name of ['报告.pdf', 'setup.exe', '旧稿.doc', 'no-extension', '图.gif']) {
      expect(planFileDrop(file(name), modules, 0, 0)).toEqual({ action: 'refuse', error: { code: 'drop-unsupported-file', params: { name } } });
    }
    expect(planFileDrop(file('大.docx', MAX_DROP_BYTES), modules, 0, 0).action).toBe('story');
    expect(planFileDrop(file('大.docx', MAX_DROP_BYTES + 1), modules, 0, 0)).toEqual({ action: 'refuse', error: { code: 'drop-file-too-big', params: { name: '大.docx', limit: '24 MB' } } });
  });
});

describe('moduleAtCell', () => {
  it('finds the module over a cell, the one drawn on top when two overlap', () => {
    const over = m({ id: 'over', column: 1, columnSpan: 1, topLine: 5, heightLines: 2 });
    expect(moduleAtCell([placedStory, over], 1, 6)?.id).toBe('over');
    expect(moduleAtCell([placedStory, over], 2, 6)?.id).toBe('placed');
    expect(moduleAtCell([placedStory], 3, 0)).toBeNull(); // the column after its span
    expect(moduleAtCell([placedStory], 0, 20)).toBeNull(); // the line after its height
  });
});

describe('pictureGeometry', () => {
  const t = broadsheetTemplate();
  it('makes the image band as tall as the picture is for its width, plus the caption, inside the page', () => {
    const wide = pictureGeometry(t, 3, 10, 2);
    const tall = pictureGeometry(t, 3, 10, 0.5);
    expect(wide.columnSpan).toBe(2);
    expect(tall.imageHeightLines).toBeGreaterThan(wide.imageHeightLines * 3);
    expect(wide.heightLines).toBe(wide.imageHeightLines + 4);
    const low = pictureGeometry(t, t.grid.columnCount, gridLineCount(t), 1);
    expect(low.column + low.columnSpan).toBe(t.grid.columnCount);
    expect(low.topLine + low.heightLines).toBe(gridLineCount(t));
  });
});

describe('dropRefusalForRole', () => {
  it('tells a proofreader, in both languages, that a drop on the page places nothing and who places modules', () => {
    const refusal = dropRefusalForRole('proofreader');
    expect(refusal?.code).toBe('drop-on-page-forbidden');
    expect(formatError(refusal!, 'zh-CN')).toMatch(/^校对不能往版面上放稿件或图片.*版式.*编辑/);
    expect(formatError(refusal!, 'en')).toMatch(/^A proofreader cannot drop copy or pictures on the page; nothing was placed.*layout.*editor/);
  });

  it('lets layout staff, editors and a desk without a profile drop', () => {
    expect(dropRefusalForRole('layout')).toBeNull();
    expect(dropRefusalForRole('editor')).toBeNull();
    expect(dropRefusalForRole(null)).toBeNull();
  });
});

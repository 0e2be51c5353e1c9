/**
 * Style sheets in the store: one per paper, carried by every page view of that paper to the composer, so saving
 * the body style's size restyles every page of the issue (through composeStoredPage, as preview, proof and
 * plates compose); a bad import is refused naming the field and the saved sheet is kept.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeStoredPage } from '../../../electron/compose/stored-page';
import {
  addModule,
  addPage,
  exportStyleSheetFile,
  getIssue,
  getPageView,
  getStyleSheet,
  importStyleSheetFile,
  setStyleSheet,
  StoreError,
} from '../../../electron/store';
import { DEFAULT_STYLE_SHEET, type StyleSheet } from '../../../shared/model';
import { HAO_PT } from '../../../shared/units';
import { demoDesk, type DemoDesk } from '../export/preflight-fixture';
import { thrownText } from '../../error-text';

const EDITOR = { name: '李编', role: 'editor' as const };
let desk: DemoDesk;
beforeEach(() => {
  desk = demoDesk();
});
afterEach(() => desk.db.close());

const bodySized = (size: number): StyleSheet => ({
  ...DEFAULT_STYLE_SHEET,
  paragraphStyles: DEFAULT_STYLE_SHEET.paragraphStyles.map((s) => (s.id === 'body' ? { ...s, sizePt: size } : s)),
});

function paperOf(d: DemoDesk): string {
  return getIssue(d.db, d.issueId).paperName;
}

describe('style sheets per paper', () => {
  it('gives the house sheet, not saved, until the paper saves one', () => {
    const stored = getStyleSheet(desk.db);
    expect(stored).toMatchObject({ paper: paperOf(desk), saved: false, sheet: DEFAULT_STYLE_SHEET });
    expect(getPageView(desk.db, desk.pageId).styleSheet).toBeUndefined();
  });

  it('restyles every page of the paper when the body style’s size changes in the one sheet', () => {
    // A second page setting one of the demo stories, so the issue has two pages with body text.
    const issue = addPage(desk.db, { issueId: desk.issueId });
    const page2 = issue.pages[issue.pages.length - 1].id;
    const storyId = getPageView(desk.db, desk.pageId).modules.find((m) => m.kind === 'story' && m.storyId)!.storyId!;
    addModule(desk.db, { pageId: page2, kind: 'story', storyId, column: 0, columnSpan: 3, topLine: 0, heightLines: 40 });
    const pages = getIssue(desk.db, desk.issueId).pages.map((p) => p.id);
    const bodySizes = (pageId: string) => {
      const sizes = new Set<number>();
      const layout = composeStoredPage(desk.db, pageId).layout;
      // Body text is set in 宋 (serif-regular); heads and intertitles are 黑.
      for (const m of layout.modules) for (const item of m.frame.items) if (item.kind === 'text' && item.faceId === 'serif-regular') sizes.add(item.sizePt);
      return sizes;
    };
    for (const id of pages) expect(bodySizes(id).has(HAO_PT.五号), id).toBe(false);

    setStyleSheet(desk.db, paperOf(desk), bodySized(HAO_PT.五号), EDITOR);

    const withText = pages.filter((id) => bodySizes(id).size > 0);
    expect(withText).toEqual(expect.arrayContaining([desk.pageId, page2]));
    for (const id of withText) expect(bodySizes(id).has(HAO_PT.五号), id).toBe(true);
    for (const id of withText) expect(bodySizes(id).has(HAO_PT.小五), id).toBe(false);
  });

  it('keeps another paper’s pages in their own sheet', () => {
    setStyleSheet(desk.db, '别的报纸', bodySized(HAO_PT.五号), EDITOR);
    expect(getPageView(desk.db, desk.pageId).styleSheet).toBeUndefined();
    expect(getStyleSheet(desk.db, '别的报纸').saved).toBe(true);
  });

  it('exports a file that imports back as the same sheet, into whichever paper it is read', () => {
    setStyleSheet(desk.db, paperOf(desk), bodySized(HAO_PT.五号), EDITOR);
    const file = exportStyleSheetFile(desk.db);
    expect(file.fileName).toMatch(/样式表\.json$/u);
    const imported = importStyleSheetFile(desk.db, '晚报', file.text, EDITOR);
    expect(imported).toMatchObject({ paper: '晚报', saved: true, updatedBy: '李编' });
    expect(imported.sheet).toEqual(bodySized(HAO_PT.五号));
  });

  it('refuses a hostile file with the field named and keeps the saved sheet', () => {
    const paper = paperOf(desk);
    setStyleSheet(desk.db, paper, bodySized(HAO_PT.五号), EDITOR);
    const bad = exportStyleSheetFile(desk.db).text.replace('"sizePt": 10.5', '"sizePt": 1e9');
    let error: unknown;
    try {
      importStyleSheetFile(desk.db, paper, bad, EDITOR);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('invalid');
    expect((error as StoreError).field).toBe('sheet.paragraphStyles.0.sizePt');
    expect(thrownText(() => importStyleSheetFile(desk.db, paper, 'not json', EDITOR))).toMatch(/不是 JSON/u);
    expect(getStyleSheet(desk.db, paper).sheet).toEqual(bodySized(HAO_PT.五号));
  });

  it('refuses a sheet without a paper name', () => {
    expect(thrownText(() => setStyleSheet(desk.db, '  ', DEFAULT_STYLE_SHEET, EDITOR))).toMatch(/没有指定报名/u);
  });
});

describe('module boxes in the store', () => {
  it('keeps a module’s 花边/底纹/反白 and takes it away with null, other settings untouched', async () => {
    const { updateModule } = await import('../../../electron/store');
    const module = getPageView(desk.db, desk.pageId).modules.find((m) => m.kind === 'story')!;
    const box = { border: 'ornamental' as const, borderColor: { c: 0, m: 100, y: 100, k: 0 }, tint: { c: 20, m: 0, y: 0, k: 0 }, knockout: true, cornerRadiusPt: 4 };
    const boxed = updateModule(desk.db, module.id, { box }).modules.find((m) => m.id === module.id)!;
    expect(boxed.box).toEqual(box);
    expect(boxed.headline).toEqual(module.headline);
    expect(getPageView(desk.db, desk.pageId).modules.find((m) => m.id === module.id)!.box).toEqual(box);
    expect(() => updateModule(desk.db, module.id, { box: { ...box, border: 'wavy' } as never })).toThrow(/box\.border/u);
    const cleared = updateModule(desk.db, module.id, { box: null }).modules.find((m) => m.id === module.id)!;
    expect(cleared.box).toBeUndefined();
  });
});

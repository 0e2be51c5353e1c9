import { beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors';
import type { FrameItem } from '../../../shared/compose';
import type { StoryContent } from '../../../shared/model';
import { checkPage, type PagePreflightInput, type PictureInfo } from '../../../electron/export/preflight/check-page';
import { PREFLIGHT_ERROR_CODES, PREFLIGHT_WARNING_CODES, type PreflightFinding } from '../../../electron/export/preflight/findings';
import { findPlaceholder } from '../../../electron/export/preflight/placeholder-text';
import { loadExportPage, parsePageRange, type ExportPage } from '../../../electron/export/preflight/page-inputs';
import { preflightIssue } from '../../../electron/export/preflight/run-preflight';
import { composeStoredPageData, storiesOf } from '../../../electron/compose/stored-page-data';
import { acquireLock, addModule, createStory, setStoryPlannedPage, updatePage } from '../../../electron/store';
import { setExportSettings } from '../../../electron/store/export-log-repo';
import { demoDesk, demoPage, UNFINISHED_DEMO, type DemoDesk } from './preflight-fixture';
import { thrownText } from '../../error-text';

let desk: DemoDesk;
let base: ExportPage;

beforeAll(() => {
  desk = demoDesk();
  base = demoPage(desk);
});

const para = (text: string): StoryContent => ({ blocks: [{ type: 'paragraph', runs: [{ text }] }] });

/** A deep copy of the demo page to change, composed again after the change. */
function variant(change: (page: ExportPage) => void, recompose = true): PagePreflightInput {
  const page = structuredClone(base);
  change(page);
  const stories = storiesOf(page);
  const layout = recompose ? composeStoredPageData(page) : page.layout;
  return { view: page.view, layout, stories, pictures: new Map(Object.entries(page.pictures)), lockedStoryIds: new Set(page.lockedStoryIds), ink: null, settings: { severity: UNFINISHED_DEMO } };
}

function codes(findings: PreflightFinding[]): string[] {
  return [...new Set(findings.map((f) => f.code))].sort();
}

/** The first story module of the demo page and its story id. */
function firstStory(page: ExportPage): { moduleId: string; storyId: string } {
  const m = page.view.modules.find((x) => x.kind === 'story' && x.storyId)!;
  return { moduleId: m.id, storyId: m.storyId! };
}

function firstPicture(page: ExportPage) {
  return page.view.modules.find((m) => m.kind === 'image')!;
}

describe('preflight of the demo page', () => {
  it('passes clean', () => {
    expect(checkPage({ ...variant(() => undefined, false) })).toEqual([]);
  });

  it('passes clean from the desk too (demo.create, then preflight)', async () => {
    const [page] = await preflightIssue(desk.db, { issueId: desk.issueId, pages: null, nowMs: Date.now(), renderPdf: null });
    expect(page.page).toBe(1);
    expect(page.errors).toEqual([]);
    expect(page.warnings).toEqual([]);
  });
});

describe('preflight errors: each fixture fires its code', () => {
  const fired = new Set<string>();
  const expectCode = (findings: PreflightFinding[], code: string, module?: string) => {
    const hit = findings.find((f) => f.code === code);
    expect(hit, `${code} in ${JSON.stringify(findings)}`).toBeDefined();
    expect(hit!.severity).toBe('error');
    expect(hit!.page).toBe(1);
    expect(hit!.message).toMatch(/[\u4e00-\u9fff]/);
    if (module) expect(hit!.module).toBe(module);
    fired.add(code);
  };

  it('overset: a story longer than its module', () => {
    const input = variant((p) => {
      const { storyId } = firstStory(p);
      p.stories[storyId] = { blocks: [...p.stories[storyId].blocks, ...p.stories[storyId].blocks, ...p.stories[storyId].blocks] };
    });
    expectCode(checkPage(input), 'overset', firstStory(base).moduleId);
  });

  it('placeholder-text: XXX, 此处插入, 请输入, lorem ipsum, a bare 标题', () => {
    for (const text of ['记者XXX报道', '此处插入正文', '请输入文字', 'Lorem ipsum dolor', '标题']) {
      const input = variant((p) => {
        const { storyId } = firstStory(p);
        p.stories[storyId] = { blocks: [...p.stories[storyId].blocks.slice(0, 2), { type: 'paragraph', runs: [{ text }] }] };
      });
      expectCode(checkPage(input), 'placeholder-text', firstStory(base).moduleId);
    }
  });

  it('empty-story: a story with no text, and a story module with no story', () => {
    expectCode(checkPage(variant((p) => void (p.stories[firstStory(p).storyId] = para('')))), 'empty-story');
    const unplaced = variant((p) => {
      const m = p.view.modules.find((x) => x.id === firstStory(p).moduleId)!;
      m.storyId = null;
      m.story = null;
    });
    expectCode(checkPage(unplaced), 'empty-story', firstStory(base).moduleId);
  });

  it('missing-glyphs: a character the fonts lack (tofu)', () => {
    const input = variant((p) => {
      const { storyId } = firstStory(p);
      p.stories[storyId] = { blocks: [{ type: 'paragraph', runs: [{ text: '缺字测试\u{2B81D}\u{E000}' }] }] };
    });
    expectCode(checkPage(input), 'missing-glyphs', firstStory(base).moduleId);
  });

  const assetId = 'a'.repeat(64);
  const withPicture = (picture: PictureInfo) =>
    variant((p) => {
      firstPicture(p).picture = { ...firstPicture(p).picture!, assetId };
      p.pictures[assetId] = picture;
    });

  it('image-resolution: a picture below 150 ppi at its placed size', () => {
    expectCode(checkPage(withPicture({ widthPx: 200, heightPx: 150, isRgb: false })), 'image-resolution', firstPicture(base).id);
  });

  it('rgb-content: an RGB picture', () => {
    expectCode(checkPage(withPicture({ widthPx: 8000, heightPx: 8000, isRgb: true })), 'rgb-content', firstPicture(base).id);
  });

  it('ink-limit: total ink over the limit (measured value in)', () => {
    const input = { ...variant(() => undefined, false), ink: { maxTacPct: 320, pixelsOverLimit: 40, worstAt: { x: 0.5, y: 0.5 } } };
    expectCode(checkPage(input), 'ink-limit');
    expect(checkPage({ ...input, ink: { maxTacPct: 240, pixelsOverLimit: 0, worstAt: null } })).toEqual([]);
    expect(checkPage({ ...input, settings: { ...input.settings, inkLimitPct: 340 } })).toEqual([]);
  });

  it('not-signed-off: only where the paper requires sign-off, and 已签付 counts as signed', () => {
    const input = variant(() => undefined, false);
    expect(checkPage(input)).toEqual([]);
    expectCode(checkPage({ ...input, settings: { ...input.settings, requireSignOff: true } }), 'not-signed-off');
    const approved = variant((p) => void (p.view.page.status = 'approved'), false);
    expect(checkPage({ ...approved, settings: { ...approved.settings, requireSignOff: true } })).toEqual([]);
  });

  it('empty-frame: the demo\'s picture frames hold no picture; a placed picture clears it', () => {
    const asIs = { ...variant(() => undefined, false), settings: {} };
    const pictures = base.view.modules.filter((m) => m.kind === 'image').map((m) => m.id);
    expect(pictures).toHaveLength(2);
    const findings = checkPage(asIs).filter((f) => f.code === 'empty-frame');
    expect(findings.map((f) => f.module)).toEqual(pictures);
    expectCode(findings, 'empty-frame', pictures[0]);
    expect(findings.every((f) => f.severity === 'error' && f.text.code === 'preflight-empty-frame' && f.text.params.module)).toBe(true);
    const filled = variant((p) => {
      for (const m of p.view.modules) if (m.kind === 'image') m.picture = { ...m.picture!, assetId: 'c'.repeat(64) };
    });
    expect(checkPage({ ...filled, settings: {} }).filter((f) => f.code === 'empty-frame')).toEqual([]);
    // A story's figure without its picture is an empty frame too.
    const figure = variant((p) => {
      const { storyId } = firstStory(p);
      p.stories[storyId] = { blocks: [...p.stories[storyId].blocks.slice(0, 2), { type: 'figure', image: null, caption: [{ text: '炉前夜色' }], credit: [] }] };
    });
    expectCode(checkPage({ ...figure, settings: {} }), 'empty-frame', firstStory(base).moduleId);
  });

  it('missing-furniture: page 1 without 报头 or 责编行, another page without 报眉', () => {
    const withoutCredit = variant((p) => void (p.view.modules = p.view.modules.filter((m) => m.furniture !== 'credit-line')), false);
    expectCode(checkPage(withoutCredit), 'missing-furniture');
    expect(checkPage(withoutCredit).find((f) => f.code === 'missing-furniture')!.text.params.names).toEqual([errorMessage('furniture-credit-line')]);
    const withoutMasthead = variant((p) => void (p.view.modules = p.view.modules.filter((m) => m.furniture !== 'masthead')), false);
    expect(checkPage(withoutMasthead).find((f) => f.code === 'missing-furniture')!.message).toContain('报头');
    // Page 2 needs a 报眉, not a 报头: the demo's furniture on page 2 lacks it.
    const pageTwo = variant((p) => void (p.view.page.number = 2), false);
    const found = checkPage(pageTwo).filter((f) => f.code === 'missing-furniture');
    expect(found.map((f) => [f.page, f.text.params.names])).toEqual([[2, [errorMessage('furniture-running-head')]]]);
  });

  it('planned-story-missing: a story marked for the page but placed nowhere; placing it or unmarking clears it', () => {
    const own = demoDesk();
    const s = createStory(own.db, { content: para('安排在本版的稿件。') });
    expect(checkPage({ ...variant(() => undefined, false), plannedUnplaced: loadExportPage(own.db, own.pageId, Date.now()).plannedUnplaced })).toEqual([]);
    setStoryPlannedPage(own.db, s.id, own.pageId);
    const page = loadExportPage(own.db, own.pageId, Date.now());
    expect(page.plannedUnplaced.map((p) => p.id)).toEqual([s.id]);
    const findings = checkPage({ ...variant(() => undefined, false), plannedUnplaced: page.plannedUnplaced });
    expectCode(findings, 'planned-story-missing');
    expect(findings[0].text).toEqual(errorMessage('preflight-planned-story-missing', { page: 1, title: s.title }));
    // The paper may lower it to a warning or switch it off.
    const lowered = checkPage({ ...variant(() => undefined, false), plannedUnplaced: page.plannedUnplaced, settings: { severity: { ...UNFINISHED_DEMO, 'planned-story-missing': 'warning' } } });
    expect(lowered.map((f) => [f.code, f.severity])).toEqual([['planned-story-missing', 'warning']]);
    // Placed (anywhere): no longer a finding.
    addModule(own.db, { pageId: own.pageId, kind: 'story', storyId: s.id, column: 0, columnSpan: 3, topLine: 60, heightLines: 10 });
    expect(loadExportPage(own.db, own.pageId, Date.now()).plannedUnplaced).toEqual([]);
    const t = createStory(own.db, { content: para('另一篇。') });
    setStoryPlannedPage(own.db, t.id, own.pageId);
    setStoryPlannedPage(own.db, t.id, null);
    expect(loadExportPage(own.db, own.pageId, Date.now()).plannedUnplaced).toEqual([]);
  });

  it('covers every error code', () => {
    expect([...fired].sort()).toEqual([...PREFLIGHT_ERROR_CODES].sort());
  });
});

describe('preflight warnings: each fixture fires its code', () => {
  const fired = new Set<string>();
  const expectWarning = (findings: PreflightFinding[], code: string) => {
    expect(codes(findings.filter((f) => f.severity === 'error'))).toEqual([]);
    expect(codes(findings)).toContain(code);
    fired.add(code);
  };
  const withItem = (item: FrameItem) => {
    const input = variant(() => undefined, false);
    const layout = structuredClone(input.layout);
    layout.modules[1].frame.items.push(item);
    return { ...input, layout };
  };

  it('image-resolution-low: a picture between 150 and 200 ppi', () => {
    const assetId = 'b'.repeat(64);
    const pic = firstPicture(base);
    const input = variant((p) => {
      firstPicture(p).picture = { ...firstPicture(p).picture!, assetId };
    });
    const box = input.layout.modules.find((m) => m.moduleId === pic.id)!.frame.items.find((i) => i.kind === 'box' && i.assetId === assetId);
    expect(box?.kind).toBe('box');
    const widthPt = box!.kind === 'box' ? box!.widthPt : 0;
    const heightPt = box!.kind === 'box' ? box!.heightPt : 0;
    // 175 ppi on the tighter axis.
    input.pictures = new Map([[assetId, { widthPx: Math.ceil((widthPt / 72) * 175), heightPx: Math.ceil((heightPt / 72) * 400), isRgb: false }]]);
    expectWarning(checkPage(input), 'image-resolution-low');
  });

  it('small-text-multi-ink: 9 pt text in rich black', () => {
    expectWarning(checkPage(withItem({ kind: 'text', faceId: 'serif-regular', sizePt: 9, color: { c: 0.6, m: 0.4, y: 0.4, k: 1 }, yPt: 20, glyphIds: Uint32Array.of(1), xPt: Float64Array.of(0), drawn: ['字'], source: ['字'] })), 'small-text-multi-ink');
    expect(checkPage(withItem({ kind: 'text', faceId: 'serif-regular', sizePt: 14, color: { c: 0.6, m: 0.4, y: 0.4, k: 1 }, yPt: 20, glyphIds: Uint32Array.of(1), xPt: Float64Array.of(0), drawn: ['字'], source: ['字'] }))).toEqual([]);
  });

  it('thin-line: a rule under 0.1 mm', () => {
    expectWarning(checkPage(withItem({ kind: 'rule', x1Pt: 0, y1Pt: 0, x2Pt: 50, y2Pt: 0, thicknessPt: 0.1, color: { c: 0, m: 0, y: 0, k: 1 } })), 'thin-line');
    expect(checkPage(withItem({ kind: 'rule', x1Pt: 0, y1Pt: 0, x2Pt: 50, y2Pt: 0, thicknessPt: 0.3, color: { c: 0, m: 0, y: 0, k: 1 } }))).toEqual([]);
  });

  it('module-overlap: two modules on the same lines (from the desk)', () => {
    const m = base.view.modules.find((x) => x.kind === 'story')!;
    const view = addModule(desk.db, { pageId: desk.pageId, kind: 'furniture', furniture: 'credit-line', column: m.column, columnSpan: 1, topLine: m.topLine + 2, heightLines: 2 });
    try {
      const page = loadExportPage(desk.db, desk.pageId, Date.now());
      expectWarning(checkPage({ ...variant(() => undefined, false), view: page.view }), 'module-overlap');
    } finally {
      desk.db.prepare('DELETE FROM modules WHERE id = ?').run(view.modules[view.modules.length - 1].id);
    }
  });

  it('story-locked: a story still open in an editor (from the desk)', () => {
    const { storyId } = firstStory(base);
    const nowMs = Date.now();
    acquireLock(desk.db, { storyId, clientId: 'window-1', actor: { name: '王静', role: 'editor' }, nowMs });
    const page = loadExportPage(desk.db, desk.pageId, nowMs);
    expect(page.lockedStoryIds).toEqual([storyId]);
    expectWarning(checkPage({ ...variant(() => undefined, false), lockedStoryIds: new Set(page.lockedStoryIds) }), 'story-locked');
    // Once the lock has expired, nothing is reported.
    expect(loadExportPage(desk.db, desk.pageId, nowMs + 3_600_000).lockedStoryIds).toEqual([]);
  });

  it('empty-area: the demo page\'s empty lower half, with where it is; a filled page has none', () => {
    const asIs = { ...variant(() => undefined, false), settings: {} };
    const found = checkPage(asIs).filter((f) => f.code === 'empty-area');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    // Lines 60–104 (1-based) over all 8 columns: below the lowest story (line 59) and beside the 责编行.
    expect(found[0].text).toEqual(errorMessage('preflight-empty-area', { page: 1, column: 1, columnSpan: 8, line: 60, lines: 45, pct: 43 }));
    fired.add('empty-area');
    const higher = { ...asIs, settings: { emptyAreaPct: 50 } };
    expect(checkPage(higher).filter((f) => f.code === 'empty-area')).toEqual([]);
  });

  it('covers every warning code', () => {
    expect([...fired].sort()).toEqual([...PREFLIGHT_WARNING_CODES].sort());
  });
});

describe('preflight severities the paper sets', () => {
  it('raises a warning to an error, lowers an error to a warning, switches a code off', () => {
    const asIs = variant(() => undefined, false);
    const severities = (settings: PagePreflightInput['settings']) =>
      Object.fromEntries(checkPage({ ...asIs, settings }).map((f) => [f.code, f.severity]));
    expect(severities({})).toEqual({ 'empty-frame': 'error', 'empty-area': 'warning' });
    expect(severities({ severity: { 'empty-frame': 'warning', 'empty-area': 'error' } })).toEqual({ 'empty-frame': 'warning', 'empty-area': 'error' });
    expect(severities({ severity: { 'empty-frame': 'off' } })).toEqual({ 'empty-area': 'warning' });
  });

  it('reads them from the desk\'s export settings (a code this Folio does not know is ignored)', async () => {
    const d = demoDesk({ asIs: true });
    const [before] = await preflightIssue(d.db, { issueId: d.issueId, pages: [1], nowMs: Date.now(), renderPdf: null });
    expect(before.errors.map((e) => e.code)).toEqual(['empty-frame', 'empty-frame']);
    expect(before.warnings.map((e) => e.code)).toEqual(['empty-area']);
    setExportSettings(d.db, { preflightSeverity: { 'empty-frame': 'warning', 'empty-area': 'off', 'from-a-newer-folio': 'error' } });
    const [after] = await preflightIssue(d.db, { issueId: d.issueId, pages: [1], nowMs: Date.now(), renderPdf: null });
    expect(after.errors).toEqual([]);
    expect(after.warnings.map((e) => e.code)).toEqual(['empty-frame', 'empty-frame']);
  });
});

describe('preflight settings from the desk', () => {
  it('require sign-off when the paper says so; 已签付 passes', async () => {
    const d = demoDesk();
    setExportSettings(d.db, { requireSignOff: true, preflightSeverity: UNFINISHED_DEMO });
    const [before] = await preflightIssue(d.db, { issueId: d.issueId, pages: [1], nowMs: Date.now(), renderPdf: null });
    expect(before.errors.map((e) => e.code)).toEqual(['not-signed-off']);
    updatePage(d.db, d.pageId, { status: 'approved' });
    const [after] = await preflightIssue(d.db, { issueId: d.issueId, pages: [1], nowMs: Date.now(), renderPdf: null });
    expect(after.errors).toEqual([]);
  });
});

describe('placeholders and page ranges', () => {
  it('leave real sentences alone', () => {
    expect(findPlaceholder(para('本报讯 大标题下面是正文，记者王静报道。'))).toBeNull();
    expect(findPlaceholder(para('主标题：'))).toBe('主标题');
  });
  it('parse 1-4, 2 and 1,3,5-6; refuse nonsense', () => {
    expect(parsePageRange('1-4')).toEqual([1, 2, 3, 4]);
    expect(parsePageRange('1,3,5-6')).toEqual([1, 3, 5, 6]);
    expect(thrownText(() => parsePageRange('4-1'))).toBe('版号范围“4-1”无效');
    expect(thrownText(() => parsePageRange('a'))).toMatch(/“a”看不懂/u);
  });
});

describe('RGB in the page PDF', () => {
  it('is found in an RGB-painted page and not in a CMYK one', async () => {
    const { pdfUsesRgb } = await import('../../../electron/export/preflight/pdf-colour');
    const { makeTestPagePdf } = await import('./test-pdf');
    const PDFDocument = (await import('pdfkit')).default;
    const rgb = await new Promise<Uint8Array>((resolve) => {
      const doc = new PDFDocument({ size: [100, 100] });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.rect(10, 10, 50, 50).fill('#ff0000');
      doc.end();
    });
    expect(pdfUsesRgb(rgb)).toBe(true);
    expect(pdfUsesRgb(await makeTestPagePdf())).toBe(false);
  });
});

describe('rgb-content from the page PDF', () => {
  it('fires when the PDF has RGB colour', () => {
    const input = variant(() => undefined, false);
    expect(checkPage({ ...input, pdfHasRgb: false })).toEqual([]);
    expect(checkPage({ ...input, pdfHasRgb: true }).map((f) => [f.code, f.severity])).toEqual([['rgb-content', 'error']]);
  });
});

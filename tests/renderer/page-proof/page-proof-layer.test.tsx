// @vitest-environment jsdom
/**
 * The 校样 overlay on the demo page 1 as composed: the page's marks drawn in their round's ink with the label out
 * in the strip, a drag across glyphs opening the mark form on those characters and adding the mark there, and
 * layout staff seeing the marks without being able to mark.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, fontBookFromBytes, type PageLayout } from '../../../shared/compose';
import { blockText, ROUND_INKS, type PageView, type ProofMark, type Role, type StoryContent } from '../../../shared/model';
import { PageProofControls, PageProofLayer, usePageProof } from '../../../renderer/page-proof';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import { click, render, typeInto, type Rendered } from '../proof/render-helpers';

const calls: { method: string; params: Record<string, unknown> }[] = [];
let role: Role = 'proofreader';
let stored: ProofMark[] = [];
vi.mock('../../../renderer/api/client', () => ({
  invoke: async (method: string, params: Record<string, unknown>) => {
    calls.push({ method, params });
    if (method === 'profile.get') return { ok: true, value: { name: '李校对', role } };
    if (method === 'marks.list') return { ok: true, value: stored };
    if (method === 'marks.add') {
      const m = newMark(params);
      stored = [...stored, m];
      return { ok: true, value: m };
    }
    return { ok: false, error: { code: 'internal', message: `unexpected ${method}` } };
  },
}));

const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = demoPageView();
const layout: PageLayout = composePage(view, stories, fonts);
const FEATURE = 'weijinyi-profile';
const featureModule = view.modules.find((m) => m.storyId === FEATURE)!;
const paragraph = stories.get(FEATURE)!.blocks.findIndex((b) => b.type === 'paragraph');
const textOf = (blockIndex: number) => blockText(stories.get(FEATURE)!.blocks[blockIndex]);

function newMark(p: Record<string, unknown>): ProofMark {
  const quote = String(p.quote ?? '');
  return {
    id: `mark-${stored.length + 1}`, storyId: String(p.storyId), round: p.round as ProofMark['round'], kind: p.kind as ProofMark['kind'], by: '李校对',
    byRole: 'proofreader', at: '2026-11-25T08:00:00Z',
    anchor: { blockIndex: Number(p.blockIndex), start: Number(p.start), end: Number(p.end), quote, prefix: '', suffix: '' }, anchorRevision: 1,
    original: quote, proposed: (p.proposed as string | null) ?? null, note: null, status: 'open', drifted: false,
    decidedBy: null, decidedAt: null, reason: null, appliedRevision: null,
  };
}

function Harness({ pageView, contents }: { pageView: PageView; contents: ReadonlyMap<string, StoryContent> }) {
  const proof = usePageProof(pageView, contents);
  return (
    <>
      <PageProofControls proof={proof} disabled={false} />
      <div className="page-stage">{proof.on && <PageProofLayer proof={proof} layout={layout} fonts={fonts} scale={1} />}</div>
    </>
  );
}

let shown: Rendered | null = null;
beforeEach(() => {
  calls.length = 0;
  stored = [];
  role = 'proofreader';
  localStorage.clear();
});
afterEach(() => {
  shown?.unmount();
  shown = null;
});

async function turnOn(): Promise<Rendered> {
  shown = await render(<Harness pageView={view} contents={stories} />);
  await click(shown.byTestId('page-proof-toggle')[0]);
  await vi.waitFor(() => expect(calls.some((c) => c.method === 'profile.get')).toBe(true));
  await act(async () => {});
  return shown;
}

/** A pointer event at page pt (x, y): the layer starts one strip left of the trim, at scale 1 (jsdom boxes are at 0). */
async function pointer(target: Element, type: string, xPt: number, yPt: number): Promise<void> {
  const margin = Number(target.getAttribute('style')?.match(/left: -([\d.]+)px/)?.[1]);
  await act(async () => target.dispatchEvent(new PointerEvent(type, { bubbles: true, button: 0, clientX: xPt + margin, clientY: yPt })));
}

describe('PageProofLayer', () => {
  it('draws the page’s open marks in their round’s ink, the label out in the strip', async () => {
    stored = [newMark({ storyId: FEATURE, round: 'second', kind: 'replace', blockIndex: paragraph, start: 2, end: 4, quote: textOf(paragraph).slice(2, 4), proposed: '新字' })];
    const ui = await turnOn();
    await vi.waitFor(() => expect(ui.byTestId('proof-overlay-mark')).toHaveLength(1));
    const mark = ui.byTestId('proof-overlay-mark')[0];
    expect(mark.dataset.round).toBe('second');
    expect(new Set([...mark.querySelectorAll('line')].map((l) => l.getAttribute('stroke')))).toEqual(new Set([ROUND_INKS.second.hex]));
    expect(mark.textContent).toContain('新字');
    expect(mark.textContent).toContain('二校');
    const label = ui.byTestId('proof-overlay-label')[0];
    const x = Number(label.getAttribute('x'));
    const trimX = Number(ui.byTestId('page-proof-layer')[0].style.left.replace(/[-px]/g, ''));
    expect(x + Number(label.getAttribute('width')) <= trimX || x >= trimX + layout.widthPt).toBe(true);
    expect(ui.byTestId('proof-watermark')[0].textContent).toBe('校样');
  });

  it('a drag across glyphs opens the mark form on those characters; the mark is added there in the round', async () => {
    const ui = await turnOn();
    const layer = ui.byTestId('page-proof-layer')[0];
    await vi.waitFor(() => expect(layer.dataset.mayMark).toBe('true'));
    const moduleLayout = layout.modules.find((m) => m.moduleId === featureModule.id)!;
    const line = moduleLayout.textLines!.find((l) => l.blockIndex === paragraph && l.glyphs.length > 8)!;
    const [a, b] = [line.glyphs[2], line.glyphs[5]];
    const y = moduleLayout.yPt + line.baselinePt - line.sizePt / 2;
    await pointer(layer, 'pointerdown', moduleLayout.xPt + a.xPt + 1, y);
    await pointer(layer, 'pointermove', moduleLayout.xPt + b.xPt + b.widthPt - 1, y);
    await pointer(layer, 'pointerup', moduleLayout.xPt + b.xPt + b.widthPt - 1, y);
    const quote = textOf(paragraph).slice(a.offset, b.offset + b.length);
    expect(ui.byTestId('proof-selection')).toHaveLength(1);
    expect(ui.byTestId('mark-selection')[0].textContent).toContain(quote);
    await click(ui.byTestId('mark-kind-replace')[0]);
    await typeInto(ui.byTestId('mark-proposed')[0] as HTMLInputElement, '改');
    await act(async () => ui.byTestId('mark-submit')[0].click());
    await vi.waitFor(() => expect(ui.byTestId('proof-overlay-mark')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'marks.add')?.params).toMatchObject({
      storyId: FEATURE, round: 'first', kind: 'replace', blockIndex: paragraph, start: a.offset, end: b.offset + b.length, quote, proposed: '改',
    });
    expect(ui.byTestId('page-proof-form')).toHaveLength(0);
  });

  it('layout staff see the marks but cannot select text to mark', async () => {
    role = 'layout';
    stored = [newMark({ storyId: FEATURE, round: 'first', kind: 'delete', blockIndex: paragraph, start: 0, end: 2, quote: textOf(paragraph).slice(0, 2) })];
    const ui = await turnOn();
    await vi.waitFor(() => expect(ui.byTestId('page-proof-read-only')).toHaveLength(1));
    const layer = ui.byTestId('page-proof-layer')[0];
    expect(layer.dataset.mayMark).toBe('false');
    await vi.waitFor(() => expect(ui.byTestId('proof-overlay-mark')).toHaveLength(1));
    const moduleLayout = layout.modules.find((m) => m.moduleId === featureModule.id)!;
    const line = moduleLayout.textLines!.find((l) => l.blockIndex === paragraph)!;
    await pointer(layer, 'pointerdown', moduleLayout.xPt + line.glyphs[0].xPt + 1, moduleLayout.yPt + line.baselinePt - 3);
    await pointer(layer, 'pointerup', moduleLayout.xPt + line.glyphs[3].xPt + 1, moduleLayout.yPt + line.baselinePt - 3);
    expect(ui.byTestId('proof-selection')).toHaveLength(0);
    expect(ui.byTestId('page-proof-form')).toHaveLength(0);
    expect(ui.byTestId('page-proof-round')).toHaveLength(0);
  });
});

// @vitest-environment jsdom
// The plan table's rows (renderer/plan/plan-table.tsx): the fill arrives page by page as the thumbnails are composed
// and each arrival hands the table new row objects; a row is drawn again only when what it shows changed (its
// labels are not translated again), and the order controls still act on the table's latest rows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { PlanTable } from '../../../renderer/plan/plan-table';
import type { PageFill } from '../../../renderer/plan/plan-rows';
import type { PlanRow } from '../../../renderer/plan/use-plan';
import type { PageSummary } from '../../../shared/model';
import { click, render, type Rendered } from '../proof/render-helpers';

const page = (n: number): PageSummary => ({ id: `p${n}`, issueId: 'i1', number: n, section: `版${n}`, status: 'draft', moduleCount: 3, updatedAt: '2026-12-07T00:00:00Z', editor: '', reviewer: '' } as unknown as PageSummary);
const NO_LINKS = { to: [], from: [] };
const row = (p: PageSummary, fill: PageFill | null = null): PlanRow => ({ page: p, stories: 3, fill, proof: null, links: NO_LINKS, view: null });
const fill = (usedLines: number): PageFill => ({ usedLines, availableLines: 100, ratio: usedLines / 100, oversetChars: 0 });

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
  vi.restoreAllMocks();
});

describe('plan table rows', () => {
  it('draws again only the row whose fill changed when new row objects arrive', async () => {
    const pages = [page(1), page(2), page(3)];
    const props = { onReorder: () => undefined, onOpenPage: () => undefined, onRemove: () => undefined };
    shown = await render(<PlanTable rows={pages.map((p) => row(p))} {...props} />);
    await shown.rerender(<PlanTable rows={[row(pages[0], fill(40)), row(pages[1]), row(pages[2])]} {...props} />);
    const t = vi.spyOn(i18next, 't');
    // Page 2's fill arrives; page 1's is the same figures in a new object, page 3 has none yet.
    await shown.rerender(<PlanTable rows={[row(pages[0], fill(40)), row(pages[1], fill(70)), row(pages[2])]} {...props} />);
    const keys = t.mock.calls.map((c) => String(c[0]));
    expect(keys).toContain('plan.fillTitle');
    expect(keys.filter((k) => k === 'page.pageTitle')).toHaveLength(1); // page 2's row only
    expect(keys.filter((k) => k.startsWith('plan.col.'))).toHaveLength(0); // the header is not translated again
    expect(shown.byTestId('plan-fill').map((td) => td.dataset.percent)).toEqual(['40', '70', '']);
  });

  it('moves a row with the latest rows after the table was drawn again with another order', async () => {
    const pages = [page(1), page(2), page(3)];
    const onReorder = vi.fn();
    const props = { onReorder, onOpenPage: () => undefined, onRemove: () => undefined };
    shown = await render(<PlanTable rows={pages.map((p) => row(p))} {...props} />);
    await shown.rerender(<PlanTable rows={[pages[2], pages[0], pages[1]].map((p) => row(p))} {...props} />);
    await click(shown.byTestId('plan-down')[0]); // page 3, now first, moves down
    expect(onReorder).toHaveBeenCalledWith(['p1', 'p3', 'p2']);
    await click(shown.byTestId('plan-up')[0]); // first: disabled, nothing sent
    expect(onReorder).toHaveBeenCalledTimes(1);
  });
});

/**
 * The demo page with issue #17's layout features set on it, for the golden display lists and the preview = PDF
 * parity test: 绕排 (a picture inside 胜利桥's body, the text flowing around it with a 4.5 pt standoff); an
 * L-shaped module (一腔热血: full height in two columns, 14 lines in the third); a head over one of two columns
 * (东山: the second column starts at the module top, beside the head); a vertical headline (炼钢二厂: 竖排 head
 * at the right edge with vertical quotation marks, the body beside it).
 */
import { lShape, type ModuleView } from '../../../shared/model';
import { demoPageView, type DemoPage } from '../../../shared/seed/demo-page-view';

/** Module ids of the demo page the features are set on. */
export const FEATURE_MODULES = { wrap: 'm5', lShape: 'm2', headSpan: 'm6', verticalHead: 'm3' } as const;

const FEATURES: Record<string, Partial<ModuleView>> = {
  [FEATURE_MODULES.wrap]: { inset: { kind: 'picture', assetId: null, leftChars: 10, widthChars: 7, topLine: 6, heightLines: 6, standoffPt: 4.5 } },
  [FEATURE_MODULES.lShape]: { shape: lShape(3, 28, 2, 14) },
  [FEATURE_MODULES.verticalHead]: { vertical: 'head' },
};

export function featurePageView(): DemoPage {
  const { view, stories } = demoPageView();
  const headSpan = view.modules.find((m) => m.id === FEATURE_MODULES.headSpan)!;
  FEATURES[FEATURE_MODULES.headSpan] = { headline: { ...headSpan.headline, spanColumns: 1 } };
  return { view: { ...view, modules: view.modules.map((m) => ({ ...m, ...FEATURES[m.id] })) }, stories };
}

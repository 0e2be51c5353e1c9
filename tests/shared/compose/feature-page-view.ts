/**
 * The demo page with issue #17's layout features set on it, for the golden display lists and the preview = PDF
 * parity test: 绕排 (a picture inside 胜利桥's body, the text flowing around it with a 4.5 pt standoff).
 */
import type { ModuleView } from '../../../shared/model';
import { demoPageView, type DemoPage } from '../../../shared/seed/demo-page-view';

/** Module ids of the demo page the features are set on. */
export const FEATURE_MODULES = { wrap: 'm5' } as const;

const FEATURES: Record<string, Partial<ModuleView>> = {
  [FEATURE_MODULES.wrap]: { inset: { kind: 'picture', assetId: null, leftChars: 10, widthChars: 7, topLine: 6, heightLines: 6, standoffPt: 4.5 } },
};

export function featurePageView(): DemoPage {
  const { view, stories } = demoPageView();
  return { view: { ...view, modules: view.modules.map((m) => ({ ...m, ...FEATURES[m.id] })) }, stories };
}

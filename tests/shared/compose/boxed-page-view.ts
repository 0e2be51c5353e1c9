/**
 * The demo page with issue #17's boxes and shading on it, for the preview = PDF parity test: a double 花边 with a
 * light 底纹 and rounded corners, a thick-thin border, a dotted and an ornamental border, and a 反白 (knockout)
 * module whose text is paper white on a dark tint — every box look drawn by both drawers.
 */
import type { ModuleBox, ModuleView } from '../../../shared/model';
import { demoPageView, type DemoPage } from '../../../shared/seed/demo-page-view';

const K100 = { c: 0, m: 0, y: 0, k: 100 };

/** Module id → its box on the boxed page. */
export const BOXED_MODULES: Record<string, ModuleBox> = {
  m1: { border: 'double', borderColor: { c: 100, m: 60, y: 0, k: 0 }, tint: { c: 0, m: 0, y: 20, k: 0 }, knockout: false, cornerRadiusPt: 6 },
  m2: { border: 'thick-thin', borderColor: K100, tint: null, knockout: false, cornerRadiusPt: 0 },
  m3: { border: 'dotted', borderColor: { c: 0, m: 100, y: 100, k: 0 }, tint: null, knockout: false, cornerRadiusPt: 0 },
  m4: { border: 'ornamental', borderColor: K100, tint: { c: 10, m: 0, y: 0, k: 5 }, knockout: false, cornerRadiusPt: 0 },
  m6: { border: 'single', borderColor: K100, tint: { c: 100, m: 80, y: 0, k: 30 }, knockout: true, cornerRadiusPt: 4 },
};

export function boxedPageView(): DemoPage {
  const { view, stories } = demoPageView();
  const modules: ModuleView[] = view.modules.map((m) => (BOXED_MODULES[m.id] ? { ...m, box: BOXED_MODULES[m.id] } : m));
  return { view: { ...view, modules }, stories };
}

/**
 * The demo issue's page 1, as a plan on the 8-column broadsheet grid (105 lines of 13.5 pt): the sample page's
 * stories (demo.ts, by slug) laid out as a real front page. Heights are the engine's natural heights at the time
 * of writing; `folio page` reports 超/差 per module when the engine or the text moves.
 *
 *   lines   0–11  报头 masthead across the page
 *   lines  12–39  一腔热血写春秋 (feature, 3 columns, intertitles)   │ 三关 (3 base columns set as 2, 三破二) 12–31
 *                                                                  │ 图片新闻 鑫磊 (2 columns) 12–31
 *   lines  32–58  东山矿 (2 columns) │ 总医院 picture (3 columns)   ← cols 3–4 and 5–7
 *   lines  40–58  胜利桥 (3 columns)                                ← cols 0–2
 *   line   104    本版责编/版式/校对 credit line (cols 5–7)
 * The sample is about 2,400 characters, a fifth of a full broadsheet page: the lower half stays open.
 */
import type { FurnitureKind, IssueFields, ModuleBorder, ModuleHeadline, ModuleKind } from '../model/page';
import { HAO_PT } from '../units';

/** The demo paper (invented, neutral) and issue: the sample page is dated 2014-11-25. */
export const DEMO_ISSUE: IssueFields = {
  paperName: '钢城日报',
  publisher: '钢城钢铁集团有限公司主办',
  date: '2014-11-25',
  issueNumber: 226,
  serialNumber: 5873,
  registration: '内部资料 准印证号 0000',
};

/** Marks the demo issue in the store, so creating the demo twice gives the same issue. */
export const DEMO_ISSUE_SLUG = 'demo-2014-11-25';

export const DEMO_PAGE_1 = { number: 1, section: '党建', editor: '王静', layoutBy: '张磊', proofreader: '刘芳' } as const;

export interface DemoModulePlan {
  kind: ModuleKind;
  /** The demo story (demo.ts slug) set in it; null for furniture. */
  slug: string | null;
  furniture: FurnitureKind | null;
  column: number;
  columnSpan: number;
  topLine: number;
  heightLines: number;
  bodyColumns: number;
  headline: Partial<ModuleHeadline>;
  border: ModuleBorder;
  /** For pictures: lines of the image slot above the caption. */
  imageHeightLines: number | null;
}

const story = (
  slug: string,
  column: number,
  columnSpan: number,
  topLine: number,
  heightLines: number,
  more: Partial<DemoModulePlan> = {},
): DemoModulePlan => ({
  kind: 'story',
  slug,
  furniture: null,
  column,
  columnSpan,
  topLine,
  heightLines,
  bodyColumns: columnSpan,
  headline: {},
  border: 'none',
  imageHeightLines: null,
  ...more,
});

const furniture = (kind: FurnitureKind, column: number, columnSpan: number, topLine: number, heightLines: number): DemoModulePlan => ({
  ...story('', column, columnSpan, topLine, heightLines),
  kind: 'furniture',
  slug: null,
  furniture: kind,
  bodyColumns: 1,
});

/** Page 1 of the demo issue, top to bottom. */
export function demoPagePlan(): DemoModulePlan[] {
  return [
    furniture('masthead', 0, 8, 0, 12),
    story('weijinyi-profile', 0, 3, 12, 28, { headline: { headlineSizePt: HAO_PT.小一 } }),
    story('sanguan-sanlian', 3, 3, 12, 20, { bodyColumns: 2, border: 'rule' }),
    story('xinlei-photo', 6, 2, 12, 20, { kind: 'image', bodyColumns: 1, imageHeightLines: 12 }),
    story('shengliqiao-plenum', 0, 3, 40, 19, { border: 'rule' }),
    story('dongshan-film', 3, 2, 32, 27, { border: 'rule' }),
    story('hospital-study-photo', 5, 3, 32, 27, { kind: 'image', bodyColumns: 1, imageHeightLines: 23 }),
    furniture('credit-line', 5, 3, 104, 1),
  ];
}

/**
 * How each module's text fits its box (超 N 字 / 差 N 行) and what the composer flags, read off a composed page
 * (composeStoredPage): the very layout the page preview and the PDF draw, so the numbers never disagree with
 * what is shown. The figures are shared/compose's moduleFits, which the plan also reads off its own compositions.
 */
import { moduleFits, type PageLayout, type Violation } from '../../shared/compose';
import type { ModuleFit } from '../../shared/api/contract-pages';
import type { PageView, StoryContent } from '../../shared/model';

/** A composition violation of one module, in the words of `folio page`'s report. */
export interface ModuleViolation extends Violation {
  moduleId: string;
}

export interface PageFit {
  modules: ModuleFit[];
  /** Rule violations the composer found on the page (禁则, 孤字, overflow), per module. */
  violations: ModuleViolation[];
}

/** Each module's fit on the composed page; null figures where nothing is composed. */
export function pageFit(page: { view: PageView; stories: Readonly<Record<string, StoryContent>>; layout: PageLayout }): PageFit {
  const { view, stories, layout } = page;
  const modules = moduleFits(view, (id) => id in stories, layout);
  const violations = layout.modules.flatMap((l) => l.violations.map((v) => ({ ...v, moduleId: l.moduleId })));
  return { modules, violations };
}

/**
 * 转至（下转）: the module a story continues in, chosen among the modules of the same story on any page of the
 * issue, grouped by 第N版 (this page first). The services check the choice (same story, no loops) and refuse
 * with a message otherwise.
 */
import { useTranslation } from 'react-i18next';
import type { ModuleView, PageView } from '../../shared/model';

export interface ContinuesToSelectProps {
  view: PageView;
  /** The other pages (empty until loaded). */
  otherPages: readonly PageView[];
  module: ModuleView;
  onChange(continuesTo: string | null): void;
  /** 下转 to a page that has no module of the story yet: the services place one there and continue into it. */
  onContinueOnPage?(pageId: string): void;
}

export function ContinuesToSelect({ view, otherPages, module: m, onChange, onContinueOnPage }: ContinuesToSelectProps) {
  const { t } = useTranslation();
  const groups = [view, ...otherPages.filter((p) => p.page.id !== view.page.id)]
    .map((p) => ({ page: p.page, modules: p.modules.filter((other) => other.id !== m.id && other.kind === 'story' && other.storyId === m.storyId) }))
    .filter((g) => g.modules.length > 0);
  // Pages of the issue without a module of this story: choosing one places the continuation there.
  const fresh = onContinueOnPage ? otherPages.filter((p) => p.page.id !== view.page.id && !p.modules.some((o) => o.storyId === m.storyId)) : [];
  const listed = groups.some((g) => g.modules.some((other) => other.id === m.continuesTo));
  const place = (other: ModuleView) => t('page.place', { column: other.column + 1, span: other.columnSpan, line: other.topLine + 1, lines: other.heightLines });
  return (
    <label className="field">
      <span>{t('page.field.continuesTo')}</span>
      <select
        data-testid="module-continues-to"
        value={m.continuesTo ?? ''}
        onChange={(e) => {
          const value = e.target.value;
          if (value.startsWith('page:')) onContinueOnPage?.(value.slice(5));
          else onChange(value || null);
        }}
      >
        <option value="">{t('page.noContinuation')}</option>
        {/* The current choice, while its page is still loading. */}
        {m.continuesTo && !listed && <option value={m.continuesTo}>…</option>}
        {groups.map((g) => (
          <optgroup key={g.page.id} label={t('page.pageTitle', { n: g.page.number })} data-page-number={g.page.number}>
            {g.modules.map((other) => <option key={other.id} value={other.id}>{place(other)}</option>)}
          </optgroup>
        ))}
        {fresh.length > 0 && (
          <optgroup label={t('page.newOnPages')}>
            {fresh.map((p) => <option key={p.page.id} value={`page:${p.page.id}`} data-page-number={p.page.number}>{t('page.continueOnPage', { n: p.page.number })}</option>)}
          </optgroup>
        )}
      </select>
    </label>
  );
}

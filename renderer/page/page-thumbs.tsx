/**
 * The issue's pages as small cards (第N版 + 版名) in the page view; the open one drawn from its display list by the
 * thumbnail drawer (renderer/common/display-thumb.tsx, as the plan's thumbnails), the others as blank paper.
 * The drawing follows the page's live layout after the keystroke's frame (a deferred value).
 */
import { memo, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageLayout } from '../../shared/compose/page-types';
import { displayList } from '../../shared/display';
import type { Issue, PageView } from '../../shared/model';
import { DisplayListThumb } from '../common/display-thumb';

/** Card thumbnail width, CSS px. */
const THUMB_PX = 26;

export const PageThumbs = memo(function PageThumbs({ issue, view, layout, onOpen }: { issue: Issue; view: PageView | null; layout: PageLayout | null; onOpen(pageId: string): void }) {
  const { t } = useTranslation();
  const shown = useDeferredValue(layout);
  const list = useMemo(() => (shown && shown.pageId === view?.page.id ? displayList(shown.frame) : null), [shown, view?.page.id]);
  const tpl = view?.page.template;
  const paperPt = tpl ? { widthPt: tpl.widthPt, heightPt: tpl.heightPt } : undefined;
  return (
    <div className="page-thumbs" data-testid="page-thumbs">
      {issue.pages.map((page) => {
        const open = view?.page.id === page.id;
        return (
          <button
            key={page.id}
            type="button"
            className={open ? 'page-thumb open' : 'page-thumb'}
            data-testid="page-thumb"
            data-page-id={page.id}
            data-page-number={page.number}
            onClick={() => onOpen(page.id)}
          >
            <DisplayListThumb list={open ? list : null} widthPx={THUMB_PX} paperPt={paperPt} />
            <span>{t('page.pageLabel', { n: page.number, section: page.section })}</span>
          </button>
        );
      })}
    </div>
  );
});

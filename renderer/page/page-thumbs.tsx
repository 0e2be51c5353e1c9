/** The issue's pages as small cards (第N版 + 版名); the open one shows its modules' blocks in miniature. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { moduleRectPt, type Issue, type PageView } from '../../shared/model';

export const PageThumbs = memo(function PageThumbs({ issue, view, onOpen }: { issue: Issue; view: PageView | null; onOpen(pageId: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="page-thumbs" data-testid="page-thumbs">
      {issue.pages.map((page) => {
        const open = view?.page.id === page.id ? view : null;
        const tpl = open?.page.template;
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
            <svg viewBox={tpl ? `0 0 ${tpl.widthPt} ${tpl.heightPt}` : '0 0 390 540'} className="thumb-paper">
              {tpl &&
                open.modules.map((m) => {
                  const r = moduleRectPt(tpl, m);
                  return <rect key={m.id} x={r.xPt} y={r.yPt} width={r.widthPt} height={r.heightPt} className={`thumb-module kind-${m.kind}`} />;
                })}
            </svg>
            <span>{t('page.pageLabel', { n: page.number, section: page.section })}</span>
          </button>
        );
      })}
    </div>
  );
});

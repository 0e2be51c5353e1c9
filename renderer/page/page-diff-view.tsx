/**
 * The visual page diff on screen (版面比对): the toolbar's version picker, and in place of the editable page the
 * overlay display list (the same one the diff PDF draws) drawn by the screen's drawer, with a legend naming the
 * colours, what changed, 导出对比 PDF and 退出比对. Nothing here edits the page.
 */
import { useTranslation } from 'react-i18next';
import { cmykToCss, DIFF_INKS, type DisplayOp } from '../../shared/display';
import { DisplayListSvg } from './page-svg';
import type { PageDiffState } from './use-page-diff';

/** Toolbar: keep the page now, and pick a kept version to compare with. */
export function PageDiffControls({ diff, disabled }: { diff: PageDiffState; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="page-diff-controls" data-testid="page-diff-controls">
      <button type="button" className="btn small" data-testid="page-diff-keep" title={t('page.diff.snapshotTitle')} disabled={disabled || diff.shown !== null} onClick={() => void diff.keep()}>
        {t('page.diff.snapshot')}
      </button>
      <select
        data-testid="page-diff-select"
        aria-label={t('page.diff.choose')}
        title={diff.snapshots.length === 0 ? t('page.diff.none') : t('page.diff.chooseTitle')}
        disabled={disabled || diff.loading}
        value={diff.shown?.snapshot.id ?? ''}
        onFocus={() => void diff.refresh()}
        onChange={(e) => (e.target.value ? void diff.open(e.target.value) : diff.leave())}
      >
        <option value="">{t('page.diff.choose')}</option>
        {diff.snapshots.map((s) => (
          <option key={s.id} value={s.id} data-reason={s.reason}>{t('page.diff.option', { time: diff.timeOf(s.createdAt), reason: t(`page.diff.reason.${s.reason}`) })}</option>
        ))}
      </select>
      {diff.loading && <span className="muted">{t('page.diff.loading')}</span>}
      {diff.message && (
        <span className={diff.message.kind === 'error' ? 'proof-error' : 'muted'} role={diff.message.kind === 'error' ? 'alert' : 'status'} data-testid="page-diff-message">{diff.message.text}</span>
      )}
    </span>
  );
}

const LEGEND = ['added', 'moved', 'removed', 'text', 'before'] as const;

/** The diff drawn in place of the page (read-only), its legend and what changed. */
export function PageDiffView({ diff, scale }: { diff: PageDiffState; scale: number }) {
  const { t } = useTranslation();
  const shown = diff.shown;
  if (!shown) return null;
  const { list } = shown;
  // The host's overlay list, shared/display's DisplayList (the contract types its operations by kind only).
  const ops = list.ops as readonly DisplayOp[];
  return (
    <div className="page-diff" data-testid="page-diff" data-snapshot-id={shown.snapshot.id}>
      <div className="page-diff-bar">
        <strong>{t('page.diff.title', { time: diff.timeOf(shown.snapshot.createdAt) })}</strong>
        <span className="muted" data-testid="page-diff-read-only">{t('page.diff.readOnly')}</span>
        <span className="tb-spacer" />
        <button type="button" className="btn small" data-testid="page-diff-pdf" disabled={diff.pdfBusy} onClick={() => void diff.exportPdf()}>
          {diff.pdfBusy ? t('page.diff.pdfBusy') : t('page.diff.pdf')}
        </button>
        <button type="button" className="btn small" data-testid="page-diff-leave" onClick={diff.leave}>{t('page.diff.leave')}</button>
      </div>
      <div className="page-diff-body">
        <DisplayListSvg list={{ widthPt: list.widthPt, heightPt: list.heightPt, ops }} scale={scale} testId="page-diff-svg" />
        <aside className="page-diff-side">
          <h4>{t('page.diff.legend')}</h4>
          <ul className="page-diff-legend" data-testid="page-diff-legend">
            {LEGEND.map((k) => (
              <li key={k} data-legend={k}>
                <span className="swatch" style={{ borderColor: cmykToCss(DIFF_INKS[k]), background: k === 'before' ? cmykToCss(DIFF_INKS[k]) : 'transparent' }} />
                {t(`page.diff.kinds.${k}`)}
              </li>
            ))}
          </ul>
          <p data-testid="page-diff-summary">
            {shown.modules.length === 0 && shown.lines === 0 ? t('page.diff.unchanged') : t('page.diff.summary', { modules: shown.modules.length, lines: shown.lines })}
          </p>
          <ul className="page-diff-changes">
            {shown.modules.map((m) => (
              <li key={m.moduleId + m.kind} data-testid="page-diff-change" data-diff-kind={m.kind} data-module-id={m.moduleId}>
                <span className="swatch" style={{ borderColor: cmykToCss(DIFF_INKS[m.kind === 'added' ? 'added' : m.kind === 'removed' ? 'removed' : 'moved']) }} />
                {t(`page.diff.change.${m.kind}`)}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}

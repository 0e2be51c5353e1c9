/**
 * The 版 rows of one issue: 版次, 版名, 责任编辑, 稿件, 占用 (fill bar), 校次, 签发, 状态, 转版, and the order
 * controls. Rows drag to reorder (HTML5 drag and drop) or move with 上移/下移 (Alt+↑/↓ on a focused row);
 * Enter, a double click or 打开版面 opens the page view.
 */
import type { PageMaster } from '../../shared/model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_STATUS_LABELS } from '../../shared/model';
import { fillPercent, moveBy, moveRow, sameOrder } from './plan-rows';
import type { PlanRow } from './use-plan';

export interface PlanTableProps {
  rows: PlanRow[];
  onReorder(pageIds: string[]): void;
  onOpenPage(pageId: string): void;
  onRemove(row: PlanRow): void;
  /** The paper's 版式模板; choosing one for a row gives that page its template and furniture. */
  masters?: readonly PageMaster[];
  onPickMaster?(pageId: string, masterId: string): void;
}

export function PlanTable({ rows, onReorder, onOpenPage, onRemove, masters = [], onPickMaster }: PlanTableProps) {
  const { t } = useTranslation();
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const [overIndex, setOverIndex] = useState<number | null>(null);
  const ids = rows.map((r) => r.page.id);
  const send = (next: string[]) => {
    if (!sameOrder(next, ids)) onReorder(next);
  };

  return (
    <table className="plan-table" data-testid="plan-table">
      <thead>
        <tr>
          <th className="num">{t('plan.col.number')}</th>
          <th>{t('plan.col.section')}</th>
          <th>{t('plan.col.editor')}</th>
          <th>{t('styles.masters.pick')}</th>
          <th className="num">{t('plan.col.stories')}</th>
          <th className="fill-col">{t('plan.col.fill')}</th>
          <th>{t('plan.col.proof')}</th>
          <th>{t('plan.col.approved')}</th>
          <th>{t('plan.col.status')}</th>
          <th>{t('plan.col.links')}</th>
          <th className="order-col">{t('plan.col.order')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const pct = row.fill ? fillPercent(row.fill) : null;
          const classes = ['plan-row', dragIndex === index ? 'dragging' : '', overIndex === index && dragIndex !== index ? 'drop-target' : ''];
          return (
            <tr
              key={row.page.id}
              className={classes.join(' ').trim()}
              data-testid="plan-row"
              data-page-id={row.page.id}
              data-number={row.page.number}
              draggable
              onDragStart={(e) => {
                setDragIndex(index);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', row.page.id);
              }}
              onDragOver={(e) => {
                if (dragIndex === null) return;
                e.preventDefault();
                setOverIndex(index);
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragIndex !== null) send(moveRow(ids, dragIndex, index));
                setDragIndex(null);
                setOverIndex(null);
              }}
              onDragEnd={() => {
                setDragIndex(null);
                setOverIndex(null);
              }}
              onDoubleClick={() => onOpenPage(row.page.id)}
              tabIndex={0}
              onKeyDown={(e) => {
                // Keyboard: Enter opens the page, Alt+↑/↓ moves it.
                if (e.target !== e.currentTarget) return;
                if (e.key === 'Enter') onOpenPage(row.page.id);
                else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                  e.preventDefault();
                  send(moveBy(ids, row.page.id, e.key === 'ArrowUp' ? -1 : 1));
                }
              }}
            >
              <td className="num"><strong>{t('page.pageTitle', { n: row.page.number })}</strong></td>
              <td data-testid="plan-section">{row.page.section || <span className="muted">—</span>}</td>
              <td data-testid="plan-editor">{row.page.editor || <span className="muted">—</span>}</td>
              <td>
                <select data-testid="plan-master" aria-label={t('styles.masters.pick')} value={row.page.masterId ?? ''} disabled={!onPickMaster}
                  onChange={(e) => e.target.value && onPickMaster?.(row.page.id, e.target.value)}>
                  <option value="">—</option>
                  {masters.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                </select>
              </td>
              <td className="num" data-testid="plan-stories">{row.stories ?? '…'}</td>
              <td className="fill-col" data-testid="plan-fill" data-percent={pct ?? ''} title={row.fill ? t('plan.fillTitle', { used: row.fill.usedLines, available: row.fill.availableLines }) : ''}>
                {row.fill && (
                  <span className="fill">
                    <span className="fill-bar"><span className="fill-done" style={{ width: `${pct}%` }} /></span>
                    <span className="fill-pct">{pct}%</span>
                    {row.fill.oversetChars > 0 && <span className="fill-over">{t('plan.overset', { n: row.fill.oversetChars })}</span>}
                  </span>
                )}
              </td>
              <td data-testid="plan-proof">
                {row.proof?.roundLabel ?? '…'}
                {row.proof?.roundBy && <span className="muted" data-testid="plan-proof-by"> {row.proof.roundBy}</span>}
                {row.proof?.pageBy && <span className="muted" data-testid="plan-page-signed"> {t('plan.pageSignedBy', { who: row.proof.pageBy })}</span>}
              </td>
              <td data-testid="plan-approved" className={row.proof?.approved ? 'ok' : 'muted'}>
                {row.proof?.approved ? t('plan.approvedYes') : t('plan.approvedNo')}
              </td>
              <td data-testid="plan-status"><span className={`page-status st-${row.page.status}`}>{PAGE_STATUS_LABELS[row.page.status]}</span></td>
              <td data-testid="plan-links" className="muted">
                {[...row.links.from.map((n) => t('plan.linkFrom', { n })), ...row.links.to.map((n) => t('plan.linkTo', { n }))].join(' · ')}
              </td>
              <td className="order-col">
                <button type="button" className="icon-btn" data-testid="plan-up" title={t('plan.up')} aria-label={t('plan.up')} disabled={index === 0} onClick={() => send(moveBy(ids, row.page.id, -1))}>↑</button>
                <button type="button" className="icon-btn" data-testid="plan-down" title={t('plan.down')} aria-label={t('plan.down')} disabled={index === rows.length - 1} onClick={() => send(moveBy(ids, row.page.id, 1))}>↓</button>
                <button type="button" className="link-btn" data-testid="plan-open" onClick={() => onOpenPage(row.page.id)}>{t('plan.openPage')}</button>
                <button type="button" className="link-btn danger" data-testid="plan-remove" disabled={rows.length === 1} onClick={() => onRemove(row)}>{t('plan.remove')}</button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The 版 rows of one issue: 版次, 版名, 责任编辑, 稿件, 占用 (fill bar), 校次, 签发, 状态, 转版, and the order
 * controls. Rows drag to reorder (HTML5 drag and drop) or move with 上移/下移 (Alt+↑/↓ on a focused row);
 * Enter, a double click or 打开版面 opens the page view.
 * Each row is drawn again only when what it shows changed (its page, figures, fill, proof, links, place, drag
 * state): the fill arrives page by page as the thumbnails are composed, and redrawing all 16 rows with their
 * dozen labels for each page's fill was most of the plan's i18next time.
 */
import type { PageMaster } from '../../shared/model';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_STATUS_LABELS } from '../../shared/model';
import { fillPercent, moveBy, moveRow, sameOrder, type PageFill } from './plan-rows';
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

const NO_MASTERS: readonly PageMaster[] = [];

/** What a row does, the same functions for the table's life (they read the table's latest rows and props). */
interface RowActions {
  dragStart(index: number, e: React.DragEvent<HTMLTableRowElement>): void;
  dragOver(index: number, e: React.DragEvent<HTMLTableRowElement>): void;
  drop(index: number, e: React.DragEvent<HTMLTableRowElement>): void;
  dragEnd(): void;
  open(pageId: string): void;
  move(pageId: string, by: -1 | 1): void;
  remove(row: PlanRow): void;
  pickMaster(pageId: string, masterId: string): void;
}

export const PlanTable = memo(function PlanTable({ rows, onReorder, onOpenPage, onRemove, masters = NO_MASTERS, onPickMaster }: PlanTableProps) {
  const { t } = useTranslation();
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const [overIndex, setOverIndex] = useState<number | null>(null);
  const latest = useRef({ rows, onReorder, onOpenPage, onRemove, onPickMaster, dragIndex });
  latest.current = { rows, onReorder, onOpenPage, onRemove, onPickMaster, dragIndex };
  const send = useCallback((next: string[]) => {
    const ids = latest.current.rows.map((r) => r.page.id);
    if (!sameOrder(next, ids)) latest.current.onReorder(next);
  }, []);
  const actions = useMemo((): RowActions => {
    const ids = () => latest.current.rows.map((r) => r.page.id);
    return {
      dragStart(index, e) {
        setDragIndex(index);
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', latest.current.rows[index].page.id);
      },
      dragOver(index, e) {
        if (latest.current.dragIndex === null) return;
        e.preventDefault();
        setOverIndex(index);
      },
      drop(index, e) {
        e.preventDefault();
        const from = latest.current.dragIndex;
        if (from !== null) send(moveRow(ids(), from, index));
        setDragIndex(null);
        setOverIndex(null);
      },
      dragEnd() {
        setDragIndex(null);
        setOverIndex(null);
      },
      open: (pageId) => latest.current.onOpenPage(pageId),
      move: (pageId, by) => send(moveBy(ids(), pageId, by)),
      remove: (row) => latest.current.onRemove(row),
      pickMaster: (pageId, masterId) => latest.current.onPickMaster?.(pageId, masterId),
    };
  }, [send]);
  // The labels every row shows alike, translated once (not per row and per render).
  const labels = useMemo((): RowLabels => ({
    pick: t('styles.masters.pick'), approvedYes: t('plan.approvedYes'), approvedNo: t('plan.approvedNo'),
    up: t('plan.up'), down: t('plan.down'), open: t('plan.openPage'), remove: t('plan.remove'),
  }), [t]);
  const head = useMemo(
    () => (
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
    ),
    [t],
  );

  return (
    <table className="plan-table" data-testid="plan-table">
      {head}
      <tbody>
        {rows.map((row, index) => (
          <PlanTableRow
            key={row.page.id}
            row={row}
            index={index}
            last={index === rows.length - 1}
            only={rows.length === 1}
            dragging={dragIndex === index}
            dropTarget={overIndex === index && dragIndex !== index}
            masters={masters}
            pickable={!!onPickMaster}
            actions={actions}
            labels={labels}
          />
        ))}
      </tbody>
    </table>
  );
});

interface PlanTableRowProps {
  row: PlanRow;
  index: number;
  last: boolean;
  only: boolean;
  dragging: boolean;
  dropTarget: boolean;
  masters: readonly PageMaster[];
  pickable: boolean;
  actions: RowActions;
  labels: RowLabels;
}

interface RowLabels {
  pick: string;
  approvedYes: string;
  approvedNo: string;
  up: string;
  down: string;
  open: string;
  remove: string;
}

const sameFill = (a: PageFill | null, b: PageFill | null): boolean =>
  a === b || (!!a && !!b && a.usedLines === b.usedLines && a.availableLines === b.availableLines && a.ratio === b.ratio && a.oversetChars === b.oversetChars);

/** Two flat records with the same fields (a page summary, a proof state: read again, equal). */
function sameFields<T extends object>(a: T | null, b: T | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean => a === b || (a.length === b.length && a.every((n, i) => n === b[i]));

/**
 * Whether a row shows the same. Its figures compared by value: plan-view.tsx makes a new fill per thumbnail slice,
 * and each read of the issue (issues.list, the rows' views, the sign-offs) new page, proof and link objects.
 */
function sameRow(a: PlanTableRowProps, b: PlanTableRowProps): boolean {
  return a.index === b.index && a.last === b.last && a.only === b.only && a.dragging === b.dragging && a.dropTarget === b.dropTarget
    && a.masters === b.masters && a.pickable === b.pickable && a.actions === b.actions && a.labels === b.labels
    && a.row.stories === b.row.stories && sameFields(a.row.page, b.row.page) && sameFields(a.row.proof, b.row.proof)
    && sameNumbers(a.row.links.from, b.row.links.from) && sameNumbers(a.row.links.to, b.row.links.to)
    && sameFill(a.row.fill, b.row.fill);
}

const PlanTableRow = memo(function PlanTableRow({ row, index, last, only, dragging, dropTarget, masters, pickable, actions, labels }: PlanTableRowProps) {
  const { t } = useTranslation();
  const pct = row.fill ? fillPercent(row.fill) : null;
  const classes = ['plan-row', dragging ? 'dragging' : '', dropTarget ? 'drop-target' : ''];
  return (
    <tr
      className={classes.join(' ').trim()}
      data-testid="plan-row"
      data-page-id={row.page.id}
      data-number={row.page.number}
      draggable
      onDragStart={(e) => actions.dragStart(index, e)}
      onDragOver={(e) => actions.dragOver(index, e)}
      onDrop={(e) => actions.drop(index, e)}
      onDragEnd={actions.dragEnd}
      onDoubleClick={() => actions.open(row.page.id)}
      tabIndex={0}
      onKeyDown={(e) => {
        // Keyboard: Enter opens the page, Alt+↑/↓ moves it.
        if (e.target !== e.currentTarget) return;
        if (e.key === 'Enter') actions.open(row.page.id);
        else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          actions.move(row.page.id, e.key === 'ArrowUp' ? -1 : 1);
        }
      }}
    >
      <td className="num"><strong>{t('page.pageTitle', { n: row.page.number })}</strong></td>
      <td data-testid="plan-section">{row.page.section || <span className="muted">—</span>}</td>
      <td data-testid="plan-editor">{row.page.editor || <span className="muted">—</span>}</td>
      <td>
        <select data-testid="plan-master" aria-label={labels.pick} value={row.page.masterId ?? ''} disabled={!pickable}
          onChange={(e) => e.target.value && actions.pickMaster(row.page.id, e.target.value)}>
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
        {row.proof?.approved ? labels.approvedYes : labels.approvedNo}
      </td>
      <td data-testid="plan-status"><span className={`page-status st-${row.page.status}`}>{PAGE_STATUS_LABELS[row.page.status]}</span></td>
      <td data-testid="plan-links" className="muted">
        {[...row.links.from.map((n) => t('plan.linkFrom', { n })), ...row.links.to.map((n) => t('plan.linkTo', { n }))].join(' · ')}
      </td>
      <td className="order-col">
        <button type="button" className="icon-btn" data-testid="plan-up" title={labels.up} aria-label={labels.up} disabled={index === 0} onClick={() => actions.move(row.page.id, -1)}>↑</button>
        <button type="button" className="icon-btn" data-testid="plan-down" title={labels.down} aria-label={labels.down} disabled={last} onClick={() => actions.move(row.page.id, 1)}>↓</button>
        <button type="button" className="link-btn" data-testid="plan-open" onClick={() => actions.open(row.page.id)}>{labels.open}</button>
        <button type="button" className="link-btn danger" data-testid="plan-remove" disabled={only} onClick={() => actions.remove(row)}>{labels.remove}</button>
      </td>
    </tr>
  );
}, sameRow);

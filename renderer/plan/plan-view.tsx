/**
 * 版面计划 (the issue desk): issues by date on the left; the chosen issue's 版 as a dense table with fill, proof
 * round and status; create an issue, add/remove/reorder pages; the backups below. Opening a row opens the page
 * view on that page.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Issue, PageMaster } from '../../shared/model';
import { invoke } from '../api/client';
import { useTranslation } from 'react-i18next';
import { BackupPanel } from './backup-panel';
import { CreateIssueForm } from './create-issue-form';
import { PlanTable, type PlanTableProps } from './plan-table';
import { computePageFill } from './plan-rows';
import { PlanThumbs, type PageFits } from './plan-thumbs';
import { usePlan, type PlanRow } from './use-plan';
import './plan.css';

export interface PlanViewProps {
  /** Open the page view on this page (of this issue). */
  onOpenPage(issueId: string, pageId: string): void;
  onClose(): void;
}

export function PlanView({ onOpenPage, onClose }: PlanViewProps) {
  const { t } = useTranslation();
  const plan = usePlan();
  const [creating, setCreating] = useState(false);
  const [newSection, setNewSection] = useState('');
  const [newMaster, setNewMaster] = useState('');
  const [masters, setMasters] = useState<PageMaster[]>([]);
  const issue = plan.issue;
  const paper = issue?.paperName;
  // The handlers handed down are the same functions from render to render (the thumbnails and the table's rows are
  // memoised): they read the issue and the plan of the latest render.
  const latest = useRef({ issueId: issue?.id, onOpenPage, plan });
  latest.current = { issueId: issue?.id, onOpenPage, plan };
  const openPage = useCallback((pageId: string) => {
    const { issueId, onOpenPage: open } = latest.current;
    if (issueId) open(issueId, pageId);
  }, []);
  const reorder = useCallback((ids: string[]) => void latest.current.plan.reorder(ids), []);
  const pickMaster = useCallback((pageId: string, masterId: string) => void latest.current.plan.pickMaster(pageId, masterId), []);
  const remove = useCallback((row: PlanRow) => {
    void latest.current.plan.removePageAsking(row.page.id, () => window.confirm(t('plan.removeConfirm', { n: row.page.number, m: row.page.moduleCount })));
  }, [t]);
  // Each row's fill, read off its thumbnail's composition (the same composePage as pages.fit, done once). The fits
  // arrive page by page as the thumbnails are composed: they are held by the table's own component (FilledPlanTable),
  // so each slice draws the table again (its changed rows), not the whole plan.
  const fits = useFitsChannel();
  // The paper's 版式模板, for the page to add (none chosen: the page before's, or the house inner page).
  useEffect(() => {
    if (!paper) return;
    let live = true;
    void invoke('masters.list', { paper }).then((result) => live && result.ok && setMasters(result.value.masters));
    return () => {
      live = false;
    };
  }, [paper]);

  return (
    <div className="plan-view" data-testid="plan-view" data-loaded={plan.loaded}>
      <aside className="plan-issues">
        <header className="plan-subhead">
          <h3>{t('plan.issues')}</h3>
          <button type="button" className="btn small" data-testid="issue-create" onClick={() => setCreating(true)}>{t('plan.create.open')}</button>
        </header>
        <IssueList issues={plan.issues} selected={issue?.id ?? null} onSelect={plan.selectIssue} />
      </aside>
      <main className="plan-main">
        <header className="plan-head">
          <h2 data-testid="plan-issue-head">
            {issue ? t('plan.issueHead', { paper: issue.paperName, date: issue.date, n: issue.issueNumber }) : t('plan.title')}
            {issue?.serialNumber && <span className="muted"> · {t('plan.serial', { n: issue.serialNumber })}</span>}
          </h2>
          <div className="tb-spacer" />
          <button type="button" className="btn" data-testid="plan-close" onClick={onClose}>{t('plan.close')}</button>
        </header>
        {plan.message && (
          <div className="plan-notice error" data-testid="plan-message" role="alert">
            {plan.message}
            <button type="button" className="link-btn" onClick={plan.clearMessage}>×</button>
          </div>
        )}
        {creating && <CreateIssueForm latest={plan.issues[0] ?? null} masters={masters} onCreate={plan.createIssue} onCancel={() => setCreating(false)} />}
        {issue && (
          <>
            <PlanThumbs rows={plan.rows} placed={plan.placed} heads={plan.heads} current={plan.current} onOpenPage={openPage} onFits={fits.set} />
            <FilledPlanTable rows={plan.rows} fits={fits} onReorder={reorder} onOpenPage={openPage} onRemove={remove} masters={masters} onPickMaster={pickMaster} />
            <form
              className="plan-add"
              onSubmit={(e) => {
                e.preventDefault();
                void plan.addPage(newSection, newMaster || undefined).then((ok) => ok && setNewSection(''));
              }}
            >
              <input data-testid="plan-add-section" placeholder={t('plan.addSection')} aria-label={t('plan.addSection')} value={newSection} maxLength={40} onChange={(e) => setNewSection(e.target.value)} />
              <select data-testid="plan-add-master" aria-label={t('styles.masters.pick')} value={newMaster} onChange={(e) => setNewMaster(e.target.value)}>
                <option value="">{t('styles.masters.pickFollow')}</option>
                {masters.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
              </select>
              <button type="submit" className="btn small" data-testid="plan-add">{t('plan.addPage')}</button>
              <span className="muted plan-hint">{t('plan.dragHint')}</span>
            </form>
          </>
        )}
        <BackupPanel />
      </main>
    </div>
  );
}

/** The issues by date (a button each): drawn again only when the list or the choice changes. */
const IssueList = memo(function IssueList({ issues, selected, onSelect }: { issues: readonly Issue[]; selected: string | null; onSelect(id: string): void }) {
  const { t } = useTranslation();
  return (
    <>
      {issues.length === 0 && <div className="muted pad">{t('plan.noIssues')}</div>}
      <ul className="issue-list" data-testid="issue-list">
        {issues.map((i) => (
          <li key={i.id}>
            <button type="button" className={i.id === selected ? 'issue-item on' : 'issue-item'} data-testid="issue-item" data-issue-id={i.id} onClick={() => onSelect(i.id)}>
              <span className="issue-date">{i.date}</span>
              <span className="issue-meta">
                {i.paperName} · {t('plan.issueNo', { n: i.issueNumber })} · {t('plan.pageCount', { n: i.pages.length })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
});

/** The pages' fits as the thumbnails hand them over: set by PlanThumbs, listened to by FilledPlanTable. */
interface FitsChannel {
  set(fits: PageFits): void;
  listen(to: ((fits: PageFits) => void) | null): void;
  last: PageFits;
}

function useFitsChannel(): FitsChannel {
  const [channel] = useState((): FitsChannel => {
    let listener: ((fits: PageFits) => void) | null = null;
    const self: FitsChannel = {
      last: new Map(),
      set(fits) {
        self.last = fits;
        listener?.(fits);
      },
      listen(to) {
        listener = to;
      },
    };
    return self;
  });
  return channel;
}

/** The plan table with each row's fill from its page's fits (a row whose view is not the one composed has none). */
function FilledPlanTable({ rows, fits: channel, ...table }: Omit<PlanTableProps, 'rows'> & { rows: readonly PlanRow[]; fits: FitsChannel }) {
  const [fits, setFits] = useState<PageFits>(channel.last);
  useEffect(() => {
    channel.listen(setFits);
    setFits(channel.last);
    return () => channel.listen(null);
  }, [channel]);
  const filled = useMemo(
    () => rows.map((r) => {
      const fit = fits.get(r.page.id);
      return fit && r.view && fit.view.page.id === r.view.page.id ? { ...r, fill: computePageFill(fit.view, fit.modules) } : r;
    }),
    [rows, fits],
  );
  return <PlanTable rows={filled} {...table} />;
}

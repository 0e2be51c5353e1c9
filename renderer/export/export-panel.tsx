/**
 * 输出 (Ctrl+E): the layout staff's way to the printer. Pick the issue (the newest by default), preflight it,
 * acknowledge warnings, export PDF and plates, look at the separations. Stays mounted while closed so its
 * preflight results survive a trip to the page view; the running job lives in export-job.ts.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../shared/model';
import { invoke } from '../api/client';
import { ExportForm } from './export-form';
import { ackKey, defaultOutDir, newestIssue, pendingCodes, summarizePreflight, type Finding, type PreflightPage } from './export-model';
import { PreflightView } from './preflight-view';
import { SeparationPreview } from './separation-preview';
import { EpaperForm } from './epaper-form';
import './export.css';

type Tab = 'preflight' | 'export' | 'separations' | 'epaper';

export interface ExportPanelProps {
  open: boolean;
  /** Open on this tab (the 输出数字报 command); a new seq asks again. */
  tabRequest?: { tab: Tab; seq: number } | null;
  onClose(): void;
  /** Show a page in the page view with a module selected (a finding clicked). */
  onShowPage(request: { issueId: string; pageId: string; moduleId: string | null }): void;
}

export function ExportPanel({ open, tabRequest, onClose, onShowPage }: ExportPanelProps) {
  const { t } = useTranslation();
  const [issues, setIssues] = useState<Issue[]>([]);
  const [issueId, setIssueId] = useState<string | null>(null);
  const [dataDir, setDataDir] = useState('');
  const [tab, setTab] = useState<Tab>('preflight');
  const [preflight, setPreflight] = useState<PreflightPage[] | null>(null);
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (tabRequest) setTab(tabRequest.tab);
  }, [tabRequest]);

  // Issues and the data folder, fresh each time the panel opens (the demo may have been created meanwhile).
  useEffect(() => {
    if (!open) return;
    void (async () => {
      const [list, info] = await Promise.all([invoke('issues.list', {}), invoke('app.info', {})]);
      if (info.ok) setDataDir(info.value.dataDir);
      if (!list.ok) return setError(list.error.message);
      setIssues(list.value);
      setIssueId((id) => (id && list.value.some((i) => i.id === id) ? id : (newestIssue(list.value)?.id ?? null)));
    })();
  }, [open]);

  const issue = issues.find((i) => i.id === issueId) ?? null;

  const choose = (id: string) => {
    setIssueId(id);
    setPreflight(null);
    setAcknowledged(new Set());
  };

  const runPreflight = useCallback(async () => {
    if (!issueId) return;
    setRunning(true);
    setError(null);
    const reply = await invoke('export.preflight', { issueId });
    setRunning(false);
    if (!reply.ok) return setError(reply.error.message);
    setPreflight(reply.value.pages);
    setAcknowledged(new Set());
  }, [issueId]);

  const acknowledge = async (page: PreflightPage, code: string) => {
    if (!issueId || !pendingCodes(page, acknowledged).includes(code)) return;
    const reply = await invoke('export.acknowledge', { issueId, page: page.page, codes: [code] });
    if (!reply.ok) return setError(reply.error.message);
    setAcknowledged((old) => new Set([...old, ...reply.value.codes.map((c) => ackKey(page.page, c))]));
  };

  const show = (page: PreflightPage, finding: Finding) => {
    if (!issueId) return;
    onShowPage({ issueId, pageId: page.pageId, moduleId: finding.module ?? null });
    onClose();
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  if (!open) return null;
  const summary = summarizePreflight(preflight, acknowledged);
  return (
    <div className="modal-backdrop export-backdrop">
      <div className="modal export-panel" role="dialog" aria-label={t('export.title')} data-testid="export-panel">
        <header className="export-head">
          <h2>{t('export.title')}</h2>
          <label className="export-row">{t('export.issue')}
            <select data-testid="export-issue" value={issueId ?? ''} onChange={(e) => choose(e.target.value)}>
              {issues.length === 0 && <option value="">—</option>}
              {issues.map((i) => <option key={i.id} value={i.id}>{t('export.issueLabel', { paper: i.paperName, date: i.date, n: i.issueNumber })}</option>)}
            </select>
          </label>
          <span className="tb-spacer" />
          <button type="button" className="link-btn" data-testid="export-close" onClick={onClose}>{t('export.close')} ×</button>
        </header>
        <nav className="export-tabs" role="tablist">
          {(['preflight', 'export', 'separations', 'epaper'] as const).map((x) => (
            <button key={x} type="button" role="tab" aria-selected={tab === x} className={tab === x ? 'export-tab on' : 'export-tab'} data-testid={`export-tab-${x}`} onClick={() => setTab(x)}>
              {t(`export.tabs.${x}`)}
            </button>
          ))}
        </nav>
        <div className="export-body">
          {!issue ? (
            <p className="muted" data-testid="export-no-issue">{t('export.noIssues')}</p>
          ) : tab === 'preflight' ? (
            <PreflightView pages={preflight} running={running} error={error} acknowledged={acknowledged} onRun={() => void runPreflight()} onAcknowledge={(p, c) => void acknowledge(p, c)} onShow={show} />
          ) : tab === 'export' ? (
            <ExportForm key={issue.id} issueId={issue.id} defaultOutDir={dataDir ? defaultOutDir(dataDir) : ''} platesAllowed={summary.clearForPlates} />
          ) : tab === 'epaper' ? (
            <EpaperForm key={issue.id} issueId={issue.id} defaultOutDir={dataDir ? defaultOutDir(dataDir) : ''} />
          ) : (
            <SeparationPreview key={issue.id} issue={issue} />
          )}
        </div>
      </div>
    </div>
  );
}

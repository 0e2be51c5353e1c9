/**
 * The status bar's jobs cell: how many long jobs run (export, plates, backup, search rebuild, import, diff …)
 * and, opened, each with its progress and a cancel button (jobs.list / jobs.cancel). A failed job (e.g. the
 * background integrity check finding damage) shows until it is dismissed.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobView } from '../../shared/api/contract-jobs';
import { JobKindNames } from '../../shared/api/contract-jobs';
import { invoke } from '../api/client';
import { activeJobs, exportPageOrdinal, fraction, unseenFailures } from './jobs-model';
import './jobs.css';

/** How often the list is asked for while something runs, and while nothing does. */
const BUSY_POLL_MS = 500;
const IDLE_POLL_MS = 2_000;

function useJobs(): { jobs: JobView[]; refresh: () => Promise<void> } {
  const [jobs, setJobs] = useState<JobView[]>([]);
  const refresh = useCallback(async () => {
    const reply = await invoke('jobs.list', {});
    if (reply.ok) setJobs(reply.value);
  }, []);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      const reply = await invoke('jobs.list', {}).catch(() => null);
      if (stopped) return;
      const list = reply?.ok ? reply.value : null;
      if (list) setJobs(list);
      timer = setTimeout(() => void tick(), list && activeJobs(list).length > 0 ? BUSY_POLL_MS : IDLE_POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return { jobs, refresh };
}

export function JobsCell() {
  const { t } = useTranslation();
  const { jobs, refresh } = useJobs();
  const [open, setOpen] = useState(false);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const active = activeJobs(jobs);
  const failures = unseenFailures(jobs, dismissed);
  const shown = [...active, ...failures];
  const text = active.length > 0 ? t('jobs.running', { count: active.length }) : failures.length > 0 ? t('jobs.problem') : t('jobs.idle');
  const cancel = async (id: string) => {
    await invoke('jobs.cancel', { id });
    await refresh();
  };
  return (
    <span className="status-cell jobs-cell" data-testid="jobs-cell" data-active={active.length} data-failed={failures.length}>
      <button
        type="button"
        className={`link-btn${failures.length > 0 ? ' danger-text' : ''}`}
        aria-expanded={open}
        aria-controls="jobs-panel"
        data-testid="jobs-toggle"
        onClick={() => setOpen(!open)}
      >
        {text}
      </button>
      {open && (
        <div className="jobs-panel" id="jobs-panel" role="dialog" aria-label={t('jobs.panelTitle')} data-testid="jobs-panel">
          <div className="jobs-panel-head">
            <strong>{t('jobs.panelTitle')}</strong>
            <button type="button" className="link-btn" onClick={() => setOpen(false)}>{t('jobs.close')}</button>
          </div>
          {shown.length === 0 && <p className="muted">{t('jobs.none')}</p>}
          <ul>
            {shown.map((job) => (
              <JobRow
                key={job.id}
                job={job}
                onCancel={() => void cancel(job.id)}
                onDismiss={() => setDismissed(new Set([...dismissed, job.id]))}
              />
            ))}
          </ul>
        </div>
      )}
    </span>
  );
}

function JobRow({ job, onCancel, onDismiss }: { job: JobView; onCancel: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  const known = (JobKindNames as readonly string[]).includes(job.kind);
  const name = t(`jobs.kind.${known ? job.kind : 'other'}`);
  const label = job.label && job.kind === 'export' ? t('jobs.labelExport', { pages: job.label }) : job.label;
  const part = fraction(job);
  // An export counts pages: the page in hand, 第 N/16 版.
  const ordinal = job.kind === 'export' ? exportPageOrdinal(job) : null;
  const count = ordinal !== null ? t('jobs.progressExport', { n: ordinal, total: job.total }) : t('jobs.progress', { done: job.done, total: job.total });
  const cancellable = job.state === 'queued' || job.state === 'running';
  return (
    <li className="job-row" data-testid="job-row" data-kind={job.kind} data-state={job.state} data-done={job.done} data-total={job.total}>
      <div className="job-line">
        <span className="job-name">{name}{label ? ` · ${label}` : ''}</span>
        <span className="job-state">{t(`jobs.state.${job.state}`)}</span>
      </div>
      {(job.state === 'running' || job.state === 'queued' || job.state === 'cancelling') && (
        <div className="job-line">
          <progress max={1} value={part ?? undefined} aria-label={name} />
          {job.total > 0 && <span className="job-count" data-testid="job-count">{count}</span>}
          {cancellable && (
            <button type="button" className="link-btn" data-testid="job-cancel" onClick={onCancel}>
              {t('jobs.cancel')}
            </button>
          )}
        </div>
      )}
      {job.state === 'failed' && (
        <div className="job-line">
          <span className="danger-text job-message" role="alert">{job.message}</span>
          <button type="button" className="link-btn" onClick={onDismiss}>{t('jobs.dismiss')}</button>
        </div>
      )}
    </li>
  );
}

/**
 * 数字报 (e-paper): the issue exported as a folder a paper's website serves — page images with clickable article
 * regions, articles as HTML (epaper.start). The job's progress is polled (epaper.status) until it ends; cancel
 * stops it and leaves nothing in the folder. The job is in the status bar's jobs list too.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpaperJob } from '../../shared/api/contract-epaper';
import { invoke } from '../api/client';
import { errorText } from '../api/error-text';
import { isAbsoluteFolder } from './export-model';

export interface EpaperFormProps {
  issueId: string;
  defaultOutDir: string;
}

const ENDED: readonly EpaperJob['state'][] = ['done', 'failed', 'cancelled'];

export function EpaperForm({ issueId, defaultOutDir }: EpaperFormProps) {
  const { t } = useTranslation();
  const [outDir, setOutDir] = useState<string | null>(null);
  const [dpi, setDpi] = useState(150);
  const [job, setJob] = useState<EpaperJob | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const folder = outDir ?? defaultOutDir;
  const running = starting || (job !== null && !ENDED.includes(job.state));

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const poll = (jobId: string) => {
    timer.current = setTimeout(async () => {
      const reply = await invoke('epaper.status', { jobId });
      if (!reply.ok) return setError(errorText(reply.error.text));
      setJob(reply.value);
      if (!ENDED.includes(reply.value.state)) poll(jobId);
    }, 250);
  };

  const start = async () => {
    if (!isAbsoluteFolder(folder.trim())) return setError(t('export.form.notAbsolute'));
    setError(null);
    setJob(null);
    setStarting(true);
    const reply = await invoke('epaper.start', { issueId, outDir: folder.trim(), dpi });
    setStarting(false);
    if (!reply.ok) return setError(errorText(reply.error.text));
    poll(reply.value.jobId);
  };

  const cancel = async () => {
    if (!job) return;
    const reply = await invoke('epaper.cancel', { jobId: job.jobId });
    if (reply.ok) setJob(reply.value);
  };

  return (
    <section className="export-section" data-testid="epaper-form">
      <p className="muted small">{t('export.epaper.intro')}</p>
      <div className="export-grid">
        <span className="label">{t('export.epaper.outDir')}</span>
        <span className="export-col">
          <input type="text" className="wide" data-testid="epaper-outdir" value={folder} onChange={(e) => setOutDir(e.target.value)} spellCheck={false} />
          <span className="muted small">{t('export.epaper.outDirHint')}</span>
        </span>
        <span className="label">{t('export.epaper.dpi')}</span>
        <span className="export-row">
          <input type="number" data-testid="epaper-dpi" min={36} max={600} step={1} value={dpi} onChange={(e) => setDpi(Math.round(Number(e.target.value) || 0))} />
        </span>
      </div>
      <div className="export-row">
        <button type="button" className="btn primary" data-testid="epaper-start" disabled={running} onClick={() => void start()}>{t('export.epaper.start')}</button>
        {running && job && <button type="button" className="btn" data-testid="epaper-cancel" onClick={() => void cancel()}>{t('export.epaper.cancel')}</button>}
      </div>
      {error && <div className="notice error" role="alert" data-testid="epaper-error">{error}</div>}
      {job && (
        <div className="export-job" data-testid="epaper-progress" data-state={job.state}>
          <div className="export-row">
            <progress max={Math.max(1, job.total)} value={job.done} />
            <span>{t('export.epaper.progress', { done: job.done, total: job.total })} · {t(`export.epaper.state.${job.state}`)}</span>
          </div>
          {job.text && <span className="job-message" data-testid="epaper-message">{errorText(job.text)}</span>}
          {job.state === 'done' && job.index && (
            <p data-testid="epaper-done">
              {t('export.epaper.done', { pages: job.pages, articles: job.articles, pictures: job.pictures })} <code data-testid="epaper-index">{job.index}</code>
            </p>
          )}
        </div>
      )}
    </section>
  );
}

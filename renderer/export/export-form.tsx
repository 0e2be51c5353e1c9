/**
 * 导出: pages (all / range), output folder, PDF + plates, dpi, marks → export.start; then the job's progress bar
 * and per-page status (polled in export-job.ts), cancellable. A failed page shows its message; the rest go on.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable } from '../common/observable';
import { cancelExportJob, exportJob, startExportJob } from './export-job';
import { isAbsoluteFolder, jobCounts, jobFraction, pagesParam, type PagesChoice } from './export-model';
import { errorText } from '../api/error-text';

export interface ExportFormProps {
  issueId: string;
  defaultOutDir: string;
  /** Preflight clean and every warning acknowledged. */
  platesAllowed: boolean;
}

export function ExportForm({ issueId, defaultOutDir, platesAllowed }: ExportFormProps) {
  const { t } = useTranslation();
  const { job, error, starting } = useObservable(exportJob);
  const [pages, setPages] = useState<PagesChoice>({ kind: 'all' });
  const [outDir, setOutDir] = useState<string | null>(null);
  const [plates, setPlates] = useState(false);
  const [dpi, setDpi] = useState(1200);
  const [marks, setMarks] = useState(true);
  const [formError, setFormError] = useState<string | null>(null);
  const folder = outDir ?? defaultOutDir;
  const running = starting || (job !== null && !job.ended);

  const start = () => {
    const parsed = pagesParam(pages);
    if (!parsed.ok) return setFormError(t('export.form.badRange'));
    if (!isAbsoluteFolder(folder.trim())) return setFormError(t('export.form.notAbsolute'));
    setFormError(null);
    void startExportJob({ issueId, pages: parsed.pages, outDir: folder.trim(), plates: plates && platesAllowed, dpi, marks });
  };

  const counts = job ? jobCounts(job) : null;
  return (
    <section className="export-section" data-testid="export-form">
      <div className="export-grid">
        <span className="label">{t('export.form.pages')}</span>
        <span className="export-row">
          <label><input type="radio" name="export-pages" data-testid="export-pages-all" checked={pages.kind === 'all'} onChange={() => setPages({ kind: 'all' })} /> {t('export.form.allPages')}</label>
          <label><input type="radio" name="export-pages" data-testid="export-pages-range" checked={pages.kind === 'range'} onChange={() => setPages({ kind: 'range', text: pages.kind === 'range' ? pages.text : '' })} /> {t('export.form.range')}</label>
          <input type="text" data-testid="export-range" placeholder={t('export.form.rangePlaceholder')} disabled={pages.kind !== 'range'}
            value={pages.kind === 'range' ? pages.text : ''} onChange={(e) => setPages({ kind: 'range', text: e.target.value })} />
        </span>
        <span className="label">{t('export.form.outDir')}</span>
        <span className="export-col">
          <input type="text" className="wide" data-testid="export-outdir" value={folder} onChange={(e) => setOutDir(e.target.value)} spellCheck={false} />
          <span className="muted small">{t('export.form.outDirHint')}</span>
        </span>
        <span className="label">{t('export.form.output')}</span>
        <span className="export-row">
          <label title={t('export.form.pdfOnly')}><input type="checkbox" data-testid="export-pdf" checked disabled /> {t('export.form.pdf')}</label>
          <label><input type="checkbox" data-testid="export-plates" checked={plates && platesAllowed} disabled={!platesAllowed} onChange={(e) => setPlates(e.target.checked)} /> {t('export.form.plates')}</label>
          <label>{t('export.form.dpi')} <input type="number" data-testid="export-dpi" min={36} max={4000} step={1} value={dpi} onChange={(e) => setDpi(Math.round(Number(e.target.value) || 0))} /></label>
          <label><input type="checkbox" data-testid="export-marks" checked={marks} onChange={(e) => setMarks(e.target.checked)} /> {t('export.form.marks')}</label>
        </span>
      </div>
      {!platesAllowed && <p className="muted small" data-testid="plates-blocked">{t('export.form.platesBlocked')}</p>}
      <div className="export-row">
        <button type="button" className="btn primary" data-testid="export-start" disabled={running} onClick={start}>{t('export.form.start')}</button>
        {running && <button type="button" className="btn" data-testid="export-cancel" onClick={() => void cancelExportJob()}>{t('export.form.cancel')}</button>}
      </div>
      {(formError || error) && <div className="notice error" role="alert" data-testid="export-error">{formError ?? error}</div>}
      {job && counts && (
        <div className="export-job" data-testid="export-progress" data-state={job.state} data-ended={job.ended} data-settled={counts.settled} data-total={counts.total}>
          <div className="export-row">
            <progress max={1} value={jobFraction(job)} />
            <span>{t('export.job.progress', { ...counts })} · {t(`export.job.state.${job.state}`)}</span>
          </div>
          <ol className="export-pages">
            {job.pages.map((p) => (
              <li key={p.pageId} data-testid="export-page-row" data-page={p.page} data-status={p.status} className={`job-page ${p.status}`}>
                <span className="job-page-head">
                  <strong>{t('export.preflight.page', { n: p.page })}</strong>
                  <span className="job-status">{t(`export.job.page.${p.status}`)}</span>
                </span>
                {p.text && <span className="job-message" data-testid="export-page-message">{errorText(p.text)}</span>}
                {p.files.length > 0 && (
                  <ul className="job-files">
                    {p.files.map((f) => (
                      <li key={f.file} data-testid="export-file" data-ink={f.ink ?? ''}><code>{f.file}</code> <span className="muted">{Math.round(f.bytes / 1024)} KB</span></li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

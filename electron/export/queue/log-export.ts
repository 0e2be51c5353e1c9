/**
 * What the export log records of a job: per page, the files written (or why it failed, was blocked or was
 * cancelled) and, separately, any preflight codes exported past with force. Also the acknowledgments.
 */
import { appendExportLog } from '../../store/export-log-repo';
import type { WritableDb } from '../../store';
import type { JobPage, JobStatus } from './export-status';

export function logPageOutcome(db: WritableDb, actor: string, job: JobStatus, page: JobPage, nowIso = new Date().toISOString()): void {
  const common = { at: nowIso, actor, issueId: job.issueId, pageId: page.pageId, pageNumber: page.page, jobId: job.jobId, outDir: job.outDir };
  if (page.status === 'done') {
    if (page.forcedCodes.length > 0) appendExportLog(db, { ...common, action: 'force', codes: page.forcedCodes, detail: '强制出版（跳过出版前检查）' });
    appendExportLog(db, { ...common, action: 'export', files: page.files.map((f) => ({ file: f.file, bytes: f.bytes, sha256: f.sha256, ...(f.ink ? { ink: f.ink } : {}) })) });
  } else if (page.status === 'cancelled') {
    appendExportLog(db, { ...common, action: 'cancelled', detail: page.message ?? '' });
  } else if (page.status === 'failed' || page.status === 'blocked') {
    appendExportLog(db, { ...common, action: 'failed', codes: [...page.errors, ...page.warnings].map((f) => f.code), detail: page.message ?? '' });
  }
}

export function logAcknowledgment(db: WritableDb, input: { actor: string; issueId: string; pageId: string; pageNumber: number; codes: string[]; at?: string }): void {
  appendExportLog(db, { at: input.at ?? new Date().toISOString(), actor: input.actor, action: 'acknowledge', issueId: input.issueId, pageId: input.pageId, pageNumber: input.pageNumber, codes: input.codes, detail: '确认出版前警告' });
}

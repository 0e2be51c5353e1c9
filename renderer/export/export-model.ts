/**
 * The export panel's pure rules (no React): which issue to pick, whether plates may go out, how to phrase the
 * pages choice for export.start, the default output folder, progress counts, and the status polling backoff.
 */
import type { ExportJob } from '../../shared/api/contract-export';
import type { Issue } from '../../shared/model';
import { resolveError, type ErrorMessage } from '../../shared/errors';

export interface PreflightPage {
  page: number;
  pageId: string;
  errors: Finding[];
  warnings: Finding[];
  inkMeasured: boolean;
}
export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  /** The finding's words, coded (shared/errors): said in the desk's language. */
  text: ErrorMessage;
  message: string;
  module?: string;
  page: number;
}

/** A finding in the desk's language, from the error catalogue's words (`apiErrors`). `t` is i18next's translate. */
export function findingText(f: Pick<Finding, 'text'>, t: (key: string, options?: Record<string, unknown>) => string): string {
  return resolveError(f.text, (code, params) => t(`apiErrors.${code}`, params));
}

/** The newest issue: latest date, then the latest created (ISO strings compare as text). */
export function newestIssue<T extends Pick<Issue, 'id' | 'date' | 'createdAt'>>(issues: readonly T[]): T | null {
  let best: T | null = null;
  for (const issue of issues) {
    if (!best || issue.date > best.date || (issue.date === best.date && issue.createdAt > best.createdAt)) best = issue;
  }
  return best;
}

/** A warning's key for acknowledgment bookkeeping: page and code (the services acknowledge codes per page). */
export const ackKey = (page: number, code: string) => `${page}:${code}`;

export interface PreflightSummary {
  errors: number;
  warnings: number;
  /** Warnings not yet acknowledged. */
  pending: number;
  /** Preflight ran, no errors, every warning acknowledged. */
  clearForPlates: boolean;
}

export function summarizePreflight(pages: readonly PreflightPage[] | null, acknowledged: ReadonlySet<string>): PreflightSummary {
  if (!pages) return { errors: 0, warnings: 0, pending: 0, clearForPlates: false };
  let errors = 0, warnings = 0, pending = 0;
  for (const p of pages) {
    errors += p.errors.length;
    warnings += p.warnings.length;
    pending += p.warnings.filter((w) => !acknowledged.has(ackKey(p.page, w.code))).length;
  }
  return { errors, warnings, pending, clearForPlates: errors === 0 && pending === 0 };
}

/** Warning codes of one page not yet acknowledged (what one export.acknowledge call sends). */
export function pendingCodes(page: PreflightPage, acknowledged: ReadonlySet<string>): string[] {
  return [...new Set(page.warnings.map((w) => w.code))].filter((code) => !acknowledged.has(ackKey(page.page, code)));
}

export type PagesChoice = { kind: 'all' } | { kind: 'range'; text: string };

/** export.start / export.preflight `pages`: undefined for all, else the range text; a plain error when unreadable. */
export function pagesParam(choice: PagesChoice): { ok: true; pages: string | undefined } | { ok: false; error: string } {
  if (choice.kind === 'all') return { ok: true, pages: undefined };
  const text = choice.text.replace(/，/g, ',').replace(/[—–－~～]/g, '-').replace(/\s+/g, '');
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(text)) return { ok: false, error: 'range' };
  return { ok: true, pages: text };
}

/**
 * The default output folder: <dataDir>/export. The services have no method for a default hot folder yet, so the
 * panel derives it from app.info's dataDir, with the separator that path already uses.
 */
export function defaultOutDir(dataDir: string): string {
  const sep = dataDir.includes('\\') && !dataDir.includes('/') ? '\\' : '/';
  return dataDir.replace(/[\\/]+$/, '') + sep + 'export';
}

/** Whether a typed folder is absolute (the services refuse relative ones). */
export function isAbsoluteFolder(path: string): boolean {
  return /^\//.test(path) || /^[A-Za-z]:[\\/]/.test(path) || /^\\\\/.test(path);
}

export interface JobCounts {
  /** Pages finished one way or another (done, blocked, failed, cancelled). */
  settled: number;
  done: number;
  failed: number;
  total: number;
}

export function jobCounts(job: Pick<ExportJob, 'pages'>): JobCounts {
  let settled = 0, done = 0, failed = 0;
  for (const p of job.pages) {
    if (p.status !== 'queued' && p.status !== 'running') settled++;
    if (p.status === 'done') done++;
    if (p.status === 'failed' || p.status === 'blocked') failed++;
  }
  return { settled, done, failed, total: job.pages.length };
}

/** Progress 0–1 for the bar. */
export function jobFraction(job: Pick<ExportJob, 'pages'>): number {
  const { settled, total } = jobCounts(job);
  return total === 0 ? 0 : settled / total;
}

/** Delay before the next export.status poll: quick at first, then backing off while nothing changes. */
export function nextPollDelayMs(previousMs: number | null, changed: boolean): number {
  const FIRST = 150, MAX = 2000;
  if (previousMs === null || changed) return FIRST;
  return Math.min(MAX, Math.round(previousMs * 1.6));
}

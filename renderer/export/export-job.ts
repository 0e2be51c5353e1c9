/**
 * The running export job, outside React so it keeps polling (and the status bar keeps counting) while the 输出
 * panel is closed. export.status is polled with a backoff (nextPollDelayMs) until the job has ended.
 */
import type { ExportJob } from '../../shared/api/contract-export';
import type { Params } from '../../shared/api/contract';
import { invoke } from '../api/client';
import { observable } from '../common/observable';
import { nextPollDelayMs } from './export-model';

export interface ExportJobState {
  job: ExportJob | null;
  /** A refusal of export.start / status / cancel, in the services' words. */
  error: string | null;
  starting: boolean;
}

export const exportJob = observable<ExportJobState>({ job: null, error: null, starting: false });

let timer: ReturnType<typeof setTimeout> | null = null;
let generation = 0;

function fingerprint(job: ExportJob): string {
  return `${job.state}|${job.ended}|${job.pages.map((p) => p.status).join(',')}`;
}

function poll(jobId: string, mine: number, delayMs: number | null, last: string): void {
  timer = setTimeout(async () => {
    const reply = await invoke('export.status', { jobId });
    if (mine !== generation) return;
    if (!reply.ok) {
      exportJob.set({ ...exportJob.get(), error: reply.error.message });
      return;
    }
    const now = fingerprint(reply.value);
    exportJob.set({ job: reply.value, error: null, starting: false });
    if (reply.value.ended) return;
    const next = nextPollDelayMs(delayMs, now !== last);
    poll(jobId, mine, next, now);
  }, delayMs ?? 0);
}

export async function startExportJob(params: Params<'export.start'>): Promise<boolean> {
  if (timer) clearTimeout(timer);
  const mine = ++generation;
  exportJob.set({ job: null, error: null, starting: true });
  const reply = await invoke('export.start', params);
  if (mine !== generation) return false;
  if (!reply.ok) {
    exportJob.set({ job: null, error: reply.error.message, starting: false });
    return false;
  }
  poll(reply.value.jobId, mine, null, '');
  return true;
}

export async function cancelExportJob(): Promise<void> {
  const job = exportJob.get().job;
  if (!job || job.ended) return;
  const reply = await invoke('export.cancel', { jobId: job.jobId });
  if (!reply.ok) exportJob.set({ ...exportJob.get(), error: reply.error.message });
  else exportJob.set({ ...exportJob.get(), job: reply.value });
}

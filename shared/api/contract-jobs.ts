/**
 * The desk's long jobs (one domain of the API contract, see contract.ts): every long job — import, export and
 * plates, the character diff, backup and restore, the search-index rebuild, the background integrity check —
 * runs in a worker of the one job runner (electron/services/jobs); these methods list them, report one and
 * cancel one. Handlers in electron/services/handlers-jobs.ts.
 */
import { z } from 'zod';

export const JobKindNames = ['diff', 'docx-read', 'export', 'backup', 'backup-restore', 'search-rebuild', 'desk-check', 'epaper'] as const;

export const JobViewSchema = z.object({
  id: z.string(),
  /** One of JobKindNames (a string, so a newer desk's kind still shows). */
  kind: z.string(),
  /** What the job works on (the export's page numbers), or null. */
  label: z.string().nullable(),
  state: z.enum(['queued', 'running', 'cancelling', 'done', 'failed', 'cancelled']),
  /** Units done out of total (0/0 until the job reports). */
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  /** Why it failed or was cancelled, naming the limit when a limit stopped it. */
  message: z.string().nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof JobViewSchema>;

const JobRef = z.object({ id: z.string().min(1).max(64) }).strict();

export const jobMethods = {
  /** Jobs waiting or running (oldest first), then the recently ended ones (newest first). */
  'jobs.list': { params: z.object({}).strict(), result: z.array(JobViewSchema) },
  /** One job, running or recently ended (not-found when unknown). */
  'jobs.status': { params: JobRef, result: JobViewSchema },
  /** Ask a job to stop; the answer is its state then ('cancelling' until it has stopped). */
  'jobs.cancel': { params: JobRef, result: JobViewSchema },
  /** Rebuild the search index from every live story's newest text, as a job; answers when it is done. */
  'search.rebuild': { params: z.object({}).strict(), result: z.object({ stories: z.number().int().nonnegative() }) },
} as const;

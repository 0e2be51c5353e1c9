/**
 * The services: the desk store behind the typed API contract. openServices is what the Electron shell and the
 * browser host call; dispatch(method, params) is the only way in.
 */
import type { AppInfo, Envelope } from '../../shared/api/contract';
import type { DiffLimits } from '../../shared/model';
import type { BackupInfo } from '../../shared/api/contract-workflow';
import { hasAnyStory, openDesk, type Desk } from '../store';
import { runDailyBackup } from './daily-backup';
import { createDispatch } from './dispatch';
import { Newsroom, type NewsroomOptions } from '../newsroom/newsroom';
import { createHandlers } from './handlers';
import type { WorkflowContext } from './handlers-workflow';
import { JobError, JobRunner } from './jobs/job-runner';
import { newsroomPictures } from './pictures/newsroom-pictures';

export { defaultDataDir } from './data-dir';

export interface ServicesOptions {
  /** Folder of the desk database (see defaultDataDir()). */
  dataDir: string;
  /** App version reported by app.info; defaults to '0.0.0-dev'. */
  version?: string;
  /** Epoch-ms clock for locks and backup names (tests move it by hand); default Date.now. */
  clock?: () => number;
  /** Backups kept in <dataDir>/backups; default 7. */
  backupsKept?: number;
  /** Make the first-launch-of-the-day backup (default true). */
  dailyBackup?: boolean;
  /** Bounds of stories.diff (default DIFF_LIMITS). */
  diffLimits?: DiffLimits;
  /** Check the desk file (quick_check) in the background after open (default true). */
  backgroundCheck?: boolean;
}

export interface Services {
  /** Call one contract method; never throws, always an Envelope. */
  dispatch(method: string, params: unknown): Promise<Envelope<unknown>>;
  info(): AppInfo;
  close(): void;
  /** The first-launch-of-the-day backup (runs in the background; null when none was due or it failed). */
  dailyBackup: Promise<BackupInfo | null>;
  /**
   * The desk file's integrity check, run after open in a job (a large desk opens at once): null when the file
   * is whole (or the check was not run or was stopped), else what is wrong. A problem also stays in jobs.list
   * as the failed 'desk-check' job, which the status bar shows.
   */
  deskCheck: Promise<string | null>;
}

/** Services over an already opened desk (tests use this to reach the database handle). */
export function createServices(
  desk: Desk,
  version = '0.0.0-dev',
  options: Partial<WorkflowContext> = {},
  newsroomOptions: NewsroomOptions = {},
): Services {
  let closed = false;
  const jobs = options.jobs ?? new JobRunner();
  const info = (): AppInfo => ({
    version,
    dataDir: desk.dataDir,
    dbFile: desk.dbFile,
    brokenDatabase: desk.brokenDatabase,
    empty: !hasAnyStory(desk.db),
  });
  // Single-desk mode unless a server connection was saved: then the sender and the feed resume here.
  const newsroom = new Newsroom(desk.db, { pictures: newsroomPictures(desk), ...newsroomOptions });
  const dispatch = createDispatch(createHandlers(desk, info, { ...options, jobs }, newsroom), (method, params, run) =>
    newsroom.run(method, params, run),
  );
  newsroom.start();
  return {
    dispatch,
    info,
    dailyBackup: Promise.resolve(null),
    deskCheck: Promise.resolve(null),
    close() {
      if (closed) return;
      closed = true;
      newsroom.close();
      jobs.close();
      desk.close();
    },
  };
}

/**
 * Open the desk in options.dataDir (creating it, setting a broken database file aside) and return the services.
 * Throws StoreError when no database can be opened at all (e.g. the folder is not writable, or the file is
 * from a newer Folio); its message is plain words meant for the user.
 */
export function openServices(options: ServicesOptions): Services {
  const context: Partial<WorkflowContext> = {};
  if (options.clock) context.clock = options.clock;
  if (options.backupsKept !== undefined) context.backupsKept = options.backupsKept;
  if (options.diffLimits) context.diffLimits = options.diffLimits;
  const desk = openDesk(options.dataDir);
  const jobs = new JobRunner();
  const services = createServices(desk, options.version, { ...context, jobs });
  const deskCheck = options.backgroundCheck === false ? Promise.resolve(null) : checkDeskInBackground(desk, jobs);
  const dailyBackup = options.dailyBackup === false ? Promise.resolve(null) : runDailyBackup(desk, { ...context, jobs });
  return { ...services, deskCheck, dailyBackup };
}

/** quick_check of the open desk file in a job; a problem is logged and kept in the jobs list. */
async function checkDeskInBackground(desk: Desk, jobs: JobRunner): Promise<string | null> {
  try {
    await jobs.run('desk-check', { dbFile: desk.dbFile }, { timeoutMs: 10 * 60_000 });
    return null;
  } catch (error) {
    if (error instanceof JobError && error.code === 'cancelled') return null;
    const problem = error instanceof Error ? error.message : String(error);
    console.error(`folio: ${problem}`);
    return problem;
  }
}

/**
 * The desk's newsroom connection: login (the token is kept, never the password), the sender draining the outbox,
 * the feed bringing other desks' changes, and an event counter the renderer waits on to refresh what changed.
 * Without saved settings the desk is in single-desk mode and none of this runs.
 */
import type { NewsroomStatus } from '../../shared/api/contract-newsroom-desk';
import type { LockInfo } from '../../shared/model';
import { StoreError, setProfile, type WritableDb } from '../store';
import { Applier, type Applied, type ImportPicture } from './applier';
import { issueOfPage, readPlanState } from '../store/plan-copy';
import { issuesBefore, listPlanConflicts, PLAN_METHODS, recordPlanChange, resolvePlanConflict } from './plan-sync';
import { Feed } from './feed';
import { LeaseBridge } from './leases';
import { serverIdOf } from './id-map';
import { listRejected, pendingCount } from './outbox';
import { OUTBOX_METHODS, recordMutation } from './record';
import { isSignoffMethod } from './signoff-sync';
import { Sender, type Backoff, type ReadPicture } from './sender';
import { callServer, type CallOutcome } from './server-client';
import { clearNewsroomSettings, readNewsroomSettings, saveLastSeq, writeNewsroomSettings } from './settings';
import { listConflicts, listLeases } from './sync-state';
import { errorMessage, serverErrorText } from '../../shared/errors';

export interface NewsroomOptions {
  /** Pictures between this desk's files and the server (the services own the files and thumbnails). */
  pictures?: { read: ReadPicture; import: ImportPicture };
  backoff?: Backoff;
  pollMs?: number;
  requestTimeoutMs?: number;
}

type EventKind = Applied['kind'] | 'status';
interface DeskEvent {
  n: number;
  kind: EventKind;
  storyId: string | null;
}
const EVENTS_KEPT = 500;

export class Newsroom {
  private state: NewsroomStatus['state'] = 'offline';
  private lastError: string | null = null;
  private events: DeskEvent[] = [];
  private eventCount = 0;
  private waiters = new Set<() => void>();
  readonly sender: Sender;
  readonly feed: Feed;
  readonly applier: Applier;
  readonly leases: LeaseBridge;
  /** A read from the server with this desk's token (never throws; unreachable is an outcome). */
  readonly fetch: (method: string, params: unknown) => Promise<CallOutcome>;

  constructor(
    private readonly db: WritableDb,
    private readonly options: NewsroomOptions = {},
  ) {
    const server = () => {
      const settings = readNewsroomSettings(db);
      return settings === null ? null : { url: settings.url, token: settings.token };
    };
    const fetch = (method: string, params: unknown) => {
      const s = server();
      if (s === null) return Promise.resolve({ kind: 'unreachable' as const, message: 'not connected' });
      return callServer({ ...s, timeoutMs: options.requestTimeoutMs }, method, params);
    };
    this.fetch = fetch;
    this.applier = new Applier(db, fetch, options.pictures?.import);
    this.leases = new LeaseBridge(db, fetch, (storyId) => this.emit('lease', storyId));
    this.sender = new Sender({
      db,
      server,
      backoff: options.backoff,
      requestTimeoutMs: options.requestTimeoutMs,
      readPicture: options.pictures?.read,
      events: {
        onReachable: () => this.setState('online', null),
        onUnreachable: (message) => this.setState('offline', message),
        onUnauthorized: () => this.setState('offline', 'unauthorized: connect again'),
        onSettled: (entry, state) => {
          this.emit('status', entry.storyId);
          // A create of this desk answered: the feed's stories held back as maybe its echo can be told apart now.
          if (entry.method === 'stories.create') void this.feed.recheckEchoes();
          if (entry.method === 'plan.push') {
            this.emit('page', null);
            // Refused as a whole: show the server's plan again (this desk's change stays in the refused list).
            if (state === 'rejected' && entry.issueId !== null) {
              void this.applier.refreshPlan(entry.issueId).then((applied) => applied && this.emit('page', null), () => undefined);
            }
            return;
          }
          // A refused sign-off: show the page's sign-offs as the server has them (ours stays in the refused list).
          if (isSignoffMethod(entry.method)) {
            if (state !== 'done') {
              void this.applier.refreshSignoffs(serverIdOf(db, String(entry.params.pageId))).then((applied) => {
                if (applied) this.emit(applied.kind, null);
              }, () => undefined);
            }
            return;
          }
          // A refused mark change: show the story's marks as the server has them (ours stays in the refused list).
          if (entry.method.startsWith('marks.')) {
            if (state !== 'done' && entry.storyId !== null) {
              void this.applier.refreshMarks(serverIdOf(db, entry.storyId)).then((applied) => {
                if (applied) this.emit(applied.kind, applied.storyId);
              }, () => undefined);
            }
            return;
          }
          // The server kept a conflict: bring the local copy to the server's current text (ours stays in the list).
          if (state !== 'done' && entry.storyId !== null) {
            void this.applier.refreshStory(serverIdOf(db, entry.storyId), '').then((applied) => {
              if (applied) this.emit(applied.kind, applied.storyId);
            }, () => undefined);
          }
        },
      },
    });
    this.feed = new Feed({
      server,
      applier: this.applier,
      lastSeq: () => readNewsroomSettings(db)?.lastSeq ?? 0,
      saveLastSeq: (seq) => saveLastSeq(db, seq),
      onApplied: (applied) => this.emit(applied.kind, applied.storyId),
      onState: (state, message) => {
        this.setState(state, message ?? null);
        if (state === 'online') this.sender.resume();
      },
      onUnauthorized: () => this.setState('offline', 'unauthorized: connect again'),
      pollMs: options.pollMs,
      backoff: options.backoff,
    });
  }

  get connected(): boolean {
    return readNewsroomSettings(this.db) !== null;
  }

  /** Resume a saved connection when the desk opens. */
  start(): void {
    if (!this.connected) return;
    this.state = 'connecting';
    this.feed.start();
    this.sender.resume();
  }

  close(): void {
    this.feed.stop();
    this.sender.stop();
    for (const wake of this.waiters) wake();
  }

  async connect(input: { url: string; name: string; password: string }): Promise<NewsroomStatus> {
    this.close();
    this.setState('connecting', null);
    const outcome = await callServer({ url: input.url, timeoutMs: this.options.requestTimeoutMs }, 'session.login', {
      name: input.name,
      password: input.password,
    });
    if (outcome.kind === 'unreachable') {
      this.setState('offline', outcome.message);
      throw new StoreError('invalid', errorMessage('newsroom-unreachable', { url: input.url, detail: outcome.message }), { field: 'url' });
    }
    if (!outcome.envelope.ok) {
      this.setState('offline', outcome.envelope.error.message);
      throw new StoreError('invalid', errorMessage('newsroom-login-refused', { why: serverErrorText(outcome.envelope.error) }), { field: 'password' });
    }
    const value = outcome.envelope.value as { token: string; user: { name: string; role: string } };
    const previous = readNewsroomSettings(this.db);
    // The same server again: go on from where the feed stopped; another server: start from its beginning.
    const lastSeq = previous?.url === input.url ? previous.lastSeq : 0;
    this.db.transaction(() => {
      writeNewsroomSettings(this.db, { url: input.url, name: input.name, token: value.token, user: value.user, lastSeq });
      const role = value.user.role === 'proofreader' || value.user.role === 'layout' ? value.user.role : 'editor';
      setProfile(this.db, { name: value.user.name, role });
    })();
    this.start();
    return this.status();
  }

  async disconnect(): Promise<NewsroomStatus> {
    const settings = readNewsroomSettings(this.db);
    this.close();
    if (settings !== null) {
      await callServer({ url: settings.url, token: settings.token, timeoutMs: 2_000 }, 'session.logout', {});
      clearNewsroomSettings(this.db);
    }
    this.setState('offline', null);
    return this.status();
  }

  status(): NewsroomStatus {
    const settings = readNewsroomSettings(this.db);
    const planConflicts = listPlanConflicts(this.db).length;
    return {
      connected: settings !== null,
      state: settings === null ? 'offline' : this.state,
      server: settings?.url ?? null,
      user: settings?.user.name ?? null,
      role: settings?.user.role ?? null,
      outbox: pendingCount(this.db),
      lastSeq: settings?.lastSeq ?? 0,
      holders: listLeases(this.db).map(({ storyId, holder, expiresAt }) => ({ storyId, holder, expiresAt })),
      conflicts: listConflicts(this.db).length + planConflicts,
      planConflicts,
      rejected: listRejected(this.db).map((e) => ({
        method: e.method,
        code: e.errorCode ?? '',
        message: e.errorMessage ?? '',
        at: e.createdAt,
      })),
      lastError: this.lastError,
    };
  }

  /**
   * Run one desk call. In newsroom mode a mutation's outbox entry is written in the same transaction, and the
   * lock calls also take, renew, release or take over the server's lease (see leases.ts).
   */
  run(method: string, params: Record<string, unknown>, run: () => unknown): unknown {
    if (!this.connected) return run();
    const storyId = String(params.id ?? '');
    const clientId = String(params.clientId ?? '');
    switch (method) {
      case 'stories.lock': {
        const locked = this.leases.lockedAnswer(storyId, clientId);
        if (locked !== null) return locked;
        const result = run() as { kind?: string };
        if (result.kind === 'held') void this.leases.renew(storyId, clientId).catch(() => undefined);
        return result;
      }
      case 'stories.unlock': {
        const result = run();
        void this.leases.release(storyId, clientId).catch(() => undefined);
        return result;
      }
      case 'stories.takeOverLock':
        return this.leases.takeOver(storyId, clientId).then(run);
      case 'stories.locks':
        return this.withLeaseHolders(run() as LockInfo[]);
      case 'pages.get':
        return issueOfPage(this.db, storyId) === null ? this.fetchPage(storyId).then(run) : run();
      default:
        if (PLAN_METHODS.has(method)) return this.runPlanMutation(method, params, run);
        return OUTBOX_METHODS.has(method) ? this.runMutation(method, params, run) : run();
    }
  }

  /**
   * The desk's live locks plus the server leases other people hold. The server's lease is the one in force: a
   * story this desk still has a local lock on but somebody took over elsewhere (a chief's takeover) shows the
   * new holder, so the editing window's check sees the takeover at once rather than at its next heartbeat.
   */
  private withLeaseHolders(locks: LockInfo[]): LockInfo[] {
    const shown = locks.map((lock) => this.leases.lockedAnswer(lock.storyId, lock.clientId)?.lock ?? lock);
    const extra: LockInfo[] = [];
    for (const lease of listLeases(this.db)) {
      if (locks.some((l) => l.storyId === lease.storyId)) continue;
      const answer = this.leases.lockedAnswer(lease.storyId, '');
      if (answer !== null) extra.push(answer.lock);
    }
    return [...shown, ...extra];
  }

  /** Run a local mutation with its outbox entry in the same transaction. */
  runMutation<T>(method: string, params: Record<string, unknown>, run: () => T): T {
    if (!OUTBOX_METHODS.has(method) || !this.connected) return run();
    const result = this.db.transaction(() => {
      const value = run();
      if (value instanceof Promise) throw new Error(`${method}: an outbox mutation must be synchronous`);
      return { value, entries: recordMutation(this.db, method, params, value) };
    })();
    if (result.entries.length > 0) this.sender.kick();
    for (const entry of result.entries) this.emit('status', entry.storyId);
    return result.value;
  }

  resolvePlanConflict(id: number, keep: 'mine' | 'theirs'): { resolved: boolean } {
    const { resolved, entry } = resolvePlanConflict(this.db, id, keep);
    if (entry !== null) this.sender.kick();
    this.emit('page', null);
    return { resolved };
  }

  /** A page-plan call between two snapshots of the issues it touches; the difference goes to the outbox. */
  private runPlanMutation(method: string, params: Record<string, unknown>, run: () => unknown): unknown {
    const entry = this.db.transaction(() => {
      const issueIds = issuesBefore(this.db, method, params);
      const before = readPlanState(this.db, issueIds);
      const value = run();
      if (value instanceof Promise) throw new Error(`${method}: a page-plan call must be synchronous`);
      return { value, entry: recordPlanChange(this.db, before, issueIds, value) };
    })();
    if (entry.entry !== null) {
      this.sender.kick();
      this.emit('status', null);
    }
    return entry.value;
  }

  /** A page this desk has never had: copy its issue's plan from the server first (unreachable: not found here). */
  private async fetchPage(pageId: string): Promise<void> {
    const outcome = await this.fetch('pages.get', { id: pageId });
    if (outcome.kind !== 'answer' || !outcome.envelope.ok) return;
    const issueId = (outcome.envelope.value as { issueId?: unknown }).issueId;
    if (typeof issueId !== 'string') return;
    const applied = await this.applier.refreshPlan(issueId).catch(() => null);
    if (applied) this.emit('page', null);
  }

  /** Events after `since`, waiting up to waitMs for the first one. */
  async eventsSince(since: number, waitMs = 0): Promise<{ last: number; storyIds: string[]; kinds: EventKind[] }> {
    if (this.eventCount <= since && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, waitMs);
        this.waiters.add(wake);
      });
    }
    const fresh = this.events.filter((e) => e.n > since);
    return {
      last: this.eventCount,
      storyIds: [...new Set(fresh.flatMap((e) => (e.storyId === null ? [] : [e.storyId])))],
      kinds: [...new Set(fresh.map((e) => e.kind))],
    };
  }

  private emit(kind: EventKind, storyId: string | null): void {
    this.eventCount += 1;
    this.events.push({ n: this.eventCount, kind, storyId });
    if (this.events.length > EVENTS_KEPT) this.events.splice(0, this.events.length - EVENTS_KEPT);
    for (const wake of [...this.waiters]) wake();
  }

  private setState(state: NewsroomStatus['state'], error: string | null): void {
    const changed = state !== this.state || error !== this.lastError;
    this.state = state;
    this.lastError = error;
    if (changed) this.emit('status', null);
  }
}

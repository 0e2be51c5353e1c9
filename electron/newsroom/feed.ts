/**
 * The change feed client: catches up with GET /api/changes?since=lastSeq, then listens on WS
 * /api/live?since=lastSeq. Each change is applied before lastSeq moves past it, so a desk that drops at any
 * point resumes exactly where it stopped. When the WebSocket cannot be opened it polls /api/changes every second.
 * A change whose read fails for now (unreachable, 5xx, 401: FeedUnreachable) stops the run there: lastSeq stays
 * before it, and the next catch-up reads it again. Once a socket's change has failed, nothing more from that
 * socket is applied (a later change would move lastSeq past the failed one).
 */
import WebSocket from 'ws';
import { z } from 'zod';
import { Applier, ChangeSchema, FeedUnauthorized, FeedUnreachable, type Applied, type Change } from './applier';
import { apiUrl, getFromServer } from './server-client';
import { backoffDelayMs, type Backoff } from './sender';

export interface FeedOptions {
  server: () => { url: string; token: string } | null;
  applier: Applier;
  lastSeq: () => number;
  saveLastSeq: (seq: number) => void;
  onApplied: (applied: Applied) => void;
  onState: (state: 'online' | 'offline', message?: string) => void;
  onUnauthorized: () => void;
  pollMs?: number;
  backoff?: Backoff;
}

const ChangesSchema = z.object({ changes: z.array(ChangeSchema), last: z.number().int().nonnegative() });
const LiveMessageSchema = z.object({ type: z.literal('change'), change: ChangeSchema });

export class Feed {
  private socket: WebSocket | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  /** Bumped by stop(): a change still being applied from an earlier run records nothing (its desk may be closed). */
  private run = 0;
  private failures = 0;
  /** The server answered 401 since the last catch-up: the desk shows 'unauthorized', not a bare 'offline'. */
  private unauthorized = false;
  /** Why the last catch-up stopped (a read the server could not answer now), shown while offline. */
  private failure: string | undefined;
  private queue: Promise<void> = Promise.resolve();
  /**
   * Sockets given up after a change failed: a message that still comes through one (ws may emit what it had read
   * already) must not be applied, since it would move lastSeq past the failed change.
   */
  private readonly abandoned = new WeakSet<WebSocket>();

  constructor(private readonly options: FeedOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.failures = 0;
    this.unauthorized = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.run += 1;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.socket?.terminate();
    this.socket = null;
  }

  /**
   * Run a task after everything queued before it, in this run (a task of a run stopped meanwhile does nothing).
   * A task that throws leaves the queue rejected: what is queued after it is not run (so lastSeq never moves past
   * a change that failed) until the one who sees the rejection starts a fresh queue and reads again from lastSeq.
   */
  private inOrder(task: (current: () => boolean) => Promise<void>): Promise<void> {
    const run = this.run;
    const current = () => run === this.run;
    this.queue = this.queue.then(() => (current() ? task(current) : undefined));
    return this.queue;
  }

  /** Apply changes strictly in sequence (WS messages arrive while an earlier one is still being applied). */
  private enqueue(change: Change): Promise<void> {
    return this.inOrder(async (current) => {
      if (change.seq <= this.options.lastSeq()) return;
      let applied: Applied | null = null;
      try {
        applied = await this.options.applier.apply(change);
      } catch (error) {
        // Stopped while the server answered (the desk closing, a reconnect): the change is read again next run.
        if (!current()) return;
        if (error instanceof FeedUnauthorized) this.noteUnauthorized();
        if (error instanceof FeedUnreachable) throw error;
        // A change this desk cannot copy must not stop the feed for every later one: it is logged and passed
        // over (the server keeps it; the next change of the same story copies the story's whole state again).
        console.error(`folio: newsroom change ${change.seq} (${change.entity} ${change.op}) not applied:`, error);
      }
      if (!current()) return;
      this.options.saveLastSeq(change.seq);
      if (applied) this.options.onApplied(applied);
    });
  }

  /** Read again the stories held back as maybe this desk's own echo (a stories.create of this desk was answered). */
  recheckEchoes(): Promise<void> {
    const done = this.inOrder(async (current) => {
      const applied = await this.options.applier.recheckEchoCandidates();
      if (current()) for (const a of applied) this.options.onApplied(a);
    });
    const run = this.run;
    done.catch(() => {
      // Failed (unreachable): they stay remembered; reconnect through a catch-up, which reads them again.
      if (run !== this.run) return;
      this.queue = Promise.resolve();
      if (this.socket) this.abandon(this.socket);
    });
    return done;
  }

  /** Give up a socket (a change of it failed): nothing more from it is applied; its close reconnects. */
  private abandon(socket: WebSocket): void {
    this.abandoned.add(socket);
    socket.terminate();
  }

  private noteUnauthorized(): void {
    this.unauthorized = true;
    this.options.onUnauthorized();
  }

  /** Read and apply everything after lastSeq; false when the server could not be reached. */
  async catchUp(): Promise<boolean> {
    const server = this.options.server();
    if (server === null) return false;
    const run = this.run;
    for (;;) {
      // Stopped meanwhile: the changes were not applied, so reading on would fetch the same page for ever.
      if (run !== this.run) return false;
      const outcome = await getFromServer(server, `api/changes?since=${this.options.lastSeq()}&limit=500`);
      if (outcome.kind === 'unreachable') return false;
      if (!outcome.envelope.ok) {
        if (outcome.status === 401) this.noteUnauthorized();
        return false;
      }
      const page = ChangesSchema.safeParse(outcome.envelope.value);
      if (!page.success) return false;
      try {
        for (const change of page.data.changes) await this.enqueue(change);
        // Caught up: the stories held back as maybe this desk's echo and not decided yet are read again too.
        if (page.data.changes.length === 0) await this.recheckEchoes();
      } catch (error) {
        if (error instanceof FeedUnreachable) {
          this.failure = error.message;
          // The queue now ends in this rejection, and every change chained on it would reject with it unread:
          // left so, each later catch-up would fail at once on the same change and the desk would never read
          // another (a story read timing out twice in a row, under load). Start the next run on a fresh queue;
          // lastSeq is still before the change that failed, so it is read again.
          this.queue = Promise.resolve();
          return false;
        }
        throw error;
      }
      if (page.data.changes.length === 0) {
        this.unauthorized = false;
        return true;
      }
    }
  }

  private later(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, ms);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const run = this.run;
    const caughtUp = await this.catchUp().catch(() => {
      this.queue = Promise.resolve();
      return false;
    });
    // Stopped (and maybe started again) while catching up: the newer run connects on its own.
    if (this.stopped || run !== this.run) return;
    if (!caughtUp) {
      this.failures += 1;
      // After a 401 the desk already says why it is offline (connect again); a bare 'offline' would hide it.
      if (!this.unauthorized) this.options.onState('offline', this.failure);
      this.failure = undefined;
      this.later(backoffDelayMs(this.failures, this.options.backoff));
      return;
    }
    this.failures = 0;
    this.options.onState('online');
    this.openSocket();
  }

  private openSocket(): void {
    const server = this.options.server();
    if (server === null || this.stopped) return;
    const url = apiUrl(server.url, `api/live?since=${this.options.lastSeq()}`).replace(/^http/, 'ws');
    const socket = new WebSocket(url, { headers: { authorization: `Bearer ${server.token}` } });
    this.socket = socket;
    let opened = false;
    socket.on('open', () => {
      opened = true;
    });
    socket.on('message', (data) => {
      if (this.abandoned.has(socket) || this.socket !== socket) return;
      let message: unknown;
      try {
        message = JSON.parse(String(data));
      } catch {
        return;
      }
      const parsed = LiveMessageSchema.safeParse(message);
      if (!parsed.success) return;
      this.enqueue(parsed.data.change).catch(() => {
        // Unreachable while reading the entity, or the desk closed: reconnect through a catch-up.
        this.queue = Promise.resolve();
        this.abandon(socket);
      });
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (this.socket !== socket || this.stopped) return;
      this.socket = null;
      // Never opened: no live endpoint here; poll. Dropped: reconnect through a catch-up.
      this.later(opened ? 0 : this.options.pollMs ?? 1_000);
    });
  }
}

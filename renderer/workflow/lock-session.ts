/**
 * The edit lock of one open story, for one editing session (clientId): acquire on open, heartbeat while open,
 * take over on request, release on close. A heartbeat answered 'locked' means someone took the story over:
 * the session reports 'lost' and stops beating (the editor goes read-only and keeps its text).
 * Knows nothing of React: it is given the three lock calls and reports its state through onState.
 */
import type { Envelope, Result } from '../../shared/api/contract';
import { LOCK_HEARTBEAT_MS, type LockInfo } from '../../shared/model';

export type LockState =
  | { kind: 'pending' }
  /** This session may edit. */
  | { kind: 'held'; lock: LockInfo }
  /** Someone else was editing when the story was opened: read-only here. */
  | { kind: 'locked'; lock: LockInfo }
  /** Someone else held it when the story was opened, and has since let it go: read-only until the user starts editing. */
  | { kind: 'free'; lock: LockInfo }
  /** This session held the lock and someone took it over: read-only from now on. */
  | { kind: 'lost'; lock: LockInfo }
  /** The lock service could not be reached: read-only, to be safe. */
  | { kind: 'error'; message: string };

export interface LockCalls {
  lock(p: { id: string; clientId: string }): Promise<Envelope<Result<'stories.lock'>>>;
  unlock(p: { id: string; clientId: string }): Promise<Envelope<Result<'stories.unlock'>>>;
  takeOver(p: { id: string; clientId: string }): Promise<Envelope<Result<'stories.takeOverLock'>>>;
  /** The desk's live locks (to learn who holds the story now). */
  locks(): Promise<Envelope<Result<'stories.locks'>>>;
}

export interface LockSessionOptions {
  storyId: string;
  clientId: string;
  calls: LockCalls;
  onState: (state: LockState) => void;
  heartbeatMs?: number;
}

export class LockSession {
  private state: LockState = { kind: 'pending' };
  private timer: ReturnType<typeof setInterval> | null = null;
  private closed = false;

  constructor(private readonly options: LockSessionOptions) {}

  get current(): LockState {
    return this.state;
  }

  /** Acquires the lock (or learns who holds it) and starts the heartbeat when held. */
  async start(): Promise<LockState> {
    const envelope = await this.options.calls.lock(this.ref());
    if (!envelope.ok) return this.set({ kind: 'error', message: envelope.error.message });
    const result = envelope.value;
    this.set(result.kind === 'held' ? { kind: 'held', lock: result.lock } : { kind: 'locked', lock: result.lock });
    if (result.kind === 'held') this.beat();
    else this.watch();
    return this.state;
  }

  /** Takes the lock from whoever holds it (the user confirmed). */
  async takeOver(): Promise<LockState> {
    const envelope = await this.options.calls.takeOver(this.ref());
    if (!envelope.ok) return this.set({ kind: 'error', message: envelope.error.message });
    this.set({ kind: 'held', lock: envelope.value.lock });
    this.beat();
    return this.state;
  }

  /** A save was refused with 'locked': the same as a heartbeat answering 'locked', naming the new holder. */
  async lostBySave(): Promise<void> {
    if (this.closed || this.state.kind === 'lost' || this.state.kind === 'locked') return;
    this.stopBeat();
    const envelope = await this.options.calls.locks();
    const holder = envelope.ok ? envelope.value.find((l) => l.storyId === this.options.storyId) : undefined;
    this.markLost(holder);
  }

  private markLost(lock?: LockInfo): void {
    this.stopBeat();
    const known = lock ?? ('lock' in this.state ? this.state.lock : undefined);
    if (known) this.set({ kind: 'lost', lock: known });
    else this.set({ kind: 'error', message: '' });
  }

  /** Newsroom mode: the feed reported a lease change on this story; ask now instead of at the next beat. */
  checkNow(): void {
    if (this.closed) return;
    if (this.state.kind === 'held') void this.heartbeat();
    else if (this.state.kind === 'locked' || this.state.kind === 'free') void this.checkHolder();
  }

  /** Stops the heartbeat and releases the lock if held (best effort: an unanswered unlock expires by itself). */
  release(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopBeat();
    if (this.state.kind === 'held') void this.options.calls.unlock(this.ref()).catch(() => undefined);
  }

  private beat(): void {
    this.stopBeat();
    if (this.closed) return;
    this.timer = setInterval(() => void this.heartbeat(), this.options.heartbeatMs ?? LOCK_HEARTBEAT_MS);
  }

  /** While read-only, looks (without taking anything) whether the holder changed or left. */
  private watch(): void {
    this.stopBeat();
    if (this.closed) return;
    this.timer = setInterval(() => void this.checkHolder(), this.options.heartbeatMs ?? LOCK_HEARTBEAT_MS);
  }

  private async checkHolder(): Promise<void> {
    const envelope = await this.options.calls.locks();
    if (this.closed || !envelope.ok || (this.state.kind !== 'locked' && this.state.kind !== 'free')) return;
    const live = envelope.value.find((l) => l.storyId === this.options.storyId);
    if (live && live.clientId !== this.options.clientId) {
      if (this.state.kind === 'free' || live.clientId !== this.state.lock.clientId) this.set({ kind: 'locked', lock: live });
    } else if (!live && this.state.kind === 'locked') this.set({ kind: 'free', lock: this.state.lock });
  }

  private async heartbeat(): Promise<void> {
    const envelope = await this.options.calls.lock(this.ref());
    if (this.closed || this.state.kind !== 'held') return;
    // A lost beat is harmless (three fit in one TTL); the next one tries again.
    if (!envelope.ok) return;
    if (envelope.value.kind === 'held') this.set({ kind: 'held', lock: envelope.value.lock });
    else this.markLost(envelope.value.lock);
  }

  private stopBeat(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private set(state: LockState): LockState {
    this.state = state;
    if (!this.closed) this.options.onState(state);
    return state;
  }

  private ref() {
    return { id: this.options.storyId, clientId: this.options.clientId };
  }
}

/** One id per editing session (page load): two windows on the same desk are two clients. */
export function newClientId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `client-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

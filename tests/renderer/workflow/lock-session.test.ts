import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../shared/api/contract';
import type { LockInfo, LockResult } from '../../../shared/model';
import { LockSession, type LockCalls, type LockState } from '../../../renderer/workflow/lock-session';
import { fakeError } from '../../error-text';

const lock = (clientId: string, holder: string): LockInfo => ({
  storyId: 's1',
  clientId,
  holder,
  role: 'editor',
  since: '2026-11-25T07:00:00.000Z',
  heartbeatAt: '2026-11-25T07:00:00.000Z',
  expiresAt: '2026-11-25T07:00:30.000Z',
});
const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });

describe('LockSession', () => {
  let states: LockState[];
  let lockAnswers: LockResult[];
  let calls: LockCalls & { log: string[] };

  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
    lockAnswers = [];
    const log: string[] = [];
    calls = {
      log,
      lock: async () => {
        log.push('lock');
        return ok(lockAnswers.shift() ?? { kind: 'held', lock: lock('me', '王编辑') });
      },
      unlock: async () => {
        log.push('unlock');
        return ok({ released: true });
      },
      takeOver: async () => {
        log.push('takeOver');
        return ok({ lock: lock('me', '李编辑'), previous: lock('other', '王编辑') });
      },
      locks: async () => {
        log.push('locks');
        return ok([lock('other', '赵编辑')]);
      },
    };
  });
  afterEach(() => vi.useRealTimers());

  const session = () => new LockSession({ storyId: 's1', clientId: 'me', calls, onState: (s) => states.push(s), heartbeatMs: 10_000 });

  it('holds the lock and heartbeats while open, then releases it', async () => {
    const s = session();
    expect((await s.start()).kind).toBe('held');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls.log).toEqual(['lock', 'lock', 'lock', 'lock']);
    s.release();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls.log).toEqual(['lock', 'lock', 'lock', 'lock', 'unlock']);
  });

  it('opens read-only when someone else holds the story, without heartbeating', async () => {
    lockAnswers.push({ kind: 'locked', lock: lock('other', '王编辑') });
    const s = session();
    const state = await s.start();
    expect(state).toMatchObject({ kind: 'locked', lock: { holder: '王编辑' } });
    await vi.advanceTimersByTimeAsync(30_000);
    // It only looks who holds the story (stories.locks); it never takes or refreshes the lock.
    expect(calls.log.filter((c) => c !== 'locks')).toEqual(['lock']);
    s.release();
    expect(calls.log).not.toContain('unlock'); // nothing to release: it never held the lock
  });

  it('takes over on request and heartbeats from then on', async () => {
    lockAnswers.push({ kind: 'locked', lock: lock('other', '王编辑') });
    const s = session();
    await s.start();
    expect((await s.takeOver()).kind).toBe('held');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls.log).toEqual(['lock', 'takeOver', 'lock']);
  });

  it('reports a takeover heard in a heartbeat as lost, naming the new holder, and stops beating', async () => {
    const s = session();
    await s.start();
    lockAnswers.push({ kind: 'locked', lock: lock('other', '李编辑') });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(states.at(-1)).toMatchObject({ kind: 'lost', lock: { holder: '李编辑' } });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls.log).toEqual(['lock', 'lock']);
  });

  it('a save refused as locked asks who holds the story now', async () => {
    const s = session();
    await s.start();
    await s.lostBySave();
    expect(states.at(-1)).toMatchObject({ kind: 'lost', lock: { holder: '赵编辑' } });
    expect(calls.log).toEqual(['lock', 'locks']);
  });

  it('keeps beating after a failed heartbeat (one lost beat is harmless)', async () => {
    const s = session();
    await s.start();
    calls.lock = async () => {
      calls.log.push('lock');
      return { ok: false, error: fakeError('storage', 'offline') };
    };
    await vi.advanceTimersByTimeAsync(20_000);
    expect(states.at(-1)?.kind).toBe('held');
    expect(calls.log).toEqual(['lock', 'lock', 'lock']);
    s.release();
  });

  it('is silent once released', async () => {
    const s = session();
    await s.start();
    const before = states.length;
    s.release();
    await s.takeOver().catch(() => undefined);
    expect(states.length).toBe(before);
  });
});

describe('LockSession while read-only', () => {
  afterEach(() => vi.useRealTimers());

  it('notices when the holder leaves or changes, without taking the lock', async () => {
    vi.useFakeTimers();
    const states: LockState[] = [];
    let live: LockInfo[] = [lock('other', '王编辑')];
    const log: string[] = [];
    const calls: LockCalls = {
      lock: async () => (log.push('lock'), ok({ kind: 'locked', lock: lock('other', '王编辑') })),
      unlock: async () => (log.push('unlock'), ok({ released: true })),
      takeOver: async () => (log.push('takeOver'), ok({ lock: lock('me', '我'), previous: null })),
      locks: async () => (log.push('locks'), ok(live)),
    };
    const s = new LockSession({ storyId: 's1', clientId: 'me', calls, onState: (x) => states.push(x), heartbeatMs: 10_000 });
    await s.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(states.map((x) => x.kind)).toEqual(['locked']);
    live = [lock('third', '赵编辑')];
    await vi.advanceTimersByTimeAsync(10_000);
    expect(states.at(-1)).toMatchObject({ kind: 'locked', lock: { holder: '赵编辑' } });
    live = [];
    await vi.advanceTimersByTimeAsync(10_000);
    expect(states.at(-1)?.kind).toBe('free');
    expect(log).not.toContain('takeOver');
    expect((await s.takeOver()).kind).toBe('held');
    s.release();
  });
});

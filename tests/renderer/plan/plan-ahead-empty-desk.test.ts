/**
 * An empty desk starts no thumbnail worker (renderer/plan/plan-ahead.ts prepareNewest): once the desk has settled,
 * issues.list is asked for the newest issue to compose ahead; with none, the worker is not started (its warm-up
 * would take a core for nothing) and nothing else is read.
 */
import { describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const started = vi.hoisted(() => vi.fn(() => null));

vi.mock('../../../renderer/api/client', () => ({
  invoke: async (method: string) => {
    calls.push(method);
    if (method === 'issues.list') return { ok: true, value: [] };
    return { ok: false, error: { code: 'internal', text: { key: 'x', params: {} }, message: method } };
  },
  onAnswered: () => () => undefined,
}));
vi.mock('../../../renderer/plan/thumbs-composer', async (original) => ({
  ...(await original<typeof import('../../../renderer/plan/thumbs-composer')>()),
  startThumbsComposer: started,
  thumbsComposer: () => null,
}));

describe('plan-ahead on an empty desk', () => {
  it('asks for the newest issue once the desk has settled and, with none, starts no thumbnail worker', async () => {
    const ahead = await import('../../../renderer/plan/plan-ahead');
    ahead.startPlanAhead();
    await vi.waitFor(() => expect(calls).toContain('issues.list'), { timeout: 15_000 });
    // The answer's continuation runs in microtasks: all of them have run before the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).not.toHaveBeenCalled();
    expect(calls).toEqual(['issues.list']);
    expect(ahead.issueInWork()).toBeNull();
  });
});

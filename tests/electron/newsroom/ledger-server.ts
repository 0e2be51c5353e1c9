/**
 * Test helper for the sender's own rules (the real server is exercised in the newsroom integration tests): an
 * in-process ledger that answers like the protocol says — idempotency keys return the stored answer, a save on a
 * stale base becomes a conflict revision, created things get the server's own ids — and records every mutation
 * it applied, so a test can check no loss, no duplicate, order kept.
 */
import { randomUUID } from 'node:crypto';
import type { CallOutcome } from '../../../electron/newsroom/server-client';

export interface Applied {
  key: string;
  method: string;
  params: Record<string, unknown>;
}

export class LedgerServer {
  readonly answers = new Map<string, CallOutcome>();
  readonly applied: Applied[] = [];
  readonly revisions = new Map<string, number>();
  readonly conflicts: Array<{ key: string; storyId: string }> = [];
  readonly forbidden = new Set<string>();

  handle(method: string, params: Record<string, unknown>, key: string): CallOutcome {
    const stored = this.answers.get(key);
    if (stored) return stored;
    const answer = this.apply(method, params, key);
    this.answers.set(key, answer);
    return answer;
  }

  private ok(value: unknown): CallOutcome {
    return { kind: 'answer', status: 200, envelope: { ok: true, value } };
  }

  private apply(method: string, params: Record<string, unknown>, key: string): CallOutcome {
    if (this.forbidden.has(method)) {
      return { kind: 'answer', status: 403, envelope: { ok: false, error: { code: 'forbidden', message: `no ${method}` } } };
    }
    this.applied.push({ key, method, params });
    if (method === 'stories.create') {
      const id = randomUUID();
      this.revisions.set(id, 1);
      return this.ok({ id, revision: 1 });
    }
    if (method === 'stories.save') {
      const id = String(params.id);
      const current = this.revisions.get(id);
      if (current === undefined) return { kind: 'answer', status: 404, envelope: { ok: false, error: { code: 'not-found', message: id } } };
      const next = current + 1;
      if (params.baseRevision !== current) {
        // Stored beside the current one, which stays current.
        this.conflicts.push({ key, storyId: id });
        return this.ok({ story: { id, revision: current }, revision: null, conflict: { revision: next, baseRevision: params.baseRevision ?? null, currentRevision: current } });
      }
      this.revisions.set(id, next);
      return this.ok({ story: { id, revision: next }, revision: { number: next } });
    }
    if (method === 'marks.add') return this.ok({ id: randomUUID(), storyId: params.storyId });
    return this.ok({});
  }
}

/**
 * The checks off the main thread (renderer/editor/checks/check-runner.ts): a reply is drawn only when it answers
 * the latest request and the value is still the one sent; older replies and replies for an edited value resolve
 * null; a worker that fails to load, or fails a check, leaves the checks running inline with the same findings.
 */
import { describe, expect, it } from 'vitest';
import type { Descendant } from 'slate';
import { checkStory } from '../../../../shared/proof';
import { BlockCheckCache, checkValue } from '../../../../renderer/editor/checks/check-ranges';
import type { CheckReply, CheckRequest } from '../../../../renderer/editor/checks/check-protocol';
import { CheckRunner, replyApplies, type CheckWorkerLike } from '../../../../renderer/editor/checks/check-runner';

const para = (text: string): Descendant => ({ type: 'paragraph', children: [{ text }] });

/** A worker that holds requests until the test answers them (in any order), checking as the real one does. */
class FakeWorker implements CheckWorkerLike {
  requests: CheckRequest[] = [];
  terminated = false;
  private onMessage: (event: { data: CheckReply }) => void = () => {};
  private onError: () => void = () => {};
  postMessage(request: CheckRequest): void {
    this.requests.push(structuredClone(request));
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.onMessage = listener;
    else this.onError = listener;
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(seq: number): void {
    const request = this.requests.find((r) => r.seq === seq)!;
    this.onMessage({ data: { seq, findings: checkStory({ blocks: request.blocks }, request.options ?? {}) } });
  }
  fail(seq: number): void {
    this.onMessage({ data: { seq, error: 'boom' } });
  }
  crash(): void {
    this.onError();
  }
}

describe('replyApplies', () => {
  it('takes only the latest reply for the value as it still is', () => {
    const value = [para('今天,我们')];
    expect(replyApplies(3, 3, value, value)).toBe(true);
    expect(replyApplies(2, 3, value, value)).toBe(false);
    expect(replyApplies(3, 3, value, [para('今天,我们')])).toBe(false); // an edit makes a new value object
  });
});

describe('CheckRunner', () => {
  it('draws the worker\'s findings located like the inline checks', async () => {
    const worker = new FakeWorker();
    const value = [para('今天,我们很震憾。'), para('')];
    const runner = new CheckRunner(worker, () => value);
    const found = runner.check(value);
    worker.answer(1);
    expect(await found).toEqual(checkValue(value, {}, new BlockCheckCache()));
    expect((await found)!.length).toBeGreaterThan(0);
  });

  it('drops a reply overtaken by a later check, and one for a value edited since', async () => {
    const worker = new FakeWorker();
    let now = [para('今天,我们')];
    const runner = new CheckRunner(worker, () => now);
    const first = runner.check(now);
    now = [para('今天,我们很震憾。')];
    const second = runner.check(now);
    expect(await first).toBeNull(); // superseded at once: the worker's late answer is ignored
    worker.answer(1);
    now = [para('今天,我们很震憾。再改')]; // typed again before the answer came
    worker.answer(2);
    expect(await second).toBeNull();
    const third = runner.check(now);
    worker.answer(3);
    expect((await third)?.length).toBeGreaterThan(0);
  });

  it('sends the options once per change, and the checks use them', async () => {
    const worker = new FakeWorker();
    const value = [para('因特网很方便。')];
    const runner = new CheckRunner(worker, () => value);
    runner.setOptions({ terms: { rules: [{ wrong: '因特网', right: '互联网' }], banned: [] } });
    const a = runner.check(value);
    worker.answer(1);
    expect((await a)?.map((f) => f.finding.suggestion)).toContain('互联网');
    void runner.check(value);
    expect(worker.requests.map((r) => r.options !== undefined)).toEqual([true, false]);
  });

  it('checks inline when the worker cannot load or fails a check', async () => {
    const value = [para('今天,我们很震憾。')];
    const expected = checkValue(value, {}, new BlockCheckCache());
    const failing = new FakeWorker();
    const runner = new CheckRunner(failing, () => value);
    const failed = runner.check(value);
    failing.fail(1);
    expect(await failed).toEqual(expected);
    const crashing = new FakeWorker();
    const runner2 = new CheckRunner(crashing, () => value);
    const waiting = runner2.check(value);
    crashing.crash();
    expect(await waiting).toEqual(expected);
    expect(crashing.terminated).toBe(true);
    expect(runner2.inWorker).toBe(false);
    expect(await runner2.check(value)).toEqual(expected);
    expect(await new CheckRunner(null, () => value).check(value)).toEqual(expected);
  });
});

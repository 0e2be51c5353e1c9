// A desk that closes (or reconnects) while a change is being applied: the change that was in flight records
// nothing — no lastSeq saved into a closed database, no "not applied" log — and the feed does not spin
// re-reading the same page of changes. A real HTTP change endpoint; the applier is held open by the test.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Feed } from '../../../electron/newsroom/feed';
import type { Applier, Change } from '../../../electron/newsroom/applier';

const CHANGE: Change = { seq: 1, entity: 'story', id: 's1', op: 'save' };

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
  vi.restoreAllMocks();
});

/** A change endpoint serving one change after `since=0`, counting its requests. */
async function changeEndpoint(): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  server = createServer((req, res) => {
    requests += 1;
    const since = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('since') ?? 0);
    const changes = since < 1 ? [CHANGE] : [];
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ok: true, value: { changes, last: 1 } }));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, requests: () => requests };
}

/** An applier whose apply waits until the test lets it fail as a closed database does. */
function heldApplier() {
  let fail: (error: Error) => void = () => undefined;
  let started: () => void = () => undefined;
  const applying = new Promise<void>((resolve) => (started = resolve));
  const applier = {
    apply: () => {
      started();
      return new Promise<never>((_, reject) => (fail = reject));
    },
  } as unknown as Applier;
  return { applier, applying, failAsClosedDb: () => fail(new TypeError('The database connection is not open')) };
}

describe('the change feed stopped while a change is applied', () => {
  it('records nothing for the change in flight and stops reading', async () => {
    const endpoint = await changeEndpoint();
    const held = heldApplier();
    const saveLastSeq = vi.fn();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const feed = new Feed({
      server: () => ({ url: endpoint.url, token: 't' }),
      applier: held.applier,
      lastSeq: () => 0,
      saveLastSeq,
      onApplied: () => undefined,
      onState: () => undefined,
      onUnauthorized: () => undefined,
      pollMs: 60_000,
    });
    feed.start();
    await held.applying;
    feed.stop();
    held.failAsClosedDb();
    const requestsAtStop = endpoint.requests();
    // The rejection settles within a few turns of the event loop; a spinning catch-up would ask again meanwhile.
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(saveLastSeq).not.toHaveBeenCalled();
    expect(logged).not.toHaveBeenCalled();
    expect(endpoint.requests()).toBe(requestsAtStop);
  });
});

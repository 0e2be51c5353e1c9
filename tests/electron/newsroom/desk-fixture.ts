/** Test helper: a desk (real SQLite in a temp folder) put in newsroom mode against a given server URL. */
import { createServices, type Services } from '../../../electron/services';
import { openDesk, setProfile, type Desk } from '../../../electron/store';
import { writeNewsroomSettings } from '../../../electron/newsroom/settings';
import type { NewsroomOptions } from '../../../electron/newsroom/newsroom';
import { tempDir } from '../store/helpers';
import { callChecked } from '../services/call-checked';

export interface TestDesk {
  desk: Desk;
  services: Services;
  dir: string;
  close(): void;
}

/** Fast, bounded retries so tests wait for conditions, not for production backoff. */
export const TEST_NEWSROOM_OPTIONS: NewsroomOptions = { backoff: { baseMs: 20, maxMs: 200 }, pollMs: 100, requestTimeoutMs: 2_000 };

export function openTestDesk(server: { url: string; token: string } | null, options = TEST_NEWSROOM_OPTIONS): TestDesk {
  const { dir, cleanup } = tempDir('folio-newsroom-desk-');
  const desk = openDesk(dir);
  setProfile(desk.db, { name: '编辑甲', role: 'editor' });
  if (server !== null) {
    writeNewsroomSettings(desk.db, { ...server, name: '编辑甲', user: { name: '编辑甲', role: 'editor' }, lastSeq: 0 });
  }
  const services = createServices(desk, '0.0.0-test', {}, options);
  return {
    desk,
    services,
    dir,
    close() {
      services.close();
      cleanup();
    },
  };
}

/** Wait for a condition (never a fixed sleep); fails with `what` after timeoutMs. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A fresh desk connected to the newsroom at `url` (the server, or a TCP proxy in front of it) as `name`, online.
 * It is added to `keep` before connecting, so the test's cleanup closes it even when connecting fails.
 */
export async function connectTestDesk(url: string, name: string, password: string, keep: TestDesk[]): Promise<TestDesk> {
  const d = openTestDesk(null);
  keep.push(d);
  await callChecked(d.services, 'newsroom.connect', { url, name, password });
  await waitFor(`${name} online`, async () => (await callChecked(d.services, 'newsroom.status', {})).state === 'online');
  return d;
}

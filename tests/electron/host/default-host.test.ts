// The host as `npm start` runs it: port 4780, another free port when that is taken, FOLIO_PORT exactly.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, startDefaultHost } from '../../../electron/host/default-host';

let dataDir: string;
let blocker: Server | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'folio-default-host-'));
  // Hold the default port (unless something else already does), so the fallback is always exercised.
  blocker = await new Promise<Server | undefined>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(DEFAULT_PORT, '127.0.0.1', () => resolve(server));
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('startDefaultHost', () => {
  it('falls back to a free port when 4780 is taken', async () => {
    const host = await startDefaultHost({ dataDir });
    try {
      expect(host.port).not.toBe(DEFAULT_PORT);
      expect(host.dataDir).toBe(dataDir);
      const info = await (await fetch(new URL('api/app.info', host.url), { method: 'POST', body: '{}' })).json();
      expect(info).toMatchObject({ ok: true, value: { dataDir } });
    } finally {
      await host.close();
    }
  });

  it('says so when the FOLIO_PORT port is taken', async () => {
    await expect(startDefaultHost({ dataDir, port: String(DEFAULT_PORT) })).rejects.toThrow(
      /port 4780 \(FOLIO_PORT\) is already in use/,
    );
  });

  it('refuses a FOLIO_PORT that is not a port', async () => {
    await expect(startDefaultHost({ dataDir, port: 'eighty' })).rejects.toThrow(/FOLIO_PORT must be a port number/);
  });
});

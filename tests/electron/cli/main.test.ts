import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, runCli, type CliIo } from '../../../electron/cli/main';
import { demoStories } from '../../../shared/seed/demo';
import { tempDir } from '../store/helpers';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

interface BufferedIo extends CliIo {
  out: () => string;
  err: () => string;
  /** Resolves once stdout contains `pattern`. */
  waitForOut(pattern: RegExp): Promise<RegExpExecArray>;
}

function bufferedIo(): BufferedIo {
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  return {
    stdout: {
      write(text: string) {
        out += text;
        for (const wake of waiters.splice(0)) wake();
      },
    },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
    waitForOut(pattern) {
      return new Promise((resolve) => {
        const check = () => {
          const match = pattern.exec(out);
          if (match) resolve(match);
          else waiters.push(check);
        };
        check();
      });
    },
  };
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('folio-cli-')));
afterEach(() => cleanup());

describe('folio command line', () => {
  it('prints usage and exits 2 without a command or with an unknown one', async () => {
    for (const argv of [[], ['frobnicate']]) {
      const io = bufferedIo();
      expect(await runCli(argv, io)).toBe(EXIT_USAGE);
      expect(io.err()).toMatch(/Usage: folio <command>/);
      expect(io.err()).toMatch(/serve|demo|compose/);
    }
  });

  it('prints usage on help and exits 0', async () => {
    const io = bufferedIo();
    expect(await runCli(['help'], io)).toBe(EXIT_OK);
    expect(io.out()).toMatch(/Usage: folio <command>/);
  });

  it('exits 2 on a bad option, naming it', async () => {
    const io = bufferedIo();
    expect(await runCli(['demo', '--data', dir, '--colour'], io)).toBe(EXIT_USAGE);
    expect(io.err()).toMatch(/--colour/);
    const port = bufferedIo();
    expect(await runCli(['serve', '--port', 'eighty', '--data', dir], port)).toBe(EXIT_USAGE);
    expect(port.err()).toMatch(/--port/);
  });

  it('demo creates the demo issue (stories + page 1) and prints its id, the same one on a second run', async () => {
    const io = bufferedIo();
    expect(await runCli(['demo', '--data', dir], io)).toBe(EXIT_OK);
    const printed = JSON.parse(io.out()) as { issue: string; pages: number[] };
    expect(Object.keys(printed)).toEqual(['issue', 'pages']);
    expect(printed.issue).toMatch(/\S/);
    expect(printed.pages).toEqual([1]);

    const again = bufferedIo();
    expect(await runCli(['demo', '--data', dir], again)).toBe(EXIT_OK);
    expect(JSON.parse(again.out())).toEqual(printed);

    // The stories are there too, one of each sample story.
    const { openServices } = await import('../../../electron/services');
    const services = openServices({ dataDir: dir });
    try {
      const reply = await services.dispatch('stories.list', {});
      expect(reply.ok && (reply.value as Array<{ title: string }>).map((s) => s.title).sort()).toEqual(demoStories().map((d) => d.title).sort());
    } finally {
      services.close();
    }
  });

  it('serve prints the URL, answers the API and stops cleanly', async () => {
    const io = bufferedIo();
    const stop = new AbortController();
    const exit = runCli(['serve', '--port', '0', '--data', dir], io, stop.signal);
    const [url] = await io.waitForOut(/http:\/\/127\.0\.0\.1:\d+\/k\/[A-Za-z0-9_-]+\//);
    const reply = await fetch(`${url}api/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await reply.json()).toMatchObject({ ok: true, value: { dataDir: dir, empty: true } });
    stop.abort();
    expect(await exit).toBe(EXIT_OK);
  });

  it('routes compose to its own module (never a usage error from the router)', async () => {
    const io = bufferedIo();
    const code = await runCli(['compose', '--help'], io);
    expect(io.err()).not.toMatch(/unknown command/);
    expect(typeof code).toBe('number');
  });

  it('exits with status 2 as a real process on bad usage (the bundled command, as npm run -s folio runs it)', () => {
    const result = spawnSync(process.execPath, ['build/scripts/folio.mjs', 'nonsense'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown command "nonsense"/);
  });

  it('runs from the bundle, not through a TypeScript transpiler', () => {
    const result = spawnSync(process.execPath, ['build/scripts/folio.mjs', 'help'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('folio — Folio editorial workstation');
    const bundle = readFileSync(join(REPO_ROOT, 'dist/electron/folio.cjs'), 'utf8');
    expect(bundle).toContain('// electron/cli/main.ts');
    expect(bundle).not.toContain('import.meta');
  });
});

/**
 * Ghostscript as an external tool (AGPL: spawned, never linked). Found on PATH (or FOLIO_GS); a missing binary
 * is one clear line naming the Debian package. Every run takes an AbortSignal so a cancelled export kills it.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Thrown when Ghostscript is not installed, or fails on a page. */
export class GhostscriptError extends Error {
  override name = 'GhostscriptError';
}

export const GS_MISSING_MESSAGE =
  '找不到 Ghostscript（gs），无法分色出版。请安装 Debian 软件包 ghostscript（apt-get install ghostscript）。' +
  '(Ghostscript "gs" not found on PATH: install the Debian package \'ghostscript\'.)';

/** Absolute path of gs: $FOLIO_GS if set, else the first executable `gs` on PATH; null when there is none. */
export function findGhostscript(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.FOLIO_GS ? [env.FOLIO_GS] : (env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'gs'));
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here; try the next PATH entry
    }
  }
  return null;
}

export function requireGhostscript(env: NodeJS.ProcessEnv = process.env): string {
  const gs = findGhostscript(env);
  if (!gs) throw new GhostscriptError(GS_MISSING_MESSAGE);
  return gs;
}

/** Run gs with `args` (batch, no pause, safer are added); resolves when it exits 0, rejects with its stderr. */
export function runGhostscript(args: readonly string[], options: { signal?: AbortSignal; gsPath?: string } = {}): Promise<void> {
  const gs = options.gsPath ?? requireGhostscript();
  return new Promise((resolve, reject) => {
    execFile(
      gs,
      ['-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', ...args],
      { signal: options.signal, maxBuffer: 4 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        if (error.name === 'AbortError') return reject(error);
        const detail = (stderr || error.message).trim().split('\n').slice(0, 3).join(' ');
        reject(new GhostscriptError(`Ghostscript 分色失败：${detail}`));
      },
    );
  });
}

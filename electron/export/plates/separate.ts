/**
 * Separations of one page PDF with Ghostscript: tiffsep (8-bit contone, for checking and the ink limit) or
 * tiffsep1 (1-bit halftoned plates at the plant's resolution). Output goes to a scratch folder; delivery moves
 * the files into place under their final names.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GS_SEPARATION_NAMES, INKS, type Ink } from './plate-names';
import { GhostscriptError, runGhostscript } from './ghostscript';

export interface SeparateOptions {
  dpi: number;
  /** 1: halftoned plates (tiffsep1); 8: contone separations (tiffsep). */
  bits: 1 | 8;
  /** Render only the BleedBox (what the ink check measures); default: the whole MediaBox, marks included. */
  bleedBoxOnly?: boolean;
  /** Ghostscript band-rendering threads (default 1: the export worker already runs beside the app). */
  renderingThreads?: number;
  signal?: AbortSignal;
  gsPath?: string;
}

export interface Separations {
  /** The scratch folder holding the files; remove it with `dispose()`. */
  dir: string;
  files: Record<Ink, string>;
  dispose(): Promise<void>;
}

export const MIN_DPI = 36;
export const MAX_DPI = 4000;

/** Separate page 1 of `pdf` (bytes) into C, M, Y, K TIFFs. */
export async function separatePdf(pdf: Uint8Array, options: SeparateOptions): Promise<Separations> {
  if (!Number.isFinite(options.dpi) || options.dpi < MIN_DPI || options.dpi > MAX_DPI) {
    throw new GhostscriptError(`分辨率 ${options.dpi} dpi 不在 ${MIN_DPI}–${MAX_DPI} 之间`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'folio-sep-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const input = join(dir, 'page.pdf');
    await writeFile(input, pdf);
    const device = options.bits === 1 ? 'tiffsep1' : 'tiffsep';
    await runGhostscript(
      [
        `-sDEVICE=${device}`,
        `-r${Math.round(options.dpi)}`,
        // A larger band buffer renders a 1200-dpi broadsheet in fewer bands (about 25% faster, ~140 MB peak).
        ...(options.bits === 8 ? ['-sCompression=lzw'] : ['-sCompression=g4', '-dBufferSpace=100000000']),
        ...(options.bleedBoxOnly ? ['-dUseBleedBox'] : []),
        ...(options.renderingThreads && options.renderingThreads > 1 ? [`-dNumRenderingThreads=${options.renderingThreads}`] : []),
        '-dFirstPage=1',
        '-dLastPage=1',
        `-sOutputFile=${join(dir, 'sep.tif')}`,
        input,
      ],
      { signal: options.signal, gsPath: options.gsPath },
    );
    const names = new Set(await readdir(dir));
    const files = {} as Record<Ink, string>;
    for (const ink of INKS) {
      const name = `sep(${GS_SEPARATION_NAMES[ink]}).tif`;
      if (!names.has(name)) throw new GhostscriptError(`Ghostscript 没有输出 ${GS_SEPARATION_NAMES[ink]} 色版`);
      files[ink] = join(dir, name);
    }
    return { dir, files, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

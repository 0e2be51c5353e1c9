/**
 * Separations of one page PDF with Ghostscript: tiffsep (8-bit contone, for checking and the ink limit) or
 * tiffsep1 (1-bit halftoned plates at the plant's resolution). Output goes to a scratch folder; delivery moves
 * the files into place under their final names.
 *
 * 1-bit plates of the whole page are rendered, when cores are free, in horizontal bands by parallel gs processes
 * (one per core, up to 4), each on a page the band's height with the page shifted up by PageOffset, and the bands' G4 strips are
 * joined into one TIFF per ink (tiff-strips.ts): byte for byte the plate one gs process writes (tested), in
 * about half the wall time on two free cores. When the display list shows that overprint cannot change the plates
 * (overprint.ts), gs skips simulating it: the same plates for ~40 % less CPU. See docs/benchmarks.md "Plates and
 * ink check" and "Plates without overprint simulation".
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GS_SEPARATION_NAMES, INKS, type Ink } from './plate-names';
import { GhostscriptError, runGhostscript } from './ghostscript';
import { joinStripTiffs } from './tiff-strips';

export interface SeparateOptions {
  dpi: number;
  /** 1: halftoned plates (tiffsep1); 8: contone separations (tiffsep). */
  bits: 1 | 8;
  /** Render only the BleedBox (what the ink check measures); default: the whole MediaBox, marks included. */
  bleedBoxOnly?: boolean;
  /**
   * Overprint cannot change these plates (overprint.ts `overprintIsInert`, from the display list): gs skips
   * simulating it (`-dOverprint=/disable`), the same plates for ~40 % less CPU on a text page.
   */
  overprintInert?: boolean;
  /** Ghostscript band-rendering threads (default 1: the export worker already runs beside the app). */
  renderingThreads?: number;
  /**
   * 1-bit plates of the whole page: parallel gs processes, each rendering one horizontal band (default
   * defaultPlateBands(): one per core, at most 4, when cores are free; 1 = one process). Ignored for 8-bit and
   * BleedBox renders.
   */
  bands?: number;
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

/**
 * Band edges fall on multiples of this many rows, and so do the plates' TIFF strips: whole halftone cells, so each
 * band's screen lines up with the whole page's and the output is identical.
 */
export const BAND_STEP_ROWS = 192;

/**
 * gs's MaxStripSize for 1-bit strips of BAND_STEP_ROWS rows on a plate `widthPx` wide (gs divides it by the
 * row's bytes). gs's default, 8 KB, makes 3-row strips at 1200 dpi: 8,819 strips a plate, four system calls
 * each, and G4 restarting from a white line every 3 rows (twice the bytes). Same pixels either way.
 */
export function plateMaxStripSize(widthPx: number): number {
  return BAND_STEP_ROWS * Math.ceil(widthPx / 8);
}

/** gs sizes the page as round(pt × dpi / 72) pixels. */
function pagePx(pt: number, dpi: number): number {
  return Math.floor((pt * Math.round(dpi)) / 72 + 0.5);
}

/**
 * Bands only when there are free cores (1-minute load average below the core count): the bands cost 30–50% more
 * CPU in all (each interprets the whole page), and under contention Linux gives a session's processes one share
 * together (autogroup), so on a busy machine they are slower than one process (docs/benchmarks.md).
 */
export function defaultPlateBands(cores: number = availableParallelism(), loadAverage: number = loadavg()[0]): number {
  if (loadAverage >= cores) return 1;
  return Math.max(1, Math.min(4, cores));
}

/** The MediaBox of a one-page PDF written by Folio's writer, in pt; null when it is not plainly there. */
export function plainMediaBox(pdf: Uint8Array): { widthPt: number; heightPt: number } | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const boxes = new Set([...text.matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)].map((m) => m.slice(1).join(' ')));
  if (boxes.size !== 1 || /\/Type\s*\/ObjStm/.test(text)) return null;
  const [x0, y0, x1, y1] = [...boxes][0].split(' ').map(Number);
  if (x0 !== 0 || y0 !== 0 || !(x1 > 0) || !(y1 > 0)) return null;
  return { widthPt: x1, heightPt: y1 };
}

/** Row ranges of `n` bands of a page `heightPx` tall, edges on multiples of `stepRows`. */
export function bandRows(heightPx: number, n: number, stepRows: number): { topPx: number; heightPx: number }[] {
  const edges = [0];
  for (let i = 1; i < n; i++) {
    const edge = Math.round((heightPx * i) / n / stepRows) * stepRows;
    if (edge > edges[edges.length - 1] && edge < heightPx) edges.push(edge);
  }
  edges.push(heightPx);
  return edges.slice(1).map((end, i) => ({ topPx: edges[i], heightPx: end - edges[i] }));
}

/** gs's arguments; `widthPx` known (1-bit plates of a plain page): strips of BAND_STEP_ROWS rows. */
function deviceArgs(options: SeparateOptions, widthPx: number | null): string[] {
  const device = options.bits === 1 ? 'tiffsep1' : 'tiffsep';
  return [
    `-sDEVICE=${device}`,
    `-r${Math.round(options.dpi)}`,
    // Simulating overprint, a larger band buffer renders a 1200-dpi broadsheet in fewer bands (about 25% faster,
    // ~140 MB peak); without it gs's default buffer is a little faster (~7 %, 45 MB).
    ...(options.bits === 8 ? ['-sCompression=lzw'] : ['-sCompression=g4', ...(options.overprintInert ? [] : ['-dBufferSpace=100000000'])]),
    ...(options.bleedBoxOnly ? ['-dUseBleedBox'] : []),
    ...(options.overprintInert ? ['-dOverprint=/disable'] : []),
    ...(options.bits === 1 && widthPx !== null ? [`-dMaxStripSize=${plateMaxStripSize(widthPx)}`] : []),
    ...(options.renderingThreads && options.renderingThreads > 1 ? [`-dNumRenderingThreads=${options.renderingThreads}`] : []),
    '-dFirstPage=1',
    '-dLastPage=1',
  ];
}

/** 1-bit plates in parallel bands, joined into dir/sep(Ink).tif; false when the page is too short to split. */
async function separateInBands(input: string, dir: string, media: { widthPt: number; heightPt: number }, n: number, options: SeparateOptions): Promise<boolean> {
  const dpi = Math.round(options.dpi);
  const widthPx = pagePx(media.widthPt, dpi);
  const heightPx = pagePx(media.heightPt, dpi);
  const bands = bandRows(heightPx, n, BAND_STEP_ROWS);
  if (bands.length < 2) return false;
  // One failing band stops the others.
  const abort = new AbortController();
  const onAbort = () => abort.abort();
  if (options.signal?.aborted) abort.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await Promise.all(
      bands.map(async (band, i) => {
        await mkdir(join(dir, `band${i}`));
        // Shift the page up so that its rows topPx… land on the band's page (PageOffset is in pt, y up).
        const offsetPt = ((heightPx - band.topPx - band.heightPx) * 72) / dpi;
        try {
          await runGhostscript(
            [
              ...deviceArgs(options, widthPx),
              `-g${widthPx}x${band.heightPx}`,
              '-dFIXEDMEDIA',
              `-sOutputFile=${join(dir, `band${i}`, 'sep.tif')}`,
              '-c',
              `<< /PageOffset [0 ${offsetPt}] >> setpagedevice`,
              '-f',
              input,
            ],
            { signal: abort.signal, gsPath: options.gsPath },
          );
        } catch (error) {
          abort.abort();
          throw error;
        }
      }),
    );
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  for (const ink of INKS) {
    const name = `sep(${GS_SEPARATION_NAMES[ink]}).tif`;
    const parts = await Promise.all(bands.map((_, i) => readFile(join(dir, `band${i}`, name)).catch(() => null)));
    if (parts.some((p) => p === null)) throw new GhostscriptError(`Ghostscript 没有输出 ${GS_SEPARATION_NAMES[ink]} 色版`);
    await writeFile(join(dir, name), joinStripTiffs(parts as Buffer[]));
  }
  await Promise.all(bands.map((_, i) => rm(join(dir, `band${i}`), { recursive: true, force: true })));
  return true;
}

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
    const wholePlates = options.bits === 1 && !options.bleedBoxOnly;
    const bands = wholePlates ? (options.bands ?? defaultPlateBands()) : 1;
    const media = wholePlates ? plainMediaBox(pdf) : null;
    const inBands = media !== null && bands > 1 && (await separateInBands(input, dir, media, bands, options));
    if (!inBands) {
      const args = [...deviceArgs(options, media ? pagePx(media.widthPt, options.dpi) : null), `-sOutputFile=${join(dir, 'sep.tif')}`, input];
      await runGhostscript(args, { signal: options.signal, gsPath: options.gsPath });
    }
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

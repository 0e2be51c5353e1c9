/**
 * The print plant's tools for the PDF writer's tests: qpdf, poppler (pdffonts, pdfinfo, pdftoppm, pdftotext) and
 * pdfjs-dist (the independent reader for the parity test). A missing tool skips its tests with a loud line —
 * except in CI, where it fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { findGhostscript } from '../../../electron/export/plates/ghostscript';
import { requiredTool } from '../../required-tool';

const present = new Map<string, boolean>();

/** Whether a command-line tool runs here; in CI a missing tool is an error, elsewhere a loud warning. */
/** The Debian package that brings a tool. */
const DEBIAN_PACKAGE: Record<string, string> = { gs: 'ghostscript', qpdf: 'qpdf', pdftoppm: 'poppler-utils', pdfinfo: 'poppler-utils', pdffonts: 'poppler-utils', pdfimages: 'poppler-utils', pdftotext: 'poppler-utils' };

export function hasTool(name: string): boolean {
  if (!present.has(name)) {
    const found = !spawnSync(name, ['-v'], { encoding: 'utf8' }).error;
    present.set(name, requiredTool(name, found, `apt-get install -y ${DEBIAN_PACKAGE[name] ?? name}`));
  }
  return present.get(name) as boolean;
}

/** Ghostscript as export finds it (plates, the ink check); in CI a missing gs fails (requiredTool). */
export function hasGhostscript(): boolean {
  if (!present.has('ghostscript')) present.set('ghostscript', requiredTool('Ghostscript (gs)', findGhostscript() !== null, 'apt-get install -y ghostscript'));
  return present.get('ghostscript') as boolean;
}

export const workDir = mkdtempSync(join(tmpdir(), 'folio-pdf-test-'));
// Registered in the importing test file's root suite: the files go when that file's tests are done.
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Writes the bytes to a temp file; returns its path. */
export function pdfFile(name: string, bytes: Uint8Array): string {
  const path = join(workDir, name);
  writeFileSync(path, bytes);
  return path;
}

export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): ToolRun {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** An environment where fontconfig finds NO fonts: poppler must draw from the embedded fonts or show nothing. */
export function noSystemFontsEnv(): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(workDir, 'nofonts-'));
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><cachedir>${dir}/cache</cachedir></fontconfig>\n`);
  return { ...process.env, FONTCONFIG_FILE: conf, FONTCONFIG_PATH: dir };
}

/** pdfinfo -box → { MediaBox: [x0,y0,x1,y1], … } for page `page`. */
export function pageBoxesOf(path: string, page = 1): Record<string, number[]> {
  const out = run('pdfinfo', ['-box', '-f', String(page), '-l', String(page), path]).stdout;
  const boxes: Record<string, number[]> = {};
  for (const m of out.matchAll(/^(?:Page\s+\d+\s+)?(MediaBox|CropBox|BleedBox|TrimBox|ArtBox):\s+([-\d.\s]+)$/gm)) boxes[m[1]] = m[2].trim().split(/\s+/).map(Number);
  return boxes;
}

/** qpdf --json (v2) objects: "obj:N 0 R" → { value } or { stream: { dict } }. */
export function qpdfObjects(path: string): Record<string, { value?: unknown; stream?: { dict: Record<string, unknown> } }> {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', path]).stdout) as { qpdf: [unknown, Record<string, never>] };
  return json.qpdf[1];
}

/** The decoded bytes of one object's stream, as latin1 text. */
export function streamText(path: string, objectId: number): string {
  const r = spawnSync('qpdf', [`--show-object=${objectId}`, '--filtered-stream-data', path], { maxBuffer: 256 * 1024 * 1024 });
  return Buffer.from(r.stdout).toString('latin1');
}

/** Ids of every page's content stream(s). */
export function contentStreamIds(objects: ReturnType<typeof qpdfObjects>): number[] {
  const ids: number[] = [];
  for (const obj of Object.values(objects)) {
    const dict = (obj.value ?? obj.stream?.dict) as Record<string, unknown> | undefined;
    if (dict && dict['/Type'] === '/Page') {
      const contents = dict['/Contents'];
      for (const ref of Array.isArray(contents) ? contents : [contents]) ids.push(Number(String(ref).split(' ')[0]));
    }
  }
  return ids;
}

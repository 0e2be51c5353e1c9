/**
 * Files dropped onto the page (issue #14): a .docx/.txt becomes a story (import.files, so it is on the desk
 * whatever happens next) set into the empty text frame under the pointer, else into a new module at the drop's
 * column; a picture (assets.import, so it is in the picture library) fills the empty picture frame under the
 * pointer, else becomes a new picture module there, its height from the picture's proportions. Any other type,
 * or a file over the upload limit, is refused with a coded error before a byte is sent. `planFileDrop` is the
 * pure decision; `dropFilesOnPage` carries it out through the services.
 */
import { MAX_UPLOAD_BASE64_CHARS, type Upload } from '../../shared/api/contract-library';
import { errorMessage, type ErrorMessage } from '../../shared/errors';
import type { Asset } from '../../shared/model/asset';
import { LAYOUT_PERMISSIONS, mayLayout } from '../../shared/model/page-roles';
import type { Role } from '../../shared/model/people';
import { gridLineCount, gridSpanChars, type ModuleGeometry, type ModuleView, type PageTemplate } from '../../shared/model';
import { invoke } from '../api/client';
import { bytesToBase64, importKind } from '../common/import-files';
import { dropGeometry } from './page-canvas';
import type { ModuleAdd, ModulePatch } from './layout-history';

/** The most bytes one dropped file may have: what one upload carries (base64 takes 4 characters per 3 bytes). */
export const MAX_DROP_BYTES = Math.floor(MAX_UPLOAD_BASE64_CHARS / 4) * 3;

export type FileDropPlan =
  | { action: 'story'; into: ModuleView | null }
  | { action: 'picture'; into: ModuleView | null }
  | { action: 'refuse'; error: ErrorMessage };

/** The module drawn over a grid cell (the last one listed is on top), or null. */
export function moduleAtCell(modules: readonly ModuleView[], column: number, line: number): ModuleView | null {
  for (let i = modules.length - 1; i >= 0; i--) {
    const m = modules[i];
    if (column >= m.column && column < m.column + m.columnSpan && line >= m.topLine && line < m.topLine + m.heightLines) return m;
  }
  return null;
}

/** What a file dropped at a grid cell becomes: the empty frame of its kind under the pointer is filled, else a new module. */
export function planFileDrop(file: { name: string; size: number }, modules: readonly ModuleView[], column: number, line: number): FileDropPlan {
  const kind = importKind(file.name);
  if (kind === 'unsupported') return { action: 'refuse', error: errorMessage('drop-unsupported-file', { name: file.name }) };
  if (file.size > MAX_DROP_BYTES) return { action: 'refuse', error: errorMessage('drop-file-too-big', { name: file.name, limit: `${Math.floor(MAX_DROP_BYTES / 1_000_000)} MB` }) };
  const under = moduleAtCell(modules, column, line);
  if (kind === 'copy') return { action: 'story', into: under?.kind === 'story' && under.storyId === null ? under : null };
  return { action: 'picture', into: under?.kind === 'image' && !under.picture?.assetId && !under.storyId ? under : null };
}

/**
 * Why this role may drop nothing on the page (a proofreader reads and marks it, LAYOUT_PERMISSIONS), or null when
 * it may. Told at the drop, once for all its files, instead of the drop doing nothing without a word.
 */
export function dropRefusalForRole(role: Role | null): ErrorMessage | null {
  if (role === null || mayLayout(role, 'change-modules')) return null;
  const allowed = LAYOUT_PERMISSIONS['change-modules'].map((r) => errorMessage(`role-${r}`));
  return errorMessage('drop-on-page-forbidden', { role: errorMessage(`role-${role}`), allowed });
}

/** Lines a caption takes under a picture module's image (the services' default band, AddModuleSchema). */
const CAPTION_LINES = 4;

/** A new picture module at the drop: 2 columns, as tall as the picture's proportions ask (plus its caption), on the page. */
export function pictureGeometry(t: PageTemplate, column: number, line: number, aspect: number): ModuleGeometry & { imageHeightLines: number } {
  const columnSpan = Math.min(2, t.grid.columnCount);
  const lines = gridLineCount(t);
  const widthPt = gridSpanChars(t.grid, columnSpan) * t.grid.bodySizePt;
  const imageHeightLines = Math.max(4, Math.min(lines - CAPTION_LINES, Math.round(widthPt / aspect / t.grid.linePitchPt)));
  const heightLines = Math.min(lines, imageHeightLines + CAPTION_LINES);
  return {
    column: Math.max(0, Math.min(column, t.grid.columnCount - columnSpan)),
    columnSpan,
    topLine: Math.max(0, Math.min(line, lines - heightLines)),
    heightLines,
    imageHeightLines,
  };
}

/** The page view's actions a drop uses (renderer/page/use-page-desk). */
export interface FileDropDeps {
  pageId: string;
  template: PageTemplate;
  /** The page's modules now (read again after each placement). */
  modules(): readonly ModuleView[];
  addModule(params: ModuleAdd): Promise<boolean>;
  updateModule(m: ModuleView, patch: ModulePatch): Promise<boolean>;
  /** A refusal or failure, in words; the first one is shown. */
  fail(error: ErrorMessage | string): void;
  /** The desk list changed (a story was imported). */
  onImported(): void;
}

async function upload(file: File): Promise<Upload> {
  return { name: file.name, bytesBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

/**
 * Carries out a drop of `files` at a grid cell, one file after another (the second and later ones go one module
 * width to the right, so they do not land on each other). Returns how many were placed.
 */
export async function dropFilesOnPage(files: readonly File[], column: number, line: number, deps: FileDropDeps): Promise<number> {
  let placed = 0;
  for (const [i, file] of files.entries()) {
    const at = column + i * 2;
    const plan = planFileDrop(file, deps.modules(), at, line);
    if (plan.action === 'refuse') {
      deps.fail(plan.error);
      continue;
    }
    let data: Upload;
    try {
      data = await upload(file);
    } catch {
      deps.fail(errorMessage('drop-unsupported-file', { name: file.name }));
      continue;
    }
    if (plan.action === 'story') {
      const result = await invoke('import.files', { files: [data] });
      if (!result.ok) {
        deps.fail(result.error.message);
        continue;
      }
      deps.onImported();
      const [story] = result.value.stories;
      if (!story) {
        for (const e of result.value.errors) deps.fail(e.text);
        continue;
      }
      const ok = plan.into
        ? await deps.updateModule(plan.into, { storyId: story.id })
        : await deps.addModule({ pageId: deps.pageId, kind: 'story', storyId: story.id, ...dropGeometry(deps.template, at, line, story.chars) });
      if (ok) placed++;
      else deps.fail(errorMessage('drop-story-not-placed', { title: story.title || file.name }));
    } else {
      const result = await invoke('assets.import', data);
      if (!result.ok) {
        deps.fail(result.error.message);
        continue;
      }
      const asset: Asset = result.value;
      let ok: boolean;
      if (plan.into) ok = await deps.updateModule(plan.into, { picture: { assetId: asset.id, crop: null } });
      else {
        const { imageHeightLines, ...g } = pictureGeometry(deps.template, at, line, asset.widthPx / asset.heightPx);
        ok = await deps.addModule({ pageId: deps.pageId, kind: 'image', storyId: null, picture: { assetId: asset.id, imageHeightLines }, ...g });
      }
      if (ok) placed++;
    }
  }
  return placed;
}

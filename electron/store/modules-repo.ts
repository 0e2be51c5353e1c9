/**
 * Modules (稿件块) on a page: add, change (geometry, settings, story, continuation, page) and remove. Every write
 * is checked as a whole module: a module off the page, of no size or too narrow to set is refused with the reason;
 * an overlap is accepted and shows up as a warning in the returned page.
 */
import { randomUUID } from 'node:crypto';
import {
  AddModuleSchema,
  FURNITURE_LABELS,
  largestEmptyArea,
  ModuleSchema,
  UpdateModuleSchema,
  type AddModuleInput,
  type UpdateModuleInput,
  moduleErrors,
  type Module,
  type PageView,
} from '../../shared/model';
import { completeModule } from '../../shared/model/module-defaults';
import { nowIso } from './clock';
import { assertPageLayoutEditable } from './page-approval';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { moduleParams, parseInput, requireModule, requirePage } from './page-rows';
import { getPageView } from './page-view';
import { SUMMARY_SELECT, type SummaryRow } from './story-rows';
import { errorMessage, type ErrorMessage } from '../../shared/errors';

export type AddModule = AddModuleInput;
export type UpdateModule = UpdateModuleInput;

const invalid = (message: ErrorMessage, field: string) => new StoreError('invalid', message, { field });

function storyRow(db: ReadableDb, id: string): SummaryRow | undefined {
  return db.prepare<[string], SummaryRow>(`${SUMMARY_SELECT} WHERE s.id = ?`).get(id);
}

/** A story being placed must exist and be live (a story already placed may later go to the trash). */
function checkStoryToPlace(db: ReadableDb, storyId: string): void {
  const row = storyRow(db, storyId);
  if (!row) throw invalid(errorMessage('module-story-missing', { id: storyId }), 'storyId');
  if (row.deleted_at) throw invalid(errorMessage('module-story-trashed', { title: row.title }), 'storyId');
}

/** The rules of each kind, and the body columns and picture band. */
function checkKind(m: Module): void {
  // A story module without a story is a deliberate empty text frame (新建文字框), drawn as 待排稿件 until one is set.
  if (m.kind === 'furniture') {
    if (!m.furniture) throw invalid(errorMessage('module-needs-furniture'), 'furniture');
    if (m.storyId) throw invalid(errorMessage('furniture-takes-no-story', { furniture: errorMessage(`furniture-${m.furniture}`) }), 'storyId');
  }
  if (m.kind === 'image') {
    if (!m.picture) throw invalid(errorMessage('module-needs-picture'), 'picture');
    if (m.picture.imageHeightLines > m.heightLines) {
      throw invalid(errorMessage('picture-taller-than-module', { picture: m.picture.imageHeightLines, module: m.heightLines }), 'picture.imageHeightLines');
    }
  }
}

/** Continuation: to another module of the same story, not itself, not back into its own chain, not taken. */
function checkContinuation(db: ReadableDb, m: Module): void {
  if (!m.continuesTo) return;
  const field = 'continuesTo';
  if (m.continuesTo === m.id) throw invalid(errorMessage('continuation-to-itself'), field);
  const target = db
    .prepare<[string], { story_id: string | null; continues_to: string | null }>('SELECT story_id, continues_to FROM modules WHERE id = ?')
    .get(m.continuesTo);
  if (!target) throw invalid(errorMessage('continuation-target-missing', { id: m.continuesTo }), field);
  if (!m.storyId || target.story_id !== m.storyId) throw invalid(errorMessage('continuation-other-story'), field);
  const taken = db
    .prepare<[string, string], string>('SELECT id FROM modules WHERE continues_to = ? AND id <> ?')
    .pluck()
    .get(m.continuesTo, m.id);
  if (taken) throw invalid(errorMessage('continuation-target-taken'), field);
  let next: string | null = target.continues_to;
  for (let hops = 0; next !== null && hops < 1_000; hops++) {
    if (next === m.id) throw invalid(errorMessage('continuation-loop'), field);
    next = db.prepare<[string], string | null>('SELECT continues_to FROM modules WHERE id = ?').pluck().get(next) ?? null;
  }
}

/** Check the whole module against its page; throws the first reason to refuse. */
function checkModule(db: ReadableDb, m: Module): void {
  parseInput(ModuleSchema, m, errorMessage('input-module'));
  checkKind(m);
  const page = requirePage(db, m.pageId);
  const label = m.furniture ? FURNITURE_LABELS[m.furniture] : m.storyId ? storyRow(db, m.storyId)?.title : undefined;
  const error = moduleErrors(page.template, m, () => label)[0];
  if (error) throw invalid(error.text, error.field ?? 'column');
  checkContinuation(db, m);
}

function nextPosition(db: ReadableDb, pageId: string): number {
  return (db.prepare<[string], number>('SELECT coalesce(max(position), 0) + 1 FROM modules WHERE page_id = ?').pluck().get(pageId) ?? 1);
}

/** Place a module on a page; returns the page as it now opens (with any overlap warnings). */
export function addModule(db: WritableDb, input: AddModule): PageView {
  const data = parseInput(AddModuleSchema, input, errorMessage('input-module'));
  return guardStorage(() =>
    db
      .transaction(() => {
        requirePage(db, data.pageId);
        assertPageLayoutEditable(db, data.pageId);
        const module: Module = completeModule(randomUUID(), data.pageId, data);
        if (module.storyId) checkStoryToPlace(db, module.storyId);
        checkModule(db, module);
        const now = nowIso();
        db.prepare(
          `INSERT INTO modules (id, page_id, kind, story_id, column_index, column_span, top_line, height_lines, body_columns,
                                settings, continues_to, position, created_at, updated_at)
           VALUES (@id, @pageId, @kind, @storyId, @column, @columnSpan, @topLine, @heightLines, @bodyColumns,
                   @settings, NULL, @position, @now, @now)`,
        ).run({ ...moduleParams(module), position: nextPosition(db, module.pageId), now });
        touchPage(db, module.pageId, now);
        return getPageView(db, module.pageId);
      })
      .immediate(),
  );
}

function touchPage(db: WritableDb, pageId: string, now: string): void {
  db.prepare('UPDATE pages SET updated_at = ? WHERE id = ?').run(now, pageId);
}

/** Change a module; returns the page it is on afterwards. */
export function updateModule(db: WritableDb, id: string, changes: UpdateModule): PageView {
  const data = parseInput(UpdateModuleSchema, changes, errorMessage('input-module'));
  return guardStorage(() =>
    db
      .transaction(() => {
        const old = requireModule(db, id);
        assertPageLayoutEditable(db, old.pageId);
        if (data.pageId !== undefined && data.pageId !== old.pageId) assertPageLayoutEditable(db, data.pageId);
        const { headline, picture, box, inset, shape, vertical, jumpHead, ...plain } = data;
        const next: Module = {
          ...old,
          ...plain,
          headline: { ...old.headline, ...headline },
          picture: picture === undefined ? old.picture : { ...(old.picture ?? { assetId: null, imageHeightLines: 1, caption: '', credit: '' }), ...picture },
        };
        if (box === null) delete next.box;
        else if (box !== undefined) next.box = box;
        if (inset === null) delete next.inset;
        else if (inset !== undefined) next.inset = inset;
        if (shape === null) delete next.shape;
        else if (shape !== undefined) next.shape = shape;
        if (vertical === null) delete next.vertical;
        else if (vertical !== undefined) next.vertical = vertical;
        if (jumpHead === null || jumpHead?.trim() === '') delete next.jumpHead;
        else if (jumpHead !== undefined) next.jumpHead = jumpHead.trim();
        // Swapping the story ends a continuation that now joins different stories.
        if (data.storyId !== undefined && data.storyId !== old.storyId && data.continuesTo === undefined) next.continuesTo = null;
        if (next.storyId && next.storyId !== old.storyId) checkStoryToPlace(db, next.storyId);
        checkModule(db, next);
        const now = nowIso();
        const moved = next.pageId !== old.pageId;
        db.prepare(
          `UPDATE modules SET page_id = @pageId, kind = @kind, story_id = @storyId, column_index = @column,
                              column_span = @columnSpan, top_line = @topLine, height_lines = @heightLines,
                              body_columns = @bodyColumns, settings = @settings, continues_to = @continuesTo,
                              position = coalesce(@position, position), updated_at = @now
           WHERE id = @id`,
        ).run({ ...moduleParams(next), continuesTo: next.continuesTo, position: moved ? nextPosition(db, next.pageId) : null, now });
        touchPage(db, next.pageId, now);
        if (moved) touchPage(db, old.pageId, now);
        return getPageView(db, next.pageId);
      })
      .immediate(),
  );
}

/** Take a module off its page (the story stays in the desk); a continuation into it is dropped. */
export function removeModule(db: WritableDb, id: string): PageView {
  return guardStorage(() =>
    db
      .transaction(() => {
        const m = requireModule(db, id);
        assertPageLayoutEditable(db, m.pageId);
        db.prepare('DELETE FROM modules WHERE id = ?').run(id);
        touchPage(db, m.pageId, nowIso());
        return getPageView(db, m.pageId);
      })
      .immediate(),
  );
}

/**
 * 下转 to another page in one step: place the module's story in the largest empty area of that page (as wide as
 * the module, at most) and continue the module there. The page the continuation goes to must have room; the
 * module's own page is returned. If the link is refused, the placed module is taken off again.
 */
export function continueOnPage(db: WritableDb, moduleId: string, pageId: string): PageView {
  const m = requireModule(db, moduleId);
  if (m.kind !== 'story' || !m.storyId) throw invalid(errorMessage('continuation-other-story'), 'id');
  const target = getPageView(db, pageId);
  const area = largestEmptyArea(target.page.template, target.modules);
  if (!area) throw new StoreError('conflict', errorMessage('continuation-no-room', { page: target.page.number }), { field: 'pageId' });
  const added = addModule(db, {
    pageId,
    kind: 'story',
    storyId: m.storyId,
    column: area.column,
    columnSpan: Math.min(area.columnSpan, m.columnSpan),
    topLine: area.topLine,
    heightLines: area.heightLines,
  });
  const before = new Set(target.modules.map((x) => x.id));
  const placed = added.modules.find((x) => !before.has(x.id) && x.storyId === m.storyId)!;
  try {
    return updateModule(db, moduleId, { continuesTo: placed.id });
  } catch (error) {
    removeModule(db, placed.id);
    throw error;
  }
}

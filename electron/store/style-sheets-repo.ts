/**
 * Style sheets, one per paper (by 报名). Saving replaces the paper's sheet whole, so every page of the paper sets
 * in one sheet somebody saved; page views carry it to the composer (getPageView). Import reads a style sheet
 * file (shared/model parseStyleSheetFile) and refuses a bad one with the field named, keeping the old sheet.
 */
import {
  DEFAULT_STYLE_SHEET,
  parseStyleSheetFile,
  StyleSheetSchema,
  styleSheetFileText,
  type StyleSheet,
} from '../../shared/model';
import type { Actor } from './actor';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { errorMessage, zodIssueReason } from '../../shared/errors';

export interface StoredStyleSheet {
  paper: string;
  sheet: StyleSheet;
  /** False: the paper has no sheet of its own yet and this is the house sheet. */
  saved: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

interface SheetRow {
  sheet: string;
  updated_by: string;
  updated_at: string;
}

/** The paper a desk works on when none is named: that of its newest issue ('' when it has none). */
export function deskPaperName(db: ReadableDb): string {
  const row = db.prepare<[], { paper_name: string }>('SELECT paper_name FROM issues ORDER BY date DESC, created_at DESC LIMIT 1').get();
  return row?.paper_name ?? '';
}

function readRow(db: ReadableDb, paper: string): SheetRow | undefined {
  return db.prepare<[string], SheetRow>('SELECT sheet, updated_by, updated_at FROM style_sheets WHERE paper_name = ?').get(paper);
}

function parseStored(row: SheetRow): StyleSheet | null {
  try {
    const parsed = StyleSheetSchema.safeParse(JSON.parse(row.sheet));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function getStyleSheet(db: ReadableDb, paper?: string): StoredStyleSheet {
  return guardStorage(() => {
    const name = paper ?? deskPaperName(db);
    const row = name === '' ? undefined : readRow(db, name);
    if (!row) return { paper: name, sheet: DEFAULT_STYLE_SHEET, saved: false, updatedBy: null, updatedAt: null };
    const sheet = parseStored(row);
    if (!sheet) throw new StoreError('invalid', errorMessage('style-sheet-damaged', { paper: name }));
    return { paper: name, sheet, saved: true, updatedBy: row.updated_by, updatedAt: row.updated_at };
  });
}

/** The paper's saved sheet for composing its pages; none (house styles) when it has none or it cannot be read. */
export function savedStyleSheet(db: ReadableDb, paper: string): StyleSheet | undefined {
  const row = readRow(db, paper);
  return row ? (parseStored(row) ?? undefined) : undefined;
}

function requirePaper(paper: string): string {
  const name = paper.trim();
  if (name === '') throw new StoreError('invalid', errorMessage('style-sheet-no-paper'), { field: 'paper' });
  return name;
}

export function setStyleSheet(db: WritableDb, paper: string, sheet: StyleSheet, actor: Actor): StoredStyleSheet {
  const name = requirePaper(paper);
  const parsed = StyleSheetSchema.safeParse(sheet);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    throw new StoreError('invalid', errorMessage('style-sheet-invalid', { field, why: zodIssueReason(issue) }), { field });
  }
  const at = nowIso();
  guardStorage(() =>
    db
      .prepare(
        `INSERT INTO style_sheets (paper_name, sheet, updated_by, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (paper_name) DO UPDATE SET sheet = excluded.sheet, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      )
      .run(name, JSON.stringify(parsed.data), actor.name, at),
  );
  return { paper: name, sheet: parsed.data, saved: true, updatedBy: actor.name, updatedAt: at };
}

/** Import a style sheet file as the paper's sheet (whichever paper the file came from). */
export function importStyleSheetFile(db: WritableDb, paper: string, text: string, actor: Actor): StoredStyleSheet {
  const parsed = parseStyleSheetFile(text);
  if (!parsed.ok) throw new StoreError('invalid', parsed.message, parsed.field ? { field: parsed.field } : undefined);
  return setStyleSheet(db, paper, parsed.file.sheet, actor);
}

/** The paper's sheet as a file to save, named after the paper. */
export function exportStyleSheetFile(db: ReadableDb, paper?: string): { fileName: string; text: string } {
  const stored = getStyleSheet(db, paper);
  const base = stored.paper.replace(/[\\/:*?"<>|\s]+/gu, '') || 'folio';
  return { fileName: `${base}-样式表.json`, text: styleSheetFileText(stored.paper, stored.sheet) };
}

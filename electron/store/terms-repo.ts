/**
 * The paper's term list and banned words (one list per desk: a desk is one paper's). terms.set replaces the
 * whole list in one transaction, so the list the checks use is always one somebody saved, never half of one.
 */
import type { BannedWord, TermList, TermRule } from '../../shared/proof/terms';
import type { Actor } from './actor';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { errorMessage, type ErrorMessage } from '../../shared/errors';

const UPDATED_KEY = 'terms-updated';

export interface StoredTerms {
  rules: TermRule[];
  banned: BannedWord[];
  /** Who saved the list last, and when (null until anyone has). */
  updatedBy: string | null;
  updatedAt: string | null;
}

function withNote<T extends object>(value: T, note: string | null): T & { note?: string } {
  return note ? { ...value, note } : value;
}

export function getTerms(db: ReadableDb): StoredTerms {
  return guardStorage(() => {
    const rules = db
      .prepare<[], { wrong: string; right_form: string; note: string | null }>(
        'SELECT wrong, right_form, note FROM term_rules ORDER BY position',
      )
      .all()
      .map((row) => withNote({ wrong: row.wrong, right: row.right_form }, row.note));
    const banned = db
      .prepare<[], { word: string; note: string | null }>('SELECT word, note FROM banned_words ORDER BY position')
      .all()
      .map((row) => withNote({ word: row.word }, row.note));
    const updated = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(UPDATED_KEY);
    const meta = updated ? (JSON.parse(updated.value) as { by: string; at: string }) : null;
    return { rules, banned, updatedBy: meta?.by ?? null, updatedAt: meta?.at ?? null };
  });
}

/** The list as the checks take it. */
export function termListOf(db: ReadableDb): TermList {
  const { rules, banned } = getTerms(db);
  return { rules, banned };
}

/** The first problem with a list, named by field (rules.3.right …), in the words of parseTermList. */
function problemOf(list: TermList): { field: string; message: ErrorMessage } | null {
  const seen = new Set<string>();
  for (const [i, rule] of list.rules.entries()) {
    const wrong = rule.wrong.trim();
    const right = rule.right.trim();
    if (wrong === '') return { field: `rules.${i}.wrong`, message: errorMessage('terms-rule-empty', { index: i + 1 }) };
    if (right === '') return { field: `rules.${i}.right`, message: errorMessage('terms-rule-empty', { index: i + 1 }) };
    if (wrong === right) return { field: `rules.${i}.right`, message: errorMessage('terms-rule-same', { word: wrong }) };
    if (seen.has(wrong)) return { field: `rules.${i}.wrong`, message: errorMessage('terms-rule-repeated', { word: wrong }) };
    seen.add(wrong);
  }
  for (const [i, banned] of list.banned.entries()) {
    const word = banned.word.trim();
    if (word === '') return { field: `banned.${i}.word`, message: errorMessage('terms-banned-empty', { index: i + 1 }) };
    if (seen.has(word)) return { field: `banned.${i}.word`, message: errorMessage('terms-rule-repeated', { word }) };
    seen.add(word);
  }
  return null;
}

export function setTerms(db: WritableDb, list: TermList, actor: Actor): StoredTerms {
  const problem = problemOf(list);
  if (problem) throw new StoreError('invalid', errorMessage('terms-not-saved', { why: problem.message }), { field: problem.field });
  guardStorage(() =>
    db
      .transaction(() => {
        db.prepare('DELETE FROM term_rules').run();
        db.prepare('DELETE FROM banned_words').run();
        const rule = db.prepare('INSERT INTO term_rules (position, wrong, right_form, note) VALUES (?, ?, ?, ?)');
        list.rules.forEach((r, i) => rule.run(i, r.wrong.trim(), r.right.trim(), r.note?.trim() || null));
        const word = db.prepare('INSERT INTO banned_words (position, word, note) VALUES (?, ?, ?)');
        list.banned.forEach((b, i) => word.run(i, b.word.trim(), b.note?.trim() || null));
        db.prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        ).run(UPDATED_KEY, JSON.stringify({ by: actor.name, at: nowIso() }));
      })
      .immediate(),
  );
  return getTerms(db);
}

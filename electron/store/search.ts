/**
 * Story search over the FTS5 trigram index of migration 0100 (live stories only; the trash is not indexed).
 *
 * A query is split at whitespace into terms; every term must occur (AND). A term of 3+ characters is a phrase of
 * trigrams (any Chinese substring of 3+ characters matches). A 1–2 character term cannot be a trigram itself, but
 * every place it occurs begins an indexed trigram (the index appends a sentinel to each column), so it is
 * expanded through the index's vocabulary into "any trigram starting with it"; only a single character so common
 * that the expansion is huge is scanned for instead.
 * Ranking: with 3+ character terms only, bm25 over all matches, a title occurrence weighing TITLE_WEIGHT times a
 * body one. A short term can match nearly every story, so then the CANDIDATES most recently indexed matches are
 * ranked by occurrences (same title weight): exact whenever there are at most that many matches.
 * Snippets mark matches «like this» (search-snippet.ts).
 */
import type { ReadableDb } from './db';
import { guardStorage } from './errors';
import { makeSnippet } from './search-snippet';

export { MATCH_OPEN, MATCH_CLOSE } from './search-snippet';

export interface SearchHit {
  /** Story id. */
  story: string;
  title: string;
  /** Text around the first match, matches marked «…». */
  snippet: string;
  /** Relevance, higher is better; comparable only within one result list. */
  rank: number;
}

export interface SearchOptions {
  /** Most results returned (default 20). */
  limit?: number;
}

/** How much a title occurrence outweighs a body occurrence. */
const TITLE_WEIGHT = 10;
const DEFAULT_LIMIT = 20;
/** Shortest term the trigram index holds as such. */
const TRIGRAM_CHARS = 3;
/** A short term expanding to more trigrams than this is scanned for instead (a very common single character). */
const MAX_EXPANSION = 1000;
/** Matches ranked for a query with a 1–2 character term: the most recently indexed ones. */
const CANDIDATES = 100;

/** The distinct, non-empty terms of a query, in order. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/u).filter((t) => t !== ''))];
}

/** A string as an FTS5 phrase: double quotes doubled, so no character of it is FTS syntax. */
function ftsPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

interface HitRow {
  story: string;
  title: string;
  body: string;
  rank: number;
}

type TermPlan = { kind: 'fts'; expr: string } | { kind: 'none' } | { kind: 'scan'; term: string };

/**
 * How the index answers one term. The vocabulary holds trigrams as the tokenizer folded them (lower case), and a
 * range on `term` is a b-tree seek, so the expansion costs well under a millisecond.
 */
function planTerm(db: ReadableDb, term: string): TermPlan {
  if ([...term].length >= TRIGRAM_CHARS) return { kind: 'fts', expr: ftsPhrase(term) };
  const prefix = term.toLowerCase();
  const trigrams = db
    .prepare<[string, string, number], { term: string }>(
      'SELECT term FROM story_search_terms WHERE term >= ? AND term < ? LIMIT ?',
    )
    .all(prefix, `${prefix}\u{10FFFF}`, MAX_EXPANSION + 1)
    .map((r) => r.term);
  if (trigrams.length === 0) return { kind: 'none' };
  if (trigrams.length > MAX_EXPANSION) return { kind: 'scan', term };
  return { kind: 'fts', expr: `(${trigrams.map(ftsPhrase).join(' OR ')})` };
}

/** Search live stories' current title and text. */
export function searchStories(db: ReadableDb, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const limit = options.limit ?? DEFAULT_LIMIT;
  return guardStorage(() => {
    const plans = terms.map((t) => planTerm(db, t));
    if (plans.some((p) => p.kind === 'none')) return [];
    const fts = plans.flatMap((p) => (p.kind === 'fts' ? [p.expr] : []));
    const scan = plans.flatMap((p) => (p.kind === 'scan' ? [p.term] : []));
    const params: Record<string, string | number> = { match: fts.join(' AND '), limit };
    scan.forEach((t, i) => (params[`like${i}`] = likeAnywhere(t)));
    const scanFilter = scan.map((_, i) => containsSql(i)).join(' AND ');

    if (terms.every((t) => [...t].length >= TRIGRAM_CHARS)) {
      // Only 3+ character terms: bm25 over every match. FTS5 orders by its rank column cheaply; only the top
      // rows are joined to their text.
      params.weights = `bm25(${TITLE_WEIGHT}.0, 1.0)`;
      return db
        .prepare<[Record<string, string | number>], HitRow>(
          `SELECT d.story_id AS story, d.title, d.body, -hit.rank AS rank
           FROM (SELECT rowid, rank FROM story_search WHERE story_search MATCH @match AND rank MATCH @weights
                 ORDER BY rank LIMIT @limit) hit
           JOIN story_search_docs d ON d.rowid = hit.rowid
           ORDER BY hit.rank`,
        )
        .all(params)
        .map((row) => toHit(row, terms));
    }
    // A 1–2 character term may match nearly every story, and ranking them all would be slow: take the
    // CANDIDATES most recently indexed matches (from the index when it can answer, else by a scan).
    const candidates =
      fts.length > 0
        ? `SELECT d.story_id AS story, d.title, d.body FROM story_search s JOIN story_search_docs d ON d.rowid = s.rowid
           WHERE story_search MATCH @match ${scan.length ? `AND ${scanFilter}` : ''}
           ORDER BY s.rowid DESC LIMIT ${CANDIDATES}`
        : `SELECT d.story_id AS story, d.title, d.body FROM story_search_docs d
           WHERE ${scanFilter} ORDER BY d.rowid DESC LIMIT ${CANDIDATES}`;
    const rows = db.prepare<[Record<string, string | number>], Omit<HitRow, 'rank'>>(candidates).all(params);
    return rankByOccurrences(rows, terms).slice(0, limit);
  });
}

/** A LIKE pattern matching the term anywhere (with \ as the escape character). */
function likeAnywhere(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** SQL: the docs row `d` contains scan term i (LIKE ignores ASCII case, as the index does). */
function containsSql(i: number): string {
  return `(d.title LIKE @like${i} ESCAPE '\\' OR d.body LIKE @like${i} ESCAPE '\\')`;
}

/** Rank candidates by occurrences of the terms, a title occurrence counting TITLE_WEIGHT times; best first. */
function rankByOccurrences(rows: ReadonlyArray<Omit<HitRow, 'rank'>>, terms: readonly string[]): SearchHit[] {
  const folded = terms.map((t) => t.toLowerCase());
  const count = (text: string) => folded.reduce((n, t) => n + occurrences(text.toLowerCase(), t), 0);
  return rows
    .map((row) => toHit({ ...row, rank: TITLE_WEIGHT * count(row.title) + count(row.body) }, terms))
    .sort((a, b) => b.rank - a.rank);
}

function occurrences(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

function toHit(row: HitRow, terms: readonly string[]): SearchHit {
  const folded = row.body.toLowerCase();
  const inBody = terms.some((t) => folded.includes(t.toLowerCase()));
  return { story: row.story, title: row.title, snippet: makeSnippet(inBody ? row.body : row.title, terms), rank: row.rank };
}

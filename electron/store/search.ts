/**
 * Story search over the FTS5 trigram index of migration 0100 (live stories only; the trash is not indexed).
 *
 * A query is split at whitespace into terms; every term must occur (AND). Terms of 3+ characters go through the
 * trigram index (any Chinese substring of 3+ characters matches, ranked by bm25 with the title weighted over
 * the body); 1–2 character terms cannot use trigrams and are matched with LIKE (a scan), ranked by how often
 * they occur, title hits counting ten times. Snippets mark matches «like this» (see search-snippet.ts).
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
/** Shortest term the trigram index can answer. */
const TRIGRAM_CHARS = 3;

/** The distinct, non-empty terms of a query, in order. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/u).filter((t) => t !== ''))];
}

/** A term as an FTS5 phrase: double quotes doubled, so no character of the term is FTS syntax. */
function ftsPhrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** A LIKE pattern matching the term anywhere (with \ as the escape character). */
function likeAnywhere(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

interface HitRow {
  story: string;
  title: string;
  body: string;
  rank?: number;
}

/** Search live stories' current title and text. */
export function searchStories(db: ReadableDb, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const limit = options.limit ?? DEFAULT_LIMIT;
  const long = terms.filter((t) => [...t].length >= TRIGRAM_CHARS);
  const short = terms.filter((t) => [...t].length < TRIGRAM_CHARS);
  const params: Record<string, string | number> = { limit };
  short.forEach((t, i) => {
    params[`like${i}`] = likeAnywhere(t);
    params[`term${i}`] = t.toLowerCase();
  });
  if (long.length > 0) {
    params.match = long.map(ftsPhrase).join(' AND ');
    params.weights = `bm25(${TITLE_WEIGHT}.0, 1.0)`;
    // FTS5 sorts by its own rank column cheaply; only the top rows are joined to their text.
    const sql = `
      SELECT d.story_id AS story, d.title, d.body, -hit.rank AS rank
      FROM (SELECT rowid, rank FROM story_search
            WHERE story_search MATCH @match AND rank MATCH @weights
            ${short.map((t, i) => `AND ${containsSql('story_search', i, t)}`).join(' ')}
            ORDER BY rank LIMIT @limit) hit
      JOIN story_search_docs d ON d.rowid = hit.rowid
      ORDER BY hit.rank`;
    const rows = guardStorage(() => db.prepare<[Record<string, string | number>], HitRow>(sql).all(params));
    return rows.map((row) => toHit(row, row.rank ?? 0, terms));
  }
  return searchShortTerms(db, short, params, limit);
}

/**
 * 1–2 character terms: a scan (no index can answer them), which stops at the SHORT_CANDIDATES most recently
 * indexed matching stories; those are ranked by occurrences, a title occurrence counting TITLE_WEIGHT times.
 * So a common short term answers fast, and a rare one costs one pass over the text.
 */
function searchShortTerms(
  db: ReadableDb,
  terms: readonly string[],
  params: Record<string, string | number>,
  limit: number,
): SearchHit[] {
  const sql = `
    SELECT d.story_id AS story, d.title, d.body FROM story_search_docs d
    WHERE ${terms.map((t, i) => containsSql('d', i, t)).join(' AND ')}
    ORDER BY d.rowid DESC LIMIT ${SHORT_CANDIDATES}`;
  const rows = guardStorage(() => db.prepare<[Record<string, string | number>], HitRow>(sql).all(params));
  return rows
    .map((row) => {
      const count = (text: string) => terms.reduce((n, t) => n + occurrences(text.toLowerCase(), t.toLowerCase()), 0);
      return toHit(row, TITLE_WEIGHT * count(row.title) + count(row.body), terms);
    })
    .sort((a, b) => b.rank - a.rank)
    .slice(0, limit);
}

/** Matching stories kept for ranking on the 1–2 character path. */
const SHORT_CANDIDATES = 100;

/**
 * SQL: the title or body of `table` contains term i. instr() is the fastest scan, and exact for terms without
 * letters that have case (Chinese); others use LIKE, which ignores ASCII case as the FTS path does.
 */
function containsSql(table: string, i: number, term: string): string {
  if (term.toLowerCase() === term.toUpperCase()) {
    return `(instr(${table}.title, @term${i}) > 0 OR instr(${table}.body, @term${i}) > 0)`;
  }
  return `(${table}.title LIKE @like${i} ESCAPE '\\' OR ${table}.body LIKE @like${i} ESCAPE '\\')`;
}

function occurrences(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

function toHit(row: HitRow, rank: number, terms: readonly string[]): SearchHit {
  return {
    story: row.story,
    title: row.title,
    snippet: makeSnippet(bodyMatches(row.body, terms) ? row.body : row.title, terms),
    rank,
  };
}

function bodyMatches(body: string, terms: readonly string[]): boolean {
  const folded = body.toLowerCase();
  return terms.some((t) => folded.includes(t.toLowerCase()));
}

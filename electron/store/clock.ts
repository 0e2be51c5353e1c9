/**
 * Timestamps for rows: ISO-8601 UTC, strictly increasing within the process, so "most recently changed first"
 * stays well-defined when several changes land in the same millisecond (a demo import, a fast test).
 */
let lastMs = 0;

export function nowIso(): string {
  lastMs = Math.max(Date.now(), lastMs + 1);
  return new Date(lastMs).toISOString();
}

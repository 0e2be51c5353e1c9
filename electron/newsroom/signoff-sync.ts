/**
 * Page sign-offs in newsroom mode. The desk's sign-off calls go to the outbox as they are (the server applies the
 * same rules, shared/model/signoff-rules.ts, and refuses a round another desk signed first); a 'signoff' change
 * in the feed makes this desk copy the page's history from the server (signoff.list), unless its own sign-offs
 * of that page are still on their way.
 */
import { z } from 'zod';
import type { ReadableDb } from '../store';

export const SIGNOFF_METHODS = ['signoff.round', 'signoff.page', 'signoff.approve', 'signoff.withdraw'] as const;

export const isSignoffMethod = (method: string): boolean => (SIGNOFF_METHODS as readonly string[]).includes(method);

/** Whether a sign-off of `pageId` made here is still waiting for the server. */
export function hasPendingSignoffForPage(db: ReadableDb, pageId: string): boolean {
  return (
    db
      .prepare<[string], { n: number }>(
        `SELECT count(*) AS n FROM newsroom_outbox
         WHERE state = 'pending' AND method LIKE 'signoff.%' AND json_extract(params, '$.pageId') = ?`,
      )
      .get(pageId)!.n > 0
  );
}

/** The part of the server's signoff.list answer the copy needs. */
export const ServerSignoffsSchema = z.object({
  history: z.array(
    z.object({
      kind: z.enum(['round', 'page', 'approve', 'withdraw']),
      round: z.enum(['first', 'second', 'third', 'read-through']).nullable(),
      by: z.string(),
      role: z.string(),
      at: z.string(),
      note: z.string().nullable(),
    }),
  ),
});

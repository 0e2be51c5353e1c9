/** What every method handler gets: the transaction, who is calling, and the changes it will publish. */
import type { z } from 'zod';
import type { NewsroomContract, NewsroomMethod, NewsroomResult } from '../../shared/api/contract-newsroom';
import type { ChangeDraft } from '../../shared/newsroom/changes';
import type { Caller } from '../../shared/newsroom/store';
import type { Tx } from '../store/pool';

export interface CallContext {
  tx: Tx;
  caller: Caller & { accountId: string; tokenSha256: Buffer };
  /** Published by the dispatcher as the transaction's last step (server/store/changes.ts flushChanges). */
  changes: ChangeDraft[];
  /** The transaction's clock, epoch ms (PostgreSQL's now(), so every instance agrees). */
  nowMs: number;
}

export type Handler<M extends NewsroomMethod> = (
  ctx: CallContext,
  params: z.output<NewsroomContract[M]['params']>,
) => Promise<NewsroomResult<M>>;

export type HandlerTable = { [M in Exclude<NewsroomMethod, 'session.login'>]: Handler<M> };

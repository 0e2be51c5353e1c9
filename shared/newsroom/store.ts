/**
 * The store the newsroom rules run over, inside one transaction: the server implements it on PostgreSQL
 * (server/store), and anything else that must decide the same way (a desk replaying its outbox) can implement it
 * too. Every method is async; nothing here knows SQL.
 */
import type { NewsroomRevisionSummary } from '../api/contract-newsroom';
import type { StoryContent, StoryStatus, StorySummary } from '../model/story';
import type { CharCount } from '../model/text';
import type { StoryTitle } from '../model/story-title';
import type { ChangeDraft } from './changes';
import type { LeaseState } from './lease';
import type { NewsroomRole } from './roles';

/** Who is acting: the account behind the session. */
export interface Caller {
  name: string;
  role: NewsroomRole;
}

/** A story as a writer needs it, read with a row lock held until the transaction ends. */
export interface StoryHead {
  id: string;
  status: StoryStatus;
  deleted: boolean;
  /** The current revision. */
  headRevision: number;
  /** The highest revision number used (conflict revisions take numbers too). */
  lastNumber: number;
  headContent: StoryContent;
  /** The title, and whether a person gave it (shared/model/story-title.ts). */
  title: StoryTitle;
  lease: LeaseState | null;
  /** The newest fencing token issued for the story (0: never leased). */
  lastLeaseToken: number;
}

export interface NewRevision {
  storyId: string;
  number: number;
  author: string;
  reason: NewsroomRevisionSummary['reason'];
  content: StoryContent;
  counts: CharCount;
  /** For conflict revisions. */
  conflict: { baseRevision: number; currentRevision: number } | null;
}

export interface StoryTx {
  storyForUpdate(id: string): Promise<StoryHead | null>;
  insertRevision(revision: NewRevision): Promise<NewsroomRevisionSummary>;
  /** Record the new highest number, and when `head` is given the new current revision with its counts and title. */
  advanceStory(id: string, lastNumber: number, head: { number: number; counts: CharCount; title: string } | null): Promise<StorySummary>;
  storySummary(id: string): Promise<StorySummary>;
  recordChange(change: ChangeDraft): Promise<void>;
  /** The transaction's clock (epoch ms), for lease expiry. */
  nowMs(): number;
}

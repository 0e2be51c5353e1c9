/**
 * The feed applier: each change the server reports is brought into the local SQLite copy by reading the entity's
 * current state from the server (stories.get, marks.list) and writing it locally. Reading the current state makes
 * applying idempotent and order-proof: a change applied twice, or a batch replayed after a reconnect, writes
 * nothing new. A story with unacknowledged saves in the outbox is left alone: this desk's text is newer, and the
 * server will answer its save (accepted, or a conflict kept for the editor).
 *
 * Only 'not-found' and 'forbidden' mean "nothing to copy" (deleted since, or not this user's to read). A read the
 * server could not answer now (5xx, rate-limited) throws FeedUnreachable and one answered 401 FeedUnauthorized: the
 * feed then keeps lastSeq before the change and reads it again, never passing over it as if it were gone.
 */
import { z } from 'zod';
import { ProofMarkSchema, StorySchema } from '../../shared/model';
import { copyMarkFromServer, copyStoryFromServer } from '../store/remote-copy';
import type { WritableDb } from '../store';
import { localIdOf, serverIdOf } from './id-map';
import { hasPendingCreateOf, hasPendingForMark, hasPendingForStory } from './outbox';
import type { CallOutcome } from './server-client';
import { echoCandidates, forgetEchoCandidate, rememberEchoCandidate, setLease, setServerRevision } from './sync-state';
import { applyServerPlan, picturesOf, storiesOf } from './plan-sync';
import { findAsset } from '../store/assets-repo';
import { getStory } from '../store';
import { copySignoffsFromServer } from '../store/remote-signoffs';
import { hasPendingSignoffForPage, ServerSignoffsSchema } from './signoff-sync';

export const ChangeSchema = z.object({
  seq: z.number().int().nonnegative(),
  entity: z.string(),
  id: z.string(),
  op: z.string(),
  at: z.string().optional(),
  by: z.string().optional(),
  storyId: z.string().nullable().optional(),
  data: z.unknown().optional(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** What changed locally, for the renderer's refresh. */
export interface Applied {
  kind: 'story' | 'marks' | 'lease' | 'page' | 'signoff';
  storyId: string | null;
}

/** The server could not be read now (unreachable, or an answer that will change: 5xx, rate-limited): read it again. */
export class FeedUnreachable extends Error {}

/** The server answered 401 (the session ended, the account disabled): read again once connected again. */
export class FeedUnauthorized extends FeedUnreachable {}

/** Answers that will not change however often the read is repeated, and mean there is nothing to copy. */
const NOTHING_TO_COPY = new Set(['not-found', 'forbidden']);
/** Answers of a server that cannot answer now (besides any 5xx): the same read later can succeed. */
const MOMENTARY = new Set(['internal', 'storage', 'rate-limited']);

type Fetch = (method: string, params: unknown) => Promise<CallOutcome>;

/** Store a picture fetched from the server (file, thumbnail and row, as an import does). */
export type ImportPicture = (name: string, bytes: Uint8Array) => Promise<unknown>;

const LeaseDataSchema = z.object({
  holder: z.string().nullable().optional(),
  expiresAt: z.string().optional(),
  token: z.number().int().optional(),
});

export class Applier {
  constructor(
    private readonly db: WritableDb,
    private readonly fetch: Fetch,
    private readonly importPicture?: ImportPicture,
  ) {}

  private async value(method: string, params: unknown): Promise<unknown | null> {
    const outcome = await this.fetch(method, params);
    if (outcome.kind === 'unreachable') throw new FeedUnreachable(outcome.message);
    const { status, envelope } = outcome;
    if (envelope.ok) return envelope.value;
    const { code, message } = envelope.error;
    // The session ended: this is no answer about the entity; the desk goes offline and reads it once connected again.
    if (status === 401 || code === 'unauthorized') throw new FeedUnauthorized(`${method}: HTTP ${status} ${code}`);
    // The server failed for a moment (its database away, a restart): read it again later.
    if (status >= 500 || MOMENTARY.has(code)) throw new FeedUnreachable(`${method}: HTTP ${status} ${code}`);
    // A story this user may not read, or one deleted since: nothing to copy.
    if (NOTHING_TO_COPY.has(code)) return null;
    // Any other refusal (a method this server does not know, params it refuses) does not change on a retry: the
    // feed logs it and passes over the change, as over any change this desk cannot copy.
    throw new Error(`${method}: HTTP ${status} ${code}: ${message}`);
  }

  /** Apply one change; throws FeedUnreachable when the server could not be read (the change is retried). */
  async apply(change: Change): Promise<Applied | null> {
    const storyServerId = change.storyId ?? (change.entity === 'story' || change.entity === 'revision' ? change.id : null);
    switch (change.entity) {
      case 'story':
      case 'revision':
        return storyServerId === null ? null : this.refreshStory(storyServerId, change.by ?? '');
      case 'mark':
        return storyServerId === null ? null : this.refreshMarks(storyServerId);
      case 'lease':
        return this.applyLease(change);
      case 'issue':
        return this.refreshPlan(change.id);
      case 'signoff':
        return this.refreshSignoffs(change.id);
      case 'page':
      case 'module': {
        const data = (change.data ?? {}) as { issueId?: unknown };
        if (typeof data.issueId === 'string') return this.refreshPlan(data.issueId);
        const page = (await this.value('pages.get', { id: change.id })) as { issueId?: unknown } | null;
        return typeof page?.issueId === 'string' ? this.refreshPlan(page.issueId) : null;
      }
      default:
        return null;
    }
  }

  async refreshStory(serverId: string, by: string): Promise<Applied | null> {
    const result = await this.copyStory(serverId, by);
    if (result === 'maybe-echo') {
      rememberEchoCandidate(this.db, serverId);
      return null;
    }
    forgetEchoCandidate(this.db, serverId);
    return result;
  }

  /**
   * Read again the stories held back as maybe the echo of this desk's own create (call once a stories.create of
   * this desk is answered): the one that was this desk's own is mapped now and copied onto it; another desk's
   * story with the same content is copied as the story it is. Throws FeedUnreachable as apply does (they stay).
   */
  async recheckEchoCandidates(): Promise<Applied[]> {
    const applied: Applied[] = [];
    for (const serverId of echoCandidates(this.db)) {
      try {
        const result = await this.refreshStory(serverId, '');
        if (result) applied.push(result);
      } catch (error) {
        if (error instanceof FeedUnreachable) throw error;
        // One this desk cannot copy (as the feed passes over such a change): kept back, it would stop every recheck.
        console.error(`folio: newsroom story ${serverId} held back as a possible echo not copied:`, error);
        forgetEchoCandidate(this.db, serverId);
      }
    }
    return applied;
  }

  private async copyStory(serverId: string, by: string): Promise<Applied | null | 'maybe-echo'> {
    if (hasPendingForStory(this.db, localIdOf(this.db, serverId))) return null;
    const parsed = StorySchema.safeParse(await this.value('stories.get', { id: serverId }));
    if (!parsed.success) return null;
    // The local id is looked up again after the read: the echo of a story this desk created can come through the
    // feed before the sender has recorded the server's answer (its id). Looked up before, the copy would be
    // written under the server's id as a second story beside this desk's own, and every later change of the
    // story (its status moved on the server, say) would go to the desk's own one, never to that second one.
    const localId = localIdOf(this.db, serverId);
    // Not mapped yet and a create of this desk with the same content still unanswered: this may be that story
    // (the answer maps it) or another desk's story with the same content (two blank stories, say). Which one is
    // known only once the create is answered: until then it is held back (remembered in the desk's SQLite, so the
    // feed may move on) and read again then (recheckEchoCandidates), never dropped.
    if (localId === serverId && getStoryOrNull(this.db, localId) === null && hasPendingCreateOf(this.db, parsed.data.content)) return 'maybe-echo';
    // The outbox may have gained a save of this story while the server answered: that text stays.
    if (hasPendingForStory(this.db, localId)) return null;
    const result = copyStoryFromServer(this.db, localId, parsed.data, by || parsed.data.author);
    setServerRevision(this.db, localId, parsed.data.revision);
    return result === 'unchanged' ? null : { kind: 'story', storyId: localId };
  }

  async refreshMarks(serverStoryId: string): Promise<Applied | null> {
    const marks = z.array(ProofMarkSchema).safeParse(await this.value('marks.list', { storyId: serverStoryId }));
    if (!marks.success) return null;
    const localStoryId = localIdOf(this.db, serverStoryId);
    // Marks need their story here first.
    await this.refreshStory(serverStoryId, '');
    let changed = false;
    for (const mark of marks.data) {
      const local = { ...mark, id: localIdOf(this.db, mark.id), storyId: localStoryId };
      // What this desk did to the mark and has not sent yet stays; the server's answer brings it back.
      if (hasPendingForMark(this.db, local.id)) continue;
      if (copyMarkFromServer(this.db, local)) changed = true;
    }
    return changed ? { kind: 'marks', storyId: localStoryId } : null;
  }

  /** Copy a page's sign-offs from the server, unless this desk's own sign-offs of it are still on their way. */
  async refreshSignoffs(serverPageId: string): Promise<Applied | null> {
    const pageId = localIdOf(this.db, serverPageId);
    if (hasPendingSignoffForPage(this.db, pageId)) return null;
    const parsed = ServerSignoffsSchema.safeParse(await this.value('signoff.list', { pageId: serverPageId }));
    if (!parsed.success || hasPendingSignoffForPage(this.db, pageId)) return null;
    return copySignoffsFromServer(this.db, pageId, parsed.data.history) ? { kind: 'signoff', storyId: null } : null;
  }

  /**
   * Copy an issue's whole plan from the server (left alone while this desk's own changes to it are on their way),
   * then fetch the stories and pictures its pages show that this desk does not have yet.
   */
  async refreshPlan(issueId: string): Promise<Applied | null> {
    const raw = await this.value('plan.get', { issueId });
    if (raw === null) return null;
    const { changed, plan, issueIds } = applyServerPlan(this.db, raw);
    if (plan === null || issueIds.length === 0) return null;
    for (const storyId of storiesOf(plan)) {
      if (getStoryOrNull(this.db, storyId) === null) await this.refreshStory(serverIdOf(this.db, storyId), '');
    }
    for (const assetId of picturesOf(plan)) await this.fetchPicture(assetId);
    return changed ? { kind: 'page', storyId: null } : null;
  }

  private async fetchPicture(id: string): Promise<void> {
    if (this.importPicture === undefined || findAsset(this.db, id) !== null) return;
    const value = (await this.value('assets.get', { id })) as { asset?: { name?: string }; base64?: string } | null;
    if (!value?.base64) return;
    await this.importPicture(value.asset?.name ?? `${id}.jpg`, Buffer.from(value.base64, 'base64'));
  }

  private applyLease(change: Change): Applied | null {
    const serverStoryId = change.storyId ?? change.id;
    const storyId = localIdOf(this.db, serverStoryId);
    // lock: the lease itself; takeover: {lease, previous}; unlock: {token}.
    const raw = (change.data ?? {}) as { lease?: unknown };
    const data = LeaseDataSchema.safeParse(change.op === 'takeover' ? raw.lease ?? {} : raw);
    const lease = data.success ? data.data : {};
    if (change.op === 'unlock' || !lease.holder || lease.token === undefined || lease.expiresAt === undefined) {
      setLease(this.db, { storyId, holder: null });
    } else {
      setLease(this.db, { storyId, holder: lease.holder, expiresAt: lease.expiresAt, token: lease.token });
    }
    return { kind: 'lease', storyId };
  }
}

function getStoryOrNull(db: WritableDb, id: string): unknown {
  try {
    return getStory(db, id);
  } catch {
    return null;
  }
}

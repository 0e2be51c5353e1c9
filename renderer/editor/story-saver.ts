/**
 * Autosave for one open story: saves ~1 s after typing stops, at once on Ctrl+S, and on close. A failed save
 * keeps the story dirty (the text stays in the editor), reports the error, and retries with back-off.
 * Every save names its editing session (clientId) and the revision it started from (baseRevision); a refusal
 * that retrying cannot cure ('conflict', 'locked', 'forbidden') stops the retries until the user decides.
 * Knows nothing of React or Slate: it is given a way to read the content and a way to save it.
 */
import type { Envelope, Params, Result } from '../../shared/api/contract';
import type { StoryContent } from '../../shared/model';

export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; code?: string };

/** Refusals a retry cannot cure: the user has to act (compare, take over, ask an editor). */
export const BLOCKING_CODES: readonly string[] = ['conflict', 'locked', 'forbidden'];

export type SaveResult = Result<'stories.save'>;

export interface StorySaverOptions {
  storyId: string;
  save: (params: Params<'stories.save'>) => Promise<Envelope<SaveResult>>;
  onState: (state: SaveState) => void;
  onSaved?: (result: SaveResult) => void;
  /** The editing session, sent with every save so a story locked by someone else is refused. */
  clientId?: string;
  /** The revision the editor started from; updated after every successful save. */
  baseRevision?: number;
  delayMs?: number;
  retryDelaysMs?: readonly number[];
}

export class StorySaver {
  private readContent: (() => StoryContent) | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<boolean> | null = null;
  private failures = 0;
  private disposed = false;
  /** Set by a refusal retrying cannot cure: no automatic saves until cleared (the text stays dirty). */
  private blockedBy: string | null = null;
  private baseRevision: number | undefined;
  /** The kind of the state last shown (onState). */
  private shownState: SaveState['kind'] | null = null;

  constructor(private readonly options: StorySaverOptions) {
    this.baseRevision = options.baseRevision;
  }

  /** The revision the next save claims to start from (after a restore, or to save over a newer revision). */
  setBaseRevision(revision: number): void {
    this.baseRevision = revision;
  }

  getBaseRevision(): number | undefined {
    return this.baseRevision;
  }

  /** Why saving stopped ('conflict', 'locked', 'forbidden'), or null. */
  blocked(): string | null {
    return this.blockedBy;
  }

  /** Lets saving go on after the user resolved a blocking refusal (e.g. chose to save over the newer revision). */
  unblock(): void {
    this.blockedBy = null;
  }

  /** The content as the editor holds it now, saved or not (null before the first change). */
  currentContent(): StoryContent | null {
    return this.readContent ? this.readContent() : null;
  }

  /** The content changed; `read` gives the current content when the save happens (converted only then). */
  changed(read: () => StoryContent): void {
    this.readContent = read;
    this.dirty = true;
    // A failed save stays on screen (with its retry) until a save succeeds.
    // Once, not on every keystroke: the status bar re-renders for a new state object.
    if (!this.inFlight && this.failures === 0 && this.shownState !== 'dirty') this.show({ kind: 'dirty' });
    if (!this.blockedBy) this.schedule(this.options.delayMs ?? 1000);
  }

  /** True when something is not saved yet (dirty, or a save failed). */
  hasUnsaved(): boolean {
    return this.dirty;
  }

  /** The save to make right now, for a page that is closing (null when all is saved). */
  pendingSave(): Params<'stories.save'> | null {
    if (!this.dirty || !this.readContent) return null;
    return this.params(this.readContent());
  }

  private params(content: StoryContent): Params<'stories.save'> {
    const params: Params<'stories.save'> = { id: this.options.storyId, content };
    if (this.options.clientId) params.clientId = this.options.clientId;
    if (this.baseRevision !== undefined) params.baseRevision = this.baseRevision;
    return params;
  }

  /** Saves now if anything is unsaved. Resolves true when everything is saved. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (!this.dirty || !this.readContent) return true;
    this.inFlight = this.saveOnce(this.readContent());
    try {
      return await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private show(state: SaveState): void {
    this.shownState = state.kind;
    this.options.onState(state);
  }

  private async saveOnce(content: StoryContent): Promise<boolean> {
    this.dirty = false;
    this.show({ kind: 'saving' });
    const envelope = await this.options.save(this.params(content));
    if (!envelope.ok) {
      this.dirty = true;
      this.failures++;
      const { code, message } = envelope.error;
      this.show({ kind: 'error', message, code });
      if (BLOCKING_CODES.includes(code)) {
        this.blockedBy = code;
        return false;
      }
      const delays = this.options.retryDelaysMs ?? [2000, 5000, 15000];
      if (!this.disposed) this.schedule(delays[Math.min(this.failures - 1, delays.length - 1)]);
      return false;
    }
    this.failures = 0;
    this.blockedBy = null;
    this.baseRevision = envelope.value.story.revision;
    this.options.onSaved?.(envelope.value);
    // Typing during the save made it dirty again: that text goes in the next save.
    this.show(this.dirty ? { kind: 'dirty' } : { kind: 'saved', at: new Date() });
    return !this.dirty;
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    if (this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * The proof panel's state for the open story: its marks (published to the editor's decorations), the round
 * being worked, the automatic-check findings, and the acts — add, accept, reject, the author's edit and
 * withdraw, check, finding → mark. Every
 * refusal of the services becomes one plain message; nothing here changes the editor's text itself: an accepted
 * mark is written by the services and the newest text is then loaded (after pending edits were saved).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryFindingDto } from '../../shared/api/contract-proof';
import { ProofRounds, type MarkKind, type ProofMark, type ProofRound } from '../../shared/model';
import { invoke } from '../api/client';
import { readSetting, writeSetting } from '../common/local-setting';
import { remoteChanges } from '../newsroom/live';
import { proofView } from './proof-editor';
import type { BlockOffsets } from './slate-anchor';

export interface ProofDeps {
  storyId: string;
  /** The open story's revision: marks are re-listed (re-anchored by the services) whenever it changes. */
  revision: number;
  clientId: string;
  /** Saves the editor's pending text; false when it could not be saved. */
  flush: () => Promise<boolean>;
  /** Loads the newest text into the editor (after the services changed it). */
  reload: () => Promise<void>;
}

export type ProofMessage = { kind: 'error' | 'info'; text: string } | null;

export interface NewMark {
  kind: MarkKind;
  at: BlockOffsets;
  proposed: string | null;
  note: string | null;
}

/** The round last chosen, in the story view's proof panel or the page view's 校样 (one round for both views). */
const ROUND_KEY = 'folio.proof.round';

/** The round remembered on this desk (一校 when none, or without storage). */
export function storedRound(): ProofRound {
  const value = readSetting(ROUND_KEY);
  return ProofRounds.find((round) => round === value) ?? 'first';
}

export function rememberRound(round: ProofRound): void {
  writeSetting(ROUND_KEY, round);
}

export function useProof({ storyId, revision, clientId, flush, reload }: ProofDeps) {
  const { t } = useTranslation();
  const [marks, setMarks] = useState<ProofMark[]>([]);
  const [round, setRoundState] = useState<ProofRound>(storedRound);
  const [findings, setFindings] = useState<StoryFindingDto[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ProofMessage>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const current = useRef(storyId);
  current.current = storyId;

  const explain = useCallback(
    (error: { code: string; message: string }) =>
      setMessage({ kind: 'error', text: t(error.code === 'forbidden' ? 'proof.forbidden' : 'proof.failed', { message: error.message }) }),
    [t],
  );

  const refresh = useCallback(async () => {
    const result = await invoke('marks.list', { storyId });
    if (current.current !== storyId) return;
    // Unchanged marks keep their identity: the editor re-decorates only when something it draws changed.
    if (result.ok) setMarks((old) => (JSON.stringify(old) === JSON.stringify(result.value) ? old : result.value));
    else explain(result.error);
  }, [storyId, explain]);

  useEffect(() => {
    setFindings(null);
    setMessage(null);
    setSelectedId(null);
  }, [storyId]);
  useEffect(() => void refresh(), [refresh, revision]);
  // Newsroom mode: marks made or decided on another desk.
  useEffect(
    () => remoteChanges.subscribe(() => {
      if (remoteChanges.get().storyIds.includes(storyId)) void refresh();
    }),
    [refresh, storyId],
  );

  // The editor draws what the panel lists.
  useEffect(() => proofView.set({ storyId, marks, selectedId }), [storyId, marks, selectedId]);
  useEffect(() => () => proofView.set({ storyId: null, marks: [], selectedId: null }), []);

  const setRound = useCallback((next: ProofRound) => {
    setRoundState(next);
    rememberRound(next);
  }, []);

  /** Runs one act with the busy flag; the act returns an error to show, or nothing. */
  const act = useCallback(async (work: () => Promise<{ code: string; message: string } | void>) => {
    setBusy(true);
    setMessage(null);
    try {
      const error = await work();
      if (error) explain(error);
      return !error;
    } finally {
      setBusy(false);
    }
  }, [explain]);

  const addMark = useCallback(
    (mark: NewMark) =>
      act(async () => {
        // The quote is checked against the saved text: pending edits go first.
        if (!(await flush())) return { code: 'unsaved', message: t('proof.unsavedFirst') };
        const result = await invoke('marks.add', {
          storyId,
          round,
          kind: mark.kind,
          blockIndex: mark.at.blockIndex,
          start: mark.at.start,
          end: mark.at.end,
          quote: mark.at.quote,
          proposed: mark.proposed,
          note: mark.note,
        });
        if (!result.ok) return result.error;
        setSelectedId(result.value.id);
        await refresh();
      }),
    [act, flush, storyId, round, refresh, t],
  );

  const accept = useCallback(
    (id: string) =>
      act(async () => {
        // The services write the change as a new revision: our own pending edits must be in before, and the
        // editor must load the result after (else its next autosave would hit a stale base: a conflict).
        if (!(await flush())) return { code: 'unsaved', message: t('proof.unsavedFirst') };
        let result = await invoke('marks.accept', { id, clientId });
        // A mark whose text changed since it was made: ask before it overwrites the later edit.
        if (!result.ok && result.error.field === 'confirmDrift') {
          if (!window.confirm(t('proof.acceptDriftedConfirm', { message: result.error.message }))) return;
          result = await invoke('marks.accept', { id, clientId, confirmDrift: true });
        }
        if (!result.ok) return result.error;
        if (result.value.appliedRevision !== null) await reload();
        await refresh();
      }),
    [act, flush, clientId, reload, refresh, t],
  );

  /** 采纳 every given mark at once: the services make ONE revision for all of them (marks.acceptMany). */
  const acceptMany = useCallback(
    (ids: string[]) =>
      act(async () => {
        if (!(await flush())) return { code: 'unsaved', message: t('proof.unsavedFirst') };
        let result = await invoke('marks.acceptMany', { ids, clientId });
        if (!result.ok && result.error.field === 'confirmDrift') {
          if (!window.confirm(t('proof.acceptDriftedConfirm', { message: result.error.message }))) return;
          result = await invoke('marks.acceptMany', { ids, clientId, confirmDrift: true });
        }
        if (!result.ok) return result.error;
        if (result.value.some((m) => m.appliedRevision !== null)) await reload();
        await refresh();
      }),
    [act, flush, clientId, reload, refresh, t],
  );

  const reject = useCallback(
    (id: string, reason: string) =>
      act(async () => {
        const result = await invoke('marks.reject', { id, reason });
        if (!result.ok) return result.error;
        await refresh();
      }),
    [act, refresh],
  );

  /** The author takes the mark back (kept in the history, struck out). */
  const withdraw = useCallback(
    (id: string) =>
      act(async () => {
        const result = await invoke('marks.withdraw', { id });
        if (!result.ok) return result.error;
        await refresh();
      }),
    [act, refresh],
  );

  /** The author changes what the mark asks for (the range and kind stay). */
  const edit = useCallback(
    (id: string, change: { proposed: string | null; note: string | null }) =>
      act(async () => {
        const result = await invoke('marks.edit', { id, ...change });
        if (!result.ok) return result.error;
        await refresh();
      }),
    [act, refresh],
  );

  const check = useCallback(
    () =>
      act(async () => {
        if (!(await flush())) return { code: 'unsaved', message: t('proof.unsavedFirst') };
        const result = await invoke('proof.check', { storyId });
        if (!result.ok) return result.error;
        setFindings(result.value.findings);
      }),
    [act, flush, storyId, t],
  );

  const markFinding = useCallback(
    (finding: StoryFindingDto) =>
      act(async () => {
        const result = await invoke('proof.markFromFinding', { storyId, round, finding });
        if (!result.ok) return result.error;
        setFindings((list) => list?.filter((f) => f !== finding) ?? null);
        setSelectedId(result.value.id);
        await refresh();
      }),
    [act, storyId, round, refresh],
  );

  return { marks, round, setRound, findings, busy, message, setMessage, selectedId, setSelectedId, addMark, accept, acceptMany, reject, withdraw, edit, check, markFinding, refresh };
}

/** The name the desk's profile works under (marks.withdraw and marks.edit are for a mark's author), re-read when the role changes. */
export function useProfileName(role: string): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void invoke('profile.get', {}).then((r) => live && setName(r.ok ? (r.value?.name ?? null) : null));
    return () => {
      live = false;
    };
  }, [role]);
  return name;
}

export type ProofState = ReturnType<typeof useProof>;

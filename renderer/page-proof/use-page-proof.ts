/**
 * The page view's 校样 mode: whether it is on, the page's marks (marks.list {pageId}, re-read while on so marks
 * added elsewhere appear), who may mark (mayProof 'mark' of the profile's role), the round being worked (the same
 * remembered round as the story view's proof panel), the text selected on the preview, adding a mark there, and
 * the marked proof PDF (proof.markedPdf → a download).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { blockText, currentRound, mayProof, type PageView, type ProofMark, type ProofRound, type Role, type StoryContent } from '../../shared/model';
import { invoke } from '../api/client';
import { liveStory } from '../common/live-story';
import { rememberRound, storedRound, type NewMark } from '../proof/use-proof';
import type { PageSelection } from './hit-test';
import { downloadPdf } from '../common/download-pdf';

/** How often the page's marks are re-read while 校样 is on (marks added by other desks), ms. */
const REFRESH_MS = 4000;

export type PageProofMessage = { kind: 'error' | 'info'; text: string } | null;

/** The selection with the quote the proofreader saw (the block's text as composed on the preview). */
export interface QuotedSelection extends PageSelection {
  quote: string;
}

export function usePageProof(view: PageView | null, saved: ReadonlyMap<string, StoryContent>) {
  const pageId = view?.page.id ?? null;
  const [on, setOn] = useState(false);
  const [marks, setMarks] = useState<ProofMark[]>([]);
  const [role, setRole] = useState<Role | null>(null);
  const [round, setRoundState] = useState<ProofRound>(storedRound);
  const [selection, setSelectionState] = useState<QuotedSelection | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PageProofMessage>(null);
  const [printing, setPrinting] = useState(false);
  const current = useRef(pageId);
  current.current = pageId;

  const storyOfModule = useMemo(() => new Map((view?.modules ?? []).flatMap((m) => (m.storyId ? [[m.id, m.storyId] as const] : []))), [view]);

  const refresh = useCallback(async () => {
    if (!pageId) return;
    const result = await invoke('marks.list', { pageId });
    if (current.current !== pageId) return;
    // Unchanged marks keep their identity: the overlay is recomputed only when something it draws changed.
    if (result.ok) setMarks((old) => (JSON.stringify(old) === JSON.stringify(result.value) ? old : result.value));
    else setMessage({ kind: 'error', text: result.error.message });
  }, [pageId]);

  // While on: read now, when the page (plan or texts) changes, when the window gets the focus back, and every
  // few seconds.
  useEffect(() => {
    if (!on) return;
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [on, refresh, view]);

  // Who is marking: asked each time 校样 is turned on (the profile may have been switched since).
  useEffect(() => {
    if (!on) return;
    let live = true;
    void invoke('profile.get', {}).then((r) => live && setRole(r.ok ? (r.value?.role ?? 'editor') : null));
    return () => {
      live = false;
    };
  }, [on]);

  useEffect(() => {
    setSelectionState(null);
    setMessage(null);
  }, [pageId, on]);

  // The round selector starts at the page's current round (the first not yet signed), each time 校样 is turned on.
  useEffect(() => {
    if (!on || !pageId) return;
    let live = true;
    void invoke('signoff.list', { pageId }).then((r) => {
      if (live && r.ok) setRoundState(currentRound(r.value.rounds));
    });
    return () => {
      live = false;
    };
  }, [on, pageId]);

  const setRound = useCallback((next: ProofRound) => {
    setRoundState(next);
    rememberRound(next);
  }, []);

  /** The block text the preview shows: the editor's live text for the story open there, else the saved text. */
  const textOf = useCallback(
    (storyId: string, blockIndex: number): string | null => {
      const editor = liveStory.get();
      const content = editor?.storyId === storyId ? editor.read() : saved.get(storyId);
      const block = content?.blocks[blockIndex];
      return block ? blockText(block) : null;
    },
    [saved],
  );

  const setSelection = useCallback(
    (next: PageSelection | null) => {
      if (!next) return setSelectionState(null);
      const text = textOf(next.storyId, next.blockIndex);
      setSelectionState(text === null ? null : { ...next, quote: text.slice(next.start, next.end) });
    },
    [textOf],
  );

  const addMark = useCallback(
    async (mark: NewMark): Promise<boolean> => {
      if (!selection) return false;
      setBusy(true);
      setMessage(null);
      try {
        const result = await invoke('marks.add', {
          storyId: selection.storyId,
          round,
          kind: mark.kind,
          blockIndex: mark.at.blockIndex,
          start: mark.at.start,
          end: mark.at.end,
          quote: mark.at.quote,
          proposed: mark.proposed,
          note: mark.note,
        });
        if (!result.ok) {
          setMessage({ kind: 'error', text: result.error.message });
          return false;
        }
        setSelectionState(null);
        await refresh();
        return true;
      } finally {
        setBusy(false);
      }
    },
    [selection, round, refresh],
  );

  /** The marked proof PDF of the page, downloaded as 第N版校样.pdf. */
  const print = useCallback(async () => {
    if (!view) return;
    setPrinting(true);
    setMessage(null);
    try {
      const result = await invoke('proof.markedPdf', { pageId: view.page.id });
      if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
      downloadPdf(result.value.pdfBase64, `第${view.page.number}版校样.pdf`);
    } finally {
      setPrinting(false);
    }
  }, [view]);

  return {
    on,
    setOn,
    marks,
    role,
    mayMark: role !== null && mayProof(role, 'mark'),
    round,
    setRound,
    storyOfModule,
    selection,
    setSelection,
    busy,
    message,
    setMessage,
    printing,
    print,
    addMark,
    refresh,
  };
}

export type PageProofState = ReturnType<typeof usePageProof>;

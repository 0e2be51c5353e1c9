/**
 * The merge view of a newsroom conflict: the text this desk saved on a stale base became a conflict revision beside
 * the current one. Per stretch of paragraphs it shows what merged by itself (and from which side) and, where both
 * changed the same paragraphs, the base, the current text and mine, with a choice: take mine, take the current,
 * keep both, or edit by hand. Saving stores the merge as a new revision on the current one and closes the
 * conflict; both earlier versions stay in the revision history (on the server, the conflict revision too).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeViewChunk, NewsroomConflict } from '../../shared/api/contract-newsroom-desk';
import type { Block } from '../../shared/model';
import { applyMergeChoices, blockText, paragraphsFromText, type MergeChoice, type MergeResult } from '../../shared/newsroom/merge';
import { invoke } from '../api/client';

type Choice = 'mine' | 'current' | 'both' | 'hand';

interface Loaded {
  conflict: NewsroomConflict;
  storyId: string;
  currentRevision: number;
  chunks: MergeViewChunk[];
}

export interface MergeViewProps {
  /** The workspace's edit-lock session id, so the save passes the desk's lock. */
  clientId: string;
  /** Before saving: the open editor writes what it holds (false when that failed). */
  flushOpenStory: (storyId: string) => Promise<boolean>;
  /** After saving: the open editor reloads the merged revision, the desk list and status refresh. */
  onMerged: (storyId: string) => Promise<void>;
  onClose: () => void;
}

const blocksText = (blocks: readonly Block[]) => blocks.map(blockText).join('\n');

/**
 * One entry per story: its newest conflict. A desk's saves carry the whole text, so the newest holds everything
 * typed on that base; the earlier ones of the story are closed with it (their text stays in the history).
 */
function newestPerStory(conflicts: readonly NewsroomConflict[]): NewsroomConflict[] {
  const newest = new Map<string, NewsroomConflict>();
  for (const conflict of conflicts) if ((newest.get(conflict.storyId)?.id ?? -1) < conflict.id) newest.set(conflict.storyId, conflict);
  return [...newest.values()].sort((a, b) => a.id - b.id);
}

/** The view's stretches as the pure merge result (ours = current, theirs = mine), for applyMergeChoices. */
function asMergeResult(chunks: readonly MergeViewChunk[]): MergeResult {
  const merged = chunks.map((chunk) =>
    chunk.kind === 'clean'
      ? { kind: 'clean' as const, blocks: chunk.blocks, from: chunk.from === 'current' ? ('ours' as const) : chunk.from === 'mine' ? ('theirs' as const) : ('both' as const) }
      : { kind: 'conflict' as const, base: chunk.base, ours: chunk.current, theirs: chunk.mine },
  );
  return { clean: merged.every((c) => c.kind === 'clean'), chunks: merged, content: { blocks: [] } };
}

export function MergeView({ clientId, flushOpenStory, onMerged, onClose }: MergeViewProps) {
  const { t } = useTranslation();
  const [conflicts, setConflicts] = useState<NewsroomConflict[] | null>(null);
  const [allConflicts, setAllConflicts] = useState<NewsroomConflict[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [choices, setChoices] = useState<Choice[]>([]);
  const [handText, setHandText] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const loadList = useCallback(async () => {
    const result = await invoke('newsroom.conflicts', {});
    if (!result.ok) return setError(result.error.message);
    const shown = newestPerStory(result.value);
    setAllConflicts(result.value);
    setConflicts(shown);
    setSelected((current) => (current !== null && shown.some((c) => c.id === current) ? current : shown[0]?.id ?? null));
  }, []);
  useEffect(() => void loadList(), [loadList]);

  useEffect(() => {
    const conflict = conflicts?.find((c) => c.id === selected);
    setLoaded(null);
    if (!conflict) return;
    let alive = true;
    void invoke('newsroom.mergeConflict', { id: conflict.id }).then((result) => {
      if (!alive) return;
      if (!result.ok) return setError(result.error.message);
      setError(null);
      const { storyId, currentRevision, chunks } = result.value;
      setLoaded({ conflict, storyId, currentRevision, chunks });
      const conflicting = chunks.filter((c): c is Extract<MergeViewChunk, { kind: 'conflict' }> => c.kind === 'conflict');
      setChoices(conflicting.map(() => 'both'));
      setHandText(conflicting.map((c) => blocksText(c.mine)));
    });
    return () => {
      alive = false;
    };
  }, [conflicts, selected]);

  const merged = useMemo(() => {
    if (!loaded) return null;
    let i = 0;
    const answers: MergeChoice[] = loaded.chunks
      .filter((c): c is Extract<MergeViewChunk, { kind: 'conflict' }> => c.kind === 'conflict')
      .map((chunk) => {
        const choice = choices[i];
        const text = handText[i++] ?? '';
        if (choice === 'hand') return { blocks: paragraphsFromText(text, chunk.mine) };
        return { take: choice === 'mine' ? 'theirs' : choice === 'current' ? 'ours' : 'both' };
      });
    return applyMergeChoices(asMergeResult(loaded.chunks), loaded.conflict.content, answers);
  }, [loaded, choices, handText]);

  const save = async () => {
    if (!loaded || !merged) return;
    setBusy(true);
    setError(null);
    try {
      if (!(await flushOpenStory(loaded.storyId))) return setError(t('newsroom.merge.flushFailed'));
      // Stand on the desk's newest revision (what the editor just wrote, if anything), never an older one.
      const story = await invoke('stories.get', { id: loaded.storyId });
      if (!story.ok) return setError(story.error.message);
      const saved = await invoke('stories.save', { id: loaded.storyId, content: merged, baseRevision: story.value.revision, clientId });
      if (!saved.ok) return setError(saved.error.message);
      const closed = allConflicts.filter((c) => c.storyId === loaded.storyId && c.id <= loaded.conflict.id);
      for (const conflict of closed) {
        const resolved = await invoke('newsroom.resolveConflict', { id: conflict.id });
        if (!resolved.ok) return setError(resolved.error.message);
      }
      await onMerged(loaded.storyId);
      await loadList();
    } finally {
      setBusy(false);
    }
  };

  const setChoice = (index: number, choice: Choice) => setChoices((all) => all.map((c, i) => (i === index ? choice : c)));
  let conflictIndex = 0;

  return (
    <div className="modal-backdrop">
      <section className="modal merge-view" role="dialog" aria-modal="true" aria-labelledby="merge-title" data-testid="merge-view" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2 id="merge-title">{t('newsroom.merge.title')}</h2>
        <p className="muted">{t('newsroom.merge.hint')}</p>
        {conflicts && conflicts.length === 0 && <p data-testid="merge-none">{t('newsroom.merge.none')}</p>}
        {conflicts && conflicts.length > 1 && (
          <label className="field">
            <span>{t('newsroom.merge.which')}</span>
            <select data-testid="merge-which" value={selected ?? ''} onChange={(e) => setSelected(Number(e.target.value))}>
              {conflicts.map((c) => (
                <option key={c.id} value={c.id}>{t('newsroom.merge.option', { title: blockText(c.content.blocks[0] ?? { type: 'paragraph', runs: [] }), time: c.createdAt.slice(0, 16).replace('T', ' ') })}</option>
              ))}
            </select>
          </label>
        )}
        {loaded && loaded.conflict.reason !== 'conflict' && <p className="muted">{t('newsroom.merge.refused', { reason: loaded.conflict.reason })}</p>}
        {loaded && (
          <div className="merge-chunks" data-testid="merge-chunks">
            {loaded.chunks.map((chunk, key) => {
              if (chunk.kind === 'clean') {
                return (
                  <div key={key} className={`merge-clean merge-from-${chunk.from}`} data-testid="merge-clean" data-from={chunk.from}>
                    {chunk.from !== 'both' && <span className="merge-badge">{t(`newsroom.merge.auto.${chunk.from}`)}</span>}
                    {chunk.blocks.map((block, i) => <p key={i}>{blockText(block)}</p>)}
                  </div>
                );
              }
              const index = conflictIndex++;
              const choice = choices[index] ?? 'both';
              const name = `merge-choice-${index}`;
              return (
                <fieldset key={key} className="merge-conflict" data-testid="merge-conflict" data-choice={choice}>
                  <legend>{t('newsroom.merge.conflictN', { n: index + 1 })}</legend>
                  <div className="merge-sides">
                    {(['base', 'current', 'mine'] as const).map((side) => (
                      <div key={side} className={`merge-side merge-${side}`} data-testid={`merge-${side}`}>
                        <h3>{t(`newsroom.merge.side.${side}`)}</h3>
                        {chunk[side].length === 0 ? <p className="muted">{t('newsroom.merge.nothing')}</p> : chunk[side].map((block, i) => <p key={i}>{blockText(block)}</p>)}
                      </div>
                    ))}
                  </div>
                  <div className="merge-choices" role="radiogroup" aria-label={t('newsroom.merge.conflictN', { n: index + 1 })}>
                    {(['mine', 'current', 'both', 'hand'] as const).map((option) => (
                      <label key={option}>
                        <input type="radio" name={name} data-testid={`merge-take-${option}`} checked={choice === option} onChange={() => setChoice(index, option)} />
                        {t(`newsroom.merge.take.${option}`)}
                      </label>
                    ))}
                  </div>
                  {choice === 'hand' && (
                    <textarea
                      data-testid="merge-hand"
                      aria-label={t('newsroom.merge.take.hand')}
                      value={handText[index] ?? ''}
                      rows={Math.max(3, (handText[index] ?? '').split('\n').length + 1)}
                      onChange={(e) => setHandText((all) => all.map((text, i) => (i === index ? e.target.value : text)))}
                    />
                  )}
                </fieldset>
              );
            })}
          </div>
        )}
        {error && <p className="form-error" role="alert" data-testid="merge-error">{error}</p>}
        <div className="modal-actions">
          <button type="button" className="btn" data-testid="merge-close" onClick={onClose}>{t('common.close')}</button>
          <button type="button" className="btn primary" data-testid="merge-save" disabled={!loaded || busy} onClick={() => void save()}>{t('newsroom.merge.save')}</button>
        </div>
      </section>
    </div>
  );
}

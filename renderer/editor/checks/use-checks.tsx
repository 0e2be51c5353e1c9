/**
 * Spell-as-you-type in the story editor: after typing pauses (DEBOUNCE_MS, never on the keystroke path, never
 * under an open IME composition) the automatic checks of shared/proof run over the value in a Web Worker
 * (check-runner.ts; unchanged paragraphs come from a per-paragraph cache; a reply for a value since edited is
 * dropped) and their findings are drawn as Slate decorations (a wavy underline; the
 * document is never transformed, so the undo history and compositions are untouched). Clicking an underline or
 * Alt+Enter on it opens a popover with the message, 改为 X (one undoable edit; not for a text-locked role) and
 * 忽略 (hidden for this session).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Range, Text, Transforms, type BaseRange, type Descendant, type NodeEntry } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { formatMessage, type CheckOptions } from '../../../shared/proof';
import { invoke } from '../../api/client';
import { useObservable } from '../../common/observable';
import { findingRange, ignoreKey, partText, sliceInLeaf, type LocatedFinding } from './check-ranges';
import { CheckRunner, createCheckWorker } from './check-runner';
import { checksEnabled, ignoredFindings } from './checks-toggle';

export const DEBOUNCE_MS = 400;

/** The leaf props a finding's decoration adds (read by checkLeafProps, editor/render.tsx). */
export interface CheckDecoration {
  checkId: string;
  checkCode: string;
  checkTitle: string;
}

interface Checked {
  /** editor.children when the check ran: a block's findings are drawn only while that block is unchanged. */
  nodes: readonly Descendant[];
  byNode: Map<number, (LocatedFinding & { key: string })[]>;
}

const EMPTY: Checked = { nodes: [], byNode: new Map() };

interface Popover {
  found: LocatedFinding & { key: string };
  x: number;
  y: number;
}

export function useChecks(editor: Editor, { canFix }: { canFix: boolean }) {
  const { t, i18n } = useTranslation();
  const enabled = useObservable(checksEnabled);
  const [checked, setChecked] = useState<Checked>(EMPTY);
  const [ignoredCount, setIgnoredCount] = useState(0);
  const [popover, setPopover] = useState<Popover | null>(null);
  // One runner (and worker) per editor; the options it checks with arrive below.
  const runner = useRef<CheckRunner | null>(null);
  const options = useRef<CheckOptions>({});
  useEffect(() => {
    const created = new CheckRunner(createCheckWorker(), () => editor.children);
    created.setOptions(options.current);
    runner.current = created;
    return () => {
      created.dispose();
      if (runner.current === created) runner.current = null;
    };
  }, [editor]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;

  const run = useCallback(() => {
    clearTimeout(timer.current);
    if (!enabledRef.current) return;
    // Never re-render the editable under an open composition: try again after the next pause.
    if (ReactEditor.isComposing(editor)) {
      timer.current = setTimeout(run, DEBOUNCE_MS);
      return;
    }
    const nodes = editor.children;
    void runner.current?.check(nodes).then((located) => {
      // null: the value changed (or a later check went out) meanwhile; the pause after that edit checks again.
      if (!located || !enabledRef.current) return;
      if (ReactEditor.isComposing(editor)) {
        timer.current = setTimeout(run, DEBOUNCE_MS);
        return;
      }
      const byNode: Checked['byNode'] = new Map();
      for (const found of located) {
        const key = ignoreKey(partText(nodes[found.node], found.finding.part), found.finding);
        const list = byNode.get(found.node) ?? [];
        list.push({ ...found, key });
        byNode.set(found.node, list);
      }
      setChecked({ nodes, byNode });
    });
  }, [editor]);

  /** Called on every content change: only (re)arms a timer. */
  const changed = useCallback(() => {
    clearTimeout(timer.current);
    if (enabledRef.current) timer.current = setTimeout(run, DEBOUNCE_MS);
  }, [run]);

  // The desk's term list and house style, as proof.check uses them; the built-in checks until they arrive.
  useEffect(() => {
    let live = true;
    void Promise.all([invoke('terms.get', {}), invoke('proof.policy', {})])
      .then(([terms, policy]) => {
        if (!live) return;
        const next: CheckOptions = {};
        if (terms.ok) next.terms = { rules: terms.value.rules, banned: terms.value.banned };
        if (policy.ok && policy.value.houseStyle) next.style = policy.value.houseStyle;
        options.current = next;
        runner.current?.setOptions(next);
        changed();
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [changed]);

  useEffect(() => {
    if (enabled) changed();
    else {
      clearTimeout(timer.current);
      setPopover(null);
    }
    return () => clearTimeout(timer.current);
  }, [enabled, changed]);

  const language = i18n.language === 'en' ? 'en' : 'zh';
  const decorate = useCallback(
    ([node, path]: NodeEntry): BaseRange[] => {
      if (!enabled || !Text.isText(node) || path.length === 0) return [];
      const list = checked.byNode.get(path[0]);
      if (!list || editor.children[path[0]] !== checked.nodes[path[0]]) return [];
      const ranges: (BaseRange & CheckDecoration)[] = [];
      for (const found of list) {
        if (ignoredFindings.has(found.key)) continue;
        const slice = sliceInLeaf(found.range, path, node.text.length);
        if (!slice) continue;
        ranges.push({ ...slice, checkId: found.id, checkCode: found.finding.code, checkTitle: formatMessage(found.finding.code, found.finding.args, language) });
      }
      return ranges;
    },
    // ignoredCount: a finding ignored is drawn no more
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor, enabled, checked, language, ignoredCount],
  );

  const findById = (id: string) => {
    for (const list of checked.byNode.values()) for (const found of list) if (found.id === id) return found;
    return undefined;
  };

  const openAt = (found: Popover['found'], rect: DOMRect) => setPopover({ found, x: rect.left, y: rect.bottom + 4 });

  /** Editable onClick: a click on an underline opens its popover (the caret still moves there). */
  const onClick = (event: React.MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-check-id]');
    const found = target && findById(target.dataset.checkId ?? '');
    if (found && target) openAt(found, target.getBoundingClientRect());
    else setPopover(null);
  };

  /** Editable onKeyDown, before the editor's own keys: Alt+Enter on an underline opens it; true when handled. */
  const onKeyDown = (event: React.KeyboardEvent): boolean => {
    if (event.key === 'Escape' && popover) {
      setPopover(null);
      return true;
    }
    if (!(event.altKey && event.key === 'Enter') || !enabled || !editor.selection) return false;
    const at = editor.selection.anchor;
    if (editor.children[at.path[0]] !== checked.nodes[at.path[0]]) return false;
    const found = checked.byNode.get(at.path[0])?.find((f) => !ignoredFindings.has(f.key) && Range.includes(f.range, at));
    if (!found) return false;
    event.preventDefault();
    try {
      openAt(found, ReactEditor.toDOMRange(editor, found.range).getBoundingClientRect());
    } catch {
      return false;
    }
    return true;
  };

  const fix = () => {
    const found = popover?.found;
    setPopover(null);
    if (!found || found.finding.suggestion === undefined || !canFix) return;
    // The value may have changed since the check: apply only where the finding's text still is.
    const range = findingRange(editor.children, found.node, found.finding);
    if (!range || Editor.string(editor, range) !== found.finding.text) return changed();
    HistoryEditor.withNewBatch(editor, () => Transforms.insertText(editor, found.finding.suggestion as string, { at: range }));
    try {
      ReactEditor.focus(editor);
    } catch {
      // not mounted
    }
    run();
  };

  const ignore = () => {
    if (popover) ignoredFindings.add(popover.found.key);
    setIgnoredCount((n) => n + 1);
    setPopover(null);
  };

  const popoverElement = popover && (
    <div
      className="check-popover"
      data-testid="check-popover"
      role="dialog"
      aria-label={t('checks.label')}
      style={{ left: popover.x, top: popover.y }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <p className="check-popover-message" data-testid="check-message">
        {formatMessage(popover.found.finding.code, popover.found.finding.args, language)}
      </p>
      <div className="check-popover-actions">
        {canFix && popover.found.finding.suggestion !== undefined && (
          <button type="button" data-testid="check-fix" onClick={fix}>
            {popover.found.finding.suggestion === ''
              ? t('checks.remove', { text: popover.found.finding.text })
              : t('checks.fix', { text: popover.found.finding.suggestion })}
          </button>
        )}
        <button type="button" data-testid="check-ignore" onClick={ignore}>{t('checks.ignore')}</button>
        <button type="button" data-testid="check-close" onClick={() => setPopover(null)}>{t('checks.close')}</button>
      </div>
    </div>
  );

  return { enabled, decorate, changed, onClick, onKeyDown, popover: popoverElement };
}

/** For StoryLeaf: the class and attributes of a leaf a finding underlines (undefined when none does). */
export function checkLeafProps(leaf: object): { className: string; attributes: Record<string, string> } | undefined {
  const found = leaf as Partial<CheckDecoration>;
  if (!found.checkId) return undefined;
  return {
    className: 'check-underline',
    attributes: { 'data-testid': 'check-underline', 'data-check-id': found.checkId, 'data-code': found.checkCode ?? '', title: found.checkTitle ?? '' },
  };
}

/**
 * What each desk command does (the handlers of the one command table, shared/commands): the view state the
 * commands switch (centre view, plan, panels, zoom, the shortcuts sheet) and a short notice when a command
 * has nothing to act on, so no menu item or shortcut is a dead end.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { activeEditor, type EditorActions } from '../../editor/active-editor';
import type { CentreView } from '../../page/view-switch';
import type { Tab as SideTab } from '../../proof/proof-dock';
import type { CommandHandlers } from './use-command-keys';
import { usePanelLayout } from '../../common/panel-layout';
import { checksEnabled } from '../../editor/checks/checks-toggle';
import { planShown, togglePlan } from '../plan-shown';

export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5] as const;

export interface DeskCommandDeps {
  createStory: () => void;
  closeStory: () => void;
  openExport: () => void;
  /** 输出数字报: the 输出 panel on its e-paper tab. */
  openEpaper: () => void;
  searchBox: RefObject<HTMLInputElement | null>;
  importInput: RefObject<HTMLInputElement | null>;
  setCentreView: (view: CentreView) => void;
}

export function useDeskCommands(deps: DeskCommandDeps) {
  const { t } = useTranslation();
  const [zoomIndex, setZoomIndex] = useState(ZOOM_STEPS.indexOf(1));
  // Panel sizes and collapsed panels, remembered across restarts (renderer/common/panel-layout).
  const panels = usePanelLayout();
  const { deskHidden, sideHidden } = panels.state;
  const setDeskHidden = (f: (hidden: boolean) => boolean) => panels.update((s) => ({ deskHidden: f(s.deskHidden) }));
  const setSideHidden = (f: boolean | ((hidden: boolean) => boolean)) => panels.update((s) => ({ sideHidden: typeof f === 'function' ? f(s.sideHidden) : f }));
  const [sheetOpen, setSheetOpen] = useState(false);
  const [recentOpen, setRecentOpen] = useState(false);
  const [sideTab, setSideTab] = useState<SideTab>('inspector');
  const [notice, setNotice] = useState<string | null>(null);

  // "Close the plan first" goes once the plan is closed.
  useEffect(() => planShown.subscribe(() => {
    if (!planShown.get()) setNotice((shown) => (shown === t('commands.planOpen') ? null : shown));
  }), [t]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  /**
   * Runs an edit on the open story's editor, or says that a story must be opened first — or, while the plan is
   * open over the story (its editor kept unseen under it), that the plan must be closed first.
   */
  const onEditor = useCallback(
    (act: (editor: EditorActions) => void, needsEditable = true) => {
      if (planShown.get()) return setNotice(t('commands.planOpen'));
      const editor = activeEditor.get();
      if (!editor || (needsEditable && !editor.editable())) return setNotice(t('commands.noStory'));
      act(editor);
    },
    [t],
  );
  const zoomTo = (index: number) => {
    const next = Math.max(0, Math.min(ZOOM_STEPS.length - 1, index));
    setZoomIndex(next);
    setNotice(t('commands.zoomed', { percent: Math.round(ZOOM_STEPS[next] * 100) }));
  };
  const showView = (view: CentreView) => {
    planShown.set(false);
    deps.setCentreView(view);
  };

  const searchDesk = () => {
    setDeskHidden(() => false);
    requestAnimationFrame(() => {
      deps.searchBox.current?.focus();
      deps.searchBox.current?.select();
    });
  };

  const handlers: CommandHandlers = {
    'new-story': deps.createStory,
    // The desk comes back if hidden, so the import's report is seen; the picker is always mounted (app.tsx).
    import: () => {
      setDeskHidden(() => false);
      deps.importInput.current?.click();
    },
    'recent-issues': () => setRecentOpen(true),
    save: () => onEditor((editor) => editor.save(), false),
    'close-story': () => onEditor(() => deps.closeStory(), false),
    undo: () => onEditor((editor) => editor.undo()),
    redo: () => onEditor((editor) => editor.redo()),
    bold: () => onEditor((editor) => editor.toggleMark('bold')),
    emphasis: () => onEditor((editor) => editor.toggleMark('emphasis')),
    // In the story (focus anywhere but the desk): the story's find bar; on the desk: the desk's search.
    find: () => {
      const editor = activeEditor.get();
      if (planShown.get()) setNotice(t('commands.planOpen'));
      else if (editor && !document.activeElement?.closest('[data-testid="desk"]')) editor.openFind('find');
      else searchDesk();
    },
    replace: () => onEditor((editor) => editor.openFind('replace'), false),
    'search-desk': () => searchDesk(),
    'story-view': () => showView('story'),
    'page-view': () => showView('page'),
    plan: togglePlan,
    'proof-panel': () => {
      showView('story');
      setSideHidden(false);
      setSideTab((tab) => (tab === 'proof' ? 'inspector' : 'proof'));
    },
    export: deps.openExport,
    'export-epaper': deps.openEpaper,
    'zoom-in': () => zoomTo(zoomIndex + 1),
    'zoom-out': () => zoomTo(zoomIndex - 1),
    'zoom-reset': () => zoomTo(ZOOM_STEPS.indexOf(1)),
    'toggle-desk': () => setDeskHidden((hidden) => !hidden),
    'toggle-side': () => setSideHidden((hidden) => !hidden),
    shortcuts: () => setSheetOpen(true),
    'toggle-checks': () => {
      checksEnabled.set(!checksEnabled.get());
      setNotice(t(checksEnabled.get() ? 'checks.on' : 'checks.off'));
    },
  };

  return {
    handlers,
    zoom: ZOOM_STEPS[zoomIndex],
    deskHidden,
    sideHidden,
    panels,
    sheetOpen,
    closeSheet: () => setSheetOpen(false),
    recentOpen,
    closeRecent: () => setRecentOpen(false),
    sideTab,
    setSideTab,
    notice,
  };
}

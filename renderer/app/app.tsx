/** The workspace: top bar, desk | editor | inspector, status bar (docs/ui.md); the profile is asked for first. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBanner } from '../desk/demo-banner';
import { Desk } from '../desk/desk';
import { useImport } from '../desk/use-import';
import { ImportFileInput } from '../desk/import-file-input';
import { useSearch } from '../desk/use-search';
import { StoryEditor } from '../editor/story-editor';
import { mayStory } from '../../shared/model';
import { ConflictCompare } from '../workflow/conflict-compare';
import { ProfileDialog } from '../workflow/profile-dialog';
import { RevisionCompare } from '../workflow/revision-compare';
import { StoryNotices } from '../workflow/story-notices';
import { useProfile } from '../workflow/use-profile';
import { Inspector } from './inspector';
import { useObservable } from '../common/observable';
import { StatusBar } from './status-bar';
import { TopBar } from './top-bar';
import { MenuBarNotice } from './commands/menu-bar-notice';
import { ShortcutsSheet } from './commands/shortcuts-sheet';
import { RecentIssues } from './commands/recent-issues';
import { useCommandKeys } from './commands/use-command-keys';
import { useDeskCommands } from './commands/use-desk-commands';
import { useWorkspace } from './use-workspace';
import { fitPanels, PANEL_LIMITS, readPanels } from '../common/panel-layout';
import { PaneSplitter } from '../common/pane-splitter';
// 稿件 | 版面 switch and the page workspace (renderer/page).
import { PageWorkspace } from '../page/page-workspace';
import { ViewSwitch, type CentreView } from '../page/view-switch';
import type { PageOpenRequest } from '../page/page-workspace';
// The 校对 tab beside the inspector, and the 签发 lock of the open story (renderer/proof).
import { ProofDock } from '../proof/proof-dock';
import { ApprovedBanner, useApprovalLocked } from '../proof/proof-lock';
// 版面计划 (issues, pages, backups) and the desk's 按版/按版名 filters (renderer/plan).
import { PlacementFilter } from '../plan/placement-filter';
import { PlanView } from '../plan/plan-view';
import { startPlanAhead } from '../plan/plan-ahead';
import { planShown, PlanOverPanes, togglePlan, UnlessPlanShown } from './plan-shown';
import { StyleSheetPanel } from '../styles/style-sheet-panel';
import { PageMastersPanel } from '../styles/page-masters-panel';
// 输出 panel (renderer/export): top bar 输出 or Ctrl+E; a finding clicked there opens its page + module.
import { ExportPanel } from '../export/export-panel';
// Newsroom mode: connection state in the status bar, the connect dialog, live refresh from the feed.
import { NewsroomDialog } from '../newsroom/newsroom-dialog';
import { NewsroomStatusCell } from '../newsroom/newsroom-status';
import { useNewsroom } from '../newsroom/use-newsroom';
import { useLeaseHolders, useLiveRefresh } from '../newsroom/use-live-refresh';
import { MergeView } from '../newsroom/merge-view';
import { PlanConflictsView } from '../newsroom/plan-conflicts-view';

export function App() {
  const { t } = useTranslation();
  const people = useProfile();
  const ws = useWorkspace();
  const { desk, story } = ws;
  const search = useSearch();
  const imports = useImport(desk.refreshList);
  const searchBox = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const lock = useObservable(story.lockState);
  const approvalLocked = useApprovalLocked(story.open?.story.id ?? null);
  const readOnly = !!story.open && (lock?.kind !== 'held' || approvalLocked);
  const role = people.profile?.role ?? 'editor';
  // A proofreader reads, selects and marks; only the roles of STORY_PERMISSIONS type into the story.
  const textLocked = !mayStory(role, 'write-text');
  const newsroom = useNewsroom();
  const [newsroomOpen, setNewsroomOpen] = useState(false);
  const [mergeOpen, setMergeOpen] = useState(false);
  const [planConflictsOpen, setPlanConflictsOpen] = useState(false);
  const leaseHolders = useLeaseHolders(newsroom.status);
  const othersLocks = useMemo(
    () => new Map([...leaseHolders, ...desk.locks.filter((l) => l.clientId !== ws.clientId).map((l) => [l.storyId, l] as const)]),
    [desk.locks, ws.clientId, leaseHolders],
  );
  useLiveRefresh({
    refreshList: desk.refreshList,
    openStoryId: story.open?.story.id ?? null,
    hasUnsaved: useCallback(() => story.openRef.current?.saver.hasUnsaved() ?? false, [story.openRef]),
    reloadOpenStory: story.loadNewest,
    recheckLock: useCallback(() => story.openRef.current?.lock.checkNow(), [story.openRef]),
  });
  // The view worked in last comes back after a restart (kept with the panel layout).
  const [centreView, setCentreView] = useState<CentreView>(() => readPanels().centreView);
  // The plan view is shown over the panes (plan-shown.tsx: App is not drawn again when it opens or closes);
  // opening a page row asks the page view for that page.
  const closePlan = () => planShown.set(false);
  // The plan of the issue opened in the page view is composed while the desk is idle (issue #15).
  useEffect(() => startPlanAhead(), []);
  const [stylesOpen, setStylesOpen] = useState(false);
  const [mastersOpen, setMastersOpen] = useState(false);
  const [pageRequest, setPageRequest] = useState<PageOpenRequest | null>(null);
  const openPageFromPlan = (issueId: string, pageId: string) => {
    setPageRequest({ issueId, pageId });
    setCentreView('page');
    closePlan();
  };
  const [exportOpen, setExportOpen] = useState(false);
  const openExport = useCallback(() => setExportOpen(true), []);
  const [exportTabRequest, setExportTabRequest] = useState<{ tab: 'epaper'; seq: number } | null>(null);
  const openEpaper = useCallback(() => {
    setExportTabRequest((r) => ({ tab: 'epaper', seq: (r?.seq ?? 0) + 1 }));
    setExportOpen(true);
  }, []);
  const closeExport = useCallback(() => setExportOpen(false), []);
  // The one command table (shared/commands): the menu bar, the keyboard and the Electron menu run these.
  const commands = useDeskCommands({
    createStory: () => void ws.createStory(),
    closeStory: () => void story.closeCurrent().then((closed) => closed && story.clear()),
    openExport,
    openEpaper,
    searchBox,
    importInput,
    setCentreView,
  });
  useCommandKeys(commands.handlers);
  // A file dropped beside the desk or the page must not replace the window with the file (losing unsaved text):
  // the desk and the page take their drops first; anywhere else a drop of files does nothing.
  useEffect(() => {
    const refuse = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);
  const updatePanels = commands.panels.update;
  useEffect(() => updatePanels({ centreView }), [centreView, updatePanels]);
  // Panel widths fitted to the window (the proof tab wants room for its marks); the edges resize and collapse.
  const panels = commands.panels;
  const sideAtLeast = centreView === 'story' && commands.sideTab === 'proof' ? 360 : 0;
  const widths = fitPanels(panels.state, panels.windowWidth, sideAtLeast);
  const deskMax = Math.max(PANEL_LIMITS.desk.min, Math.min(PANEL_LIMITS.desk.max, panels.windowWidth - widths.side - PANEL_LIMITS.centreMin));
  const sideMax = Math.max(PANEL_LIMITS.side.min, Math.min(PANEL_LIMITS.side.max, panels.windowWidth - widths.desk - PANEL_LIMITS.centreMin));
  const panesStyle = {
    gridTemplateColumns: [commands.deskHidden ? '' : `${widths.desk}px`, 'minmax(0, 1fr)', commands.sideHidden ? '' : `${widths.side}px`].join(' ').trim(),
  };
  // Why the open story cannot be edited or saved (locked, taken over, conflict): above the editor in both views.
  const notices = story.open && (
    <>
    <ApprovedBanner storyId={story.open.story.id} />
    <StoryNotices
      lockState={story.lockState}
      saveState={story.saveState}
      onTakeOver={story.takeOver}
      onCompareConflict={() => void story.compareConflict()}
      onSaveMine={() => void story.saveMine()}
      onSaveAsNew={() => void story.saveAsNew()}
    />
    </>
  );

  return (
    <div className="workspace" data-role={people.profile?.role ?? ''} data-zoom={commands.zoom} style={commands.zoom === 1 ? undefined : { zoom: commands.zoom }}>
      <TopBar profile={people.profile} onSwitchProfile={people.openDialog} onOpenPlan={togglePlan} onOpenStyles={() => setStylesOpen(true)} onOpenMasters={() => setMastersOpen(true)} onCommand={(id) => commands.handlers[id]()} />
      <MenuBarNotice text={commands.notice} />
      <UnlessPlanShown><ViewSwitch value={centreView} onChange={setCentreView} /></UnlessPlanShown>
      {ws.info?.brokenDatabase && (
        <div className="notice warn" data-testid="broken-db">
          {t('errors.brokenDatabase', { file: ws.info.brokenDatabase.file, reason: ws.info.brokenDatabase.reason })}
        </div>
      )}
      {ws.error && (
        <div className="notice error" data-testid="error-banner" role="alert">
          {ws.error}
          <button type="button" className="link-btn" onClick={ws.clearError}>×</button>
        </div>
      )}
      {/* Under the plan the panes are kept, hidden: the story's undo history, the page view's composition and
          scroll are there when the plan closes (as a flatplan beside an open document), and neither is torn down
          and built again each time. */}
      <PlanOverPanes plan={<PlanView onOpenPage={openPageFromPlan} onClose={closePlan} />} panes={
      <div className={['panes', commands.deskHidden ? 'no-desk' : '', commands.sideHidden ? 'no-side' : ''].join(' ').trim()} style={panesStyle} data-testid="panes">
        <PaneSplitter
          testId="desk-edge"
          label={t('panes.resizeDesk')}
          collapseLabel={t('panes.hideDesk')}
          expandLabel={t('panes.showDesk')}
          value={widths.desk || PANEL_LIMITS.desk.min}
          min={PANEL_LIMITS.desk.min}
          max={deskMax}
          grows={1}
          collapsed={commands.deskHidden}
          onResize={(w) => panels.update({ deskWidth: w })}
          onToggle={commands.handlers['toggle-desk']}
          style={{ left: commands.deskHidden ? 0 : widths.desk }}
          buttonSide="right"
        />
        <PaneSplitter
          testId="side-edge"
          label={t('panes.resizeSide')}
          collapseLabel={t('panes.hideSide')}
          expandLabel={t('panes.showSide')}
          value={widths.side || PANEL_LIMITS.side.min}
          min={PANEL_LIMITS.side.min}
          max={sideMax}
          grows={-1}
          collapsed={commands.sideHidden}
          onResize={(w) => panels.update({ sideWidth: w })}
          onToggle={commands.handlers['toggle-side']}
          style={{ right: commands.sideHidden ? 0 : widths.side }}
          buttonSide="left"
        />
        <ImportFileInput ref={importInput} onFiles={(files) => void imports.importFiles(files)} />
        {!commands.deskHidden && <Desk
          importInputRef={importInput}
          ref={searchBox}
          stories={desk.stories}
          loaded={desk.listLoaded}
          hasMore={desk.hasMore}
          onLoadMore={desk.loadMore}
          inTrash={desk.query.inTrash}
          filter={desk.query.filter}
          status={desk.query.status}
          author={desk.query.author}
          authors={desk.authors}
          me={people.profile?.name ?? null}
          selectedId={story.open?.story.id ?? null}
          lockedBy={othersLocks}
          search={search}
          imports={imports}
          onFilter={desk.setFilter}
          onStatus={desk.setStatusFilter}
          onAuthor={desk.setAuthorFilter}
          onToggleTrash={desk.toggleTrash}
          onCreate={() => void ws.createStory()}
          onOpen={(id) => void story.openStory(id)}
          onRename={(id, title) => void ws.renameStory(id, title)}
          onDelete={(id) => void ws.deleteStory(id)}
          onRestore={(id) => void ws.restoreStory(id)}
          placementActive={!!desk.query.pageId || !!desk.query.section}
          placementFilter={
            <PlacementFilter pageId={desk.query.pageId} section={desk.query.section} onPage={desk.setPageFilter} onSection={desk.setSectionFilter} />
          }
        />}
        {/* the page with the story editor side by side, and the page inspector */}
        {centreView === 'page' ? (
          <PageWorkspace
            openRequest={pageRequest}
            role={people.profile?.role ?? null}
            openStoryId={story.open?.story.id ?? null}
            inspectorHidden={commands.sideHidden}
            editorShare={panels.state.editorShare}
            onEditorShare={(share) => panels.update({ editorShare: share })}
            onOpenStory={(id) => void story.openStory(id)}
            onImported={() => void desk.refreshList()}
            editor={story.open ? (
              <>
                {notices}
                <StoryEditor key={story.open.editorKey} story={story.open.story} saver={story.open.saver} counts={story.counts} readOnly={readOnly} textLocked={textLocked} roleLabel={t(`role.${role}`)} />
              </>
            ) : (
              <div className="editor-empty" data-testid="editor-empty">{t('editor.noStory')}</div>
            )}
          />
        ) : (<>
        <main className="centre" data-testid="centre" data-read-only={readOnly}>
          {ws.showDemoOffer && <DemoBanner onCreate={ws.createDemo} onDismiss={ws.dismissDemo} />}
          {notices}
          {story.open ? (
            <StoryEditor key={story.open.editorKey} story={story.open.story} saver={story.open.saver} counts={story.counts} readOnly={readOnly} textLocked={textLocked} roleLabel={t(`role.${role}`)} />
          ) : (
            <div className="editor-empty" data-testid="editor-empty">{t('editor.noStory')}</div>
          )}
          {story.open && story.compare?.kind === 'revisions' && (
            <RevisionCompare
              storyId={story.open.story.id}
              revisions={story.revisions}
              from={story.compare.from}
              to={story.compare.to}
              onClose={() => story.setCompare(null)}
            />
          )}
          {story.compare?.kind === 'conflict' && (
            <ConflictCompare
              newest={story.compare.newest}
              segments={story.compare.segments}
              onSaveMine={() => void story.saveMine()}
              onLoadNewest={() => void story.loadNewest()}
              onClose={() => story.setCompare(null)}
            />
          )}
        </main>
        {/* 属性 | 校对 tabs: the inspector as before, the proof panel beside it */}
        {!commands.sideHidden && <ProofDock
          tab={commands.sideTab}
          onTab={commands.setSideTab}
          story={story.summary ? { id: story.summary.id, revision: story.summary.revision } : null}
          role={role}
          clientId={ws.clientId}
          flush={async () => (story.openRef.current ? story.openRef.current.saver.flush() : true)}
          reload={story.loadNewest}
          inspector={
            <Inspector
              story={story.summary}
              role={role}
              readOnly={readOnly || textLocked}
              revisions={story.revisions}
              statusLog={story.statusLog}
              counts={story.counts}
              onStatus={(s) => void story.setStatus(s)}
              onRestore={(n) => void story.restoreRevision(n)}
              onCompare={(from, to) => story.setCompare({ kind: 'revisions', from, to })}
            />
          }
        />}
        </>)}
      </div>
      } />
      <StatusBar
        saveState={story.saveState}
        counts={story.counts}
        onRetry={ws.retrySave}
        task={imports.running ? { label: t('import.running', imports.running), onCancel: imports.cancel } : null}
        newsroom={<NewsroomStatusCell status={newsroom.status} onOpen={() => setNewsroomOpen(true)} onMerge={() => setMergeOpen(true)} onPlanConflicts={() => setPlanConflictsOpen(true)} />}
      />
      {newsroomOpen && (
        <NewsroomDialog
          status={newsroom.status}
          onConnect={newsroom.connect}
          onDisconnect={newsroom.disconnect}
          onClose={() => setNewsroomOpen(false)}
        />
      )}
      {mergeOpen && (
        <MergeView
          clientId={ws.clientId}
          flushOpenStory={async (id) => (story.openRef.current?.story.id === id ? story.openRef.current.saver.flush() : true)}
          onMerged={async (id) => {
            if (story.openRef.current?.story.id === id) await story.loadNewest();
            await Promise.all([desk.refreshList(), newsroom.refreshStatus()]);
          }}
          onClose={() => setMergeOpen(false)}
        />
      )}
      {planConflictsOpen && <PlanConflictsView onResolved={() => newsroom.refreshStatus()} onClose={() => setPlanConflictsOpen(false)} />}
      <ExportPanel open={exportOpen} tabRequest={exportTabRequest} onClose={closeExport} onShowPage={(r) => { setPageRequest(r); setCentreView('page'); closePlan(); }} />
      {stylesOpen && <StyleSheetPanel onClose={() => setStylesOpen(false)} />}
      {mastersOpen && <PageMastersPanel onClose={() => setMastersOpen(false)} />}
      {commands.sheetOpen && <ShortcutsSheet onClose={commands.closeSheet} />}
      {commands.recentOpen && (
        <RecentIssues
          onClose={commands.closeRecent}
          onOpenPlan={() => {
            commands.closeRecent();
            planShown.set(true);
          }}
          onOpen={(issue) => {
            commands.closeRecent();
            if (issue.pages[0]) openPageFromPlan(issue.id, issue.pages[0].id);
            else planShown.set(true);
          }}
        />
      )}
      {people.dialogOpen && (
        <ProfileDialog
          initial={people.profile}
          onSave={people.save}
          onCancel={people.profile ? people.closeDialog : undefined}
          onConnectNewsroom={() => {
            people.closeDialog();
            setNewsroomOpen(true);
          }}
        />
      )}
    </div>
  );
}

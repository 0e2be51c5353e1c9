/**
 * The page view (版面): the issue's pages, the open page at fit/100%/200%, the story editor side by side with
 * it (its live value feeds the composer), and the page inspector. Lives in the workspace's centre and
 * inspector columns.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyFramePlacement, mayLayout, type ModuleGeometry, type ModuleView, type Role } from '../../shared/model';
import { liveStory } from '../common/live-story';
import { measureCapped } from './perf-marks';
import { PageCanvas, STORY_DRAG_TYPE } from './page-canvas';
import { PageInspector } from './page-inspector';
import { PageThumbs } from './page-thumbs';
import { usePageDesk } from './use-page-desk';
import { usePageFonts, usePageLayoutSource } from './use-page-layout';
import { useOtherPages } from './use-other-pages'; // the issue's other pages, for 下转/上接 and 转至
import { RULER_PX } from './page-rulers';
import { PageProofControls, PageProofLayer, usePageProof } from '../page-proof'; // 校样 overlay, marking on the preview
import { CSS_PX_PER_PT } from '../../shared/units';
import { zoomStep } from './zoom-step';
import { PaneSplitter } from '../common/pane-splitter';
import { PANEL_LIMITS } from '../common/panel-layout';
import { PageDiffControls, PageDiffView } from './page-diff-view'; // 版面比对: a kept version drawn against the page, read-only
import { usePageDiff } from './use-page-diff';
import { dropFilesOnPage, dropRefusalForRole } from './page-file-drop'; // .docx/.txt and pictures dropped onto the page
import { errorText } from '../api/error-text';

/** 'fit', or a factor of the real size (the buttons give 1 and 2; Ctrl+wheel steps through ZOOM_LEVELS). */
export type Zoom = 'fit' | number;
/** CSS px per pt at 100 %: the page at its real size on a 96 dpi screen. */

export interface PageWorkspaceProps {
  /** The story editor (or its empty state), shown left of the page. */
  editor: ReactNode;
  openStoryId: string | null;
  onOpenStory(id: string): void;
  /** A page the shell asks to open (from the plan view): opened once per new request object. */
  openRequest?: PageOpenRequest | null;
  /** The desk profile's role: what it may do to the page (LAYOUT_PERMISSIONS); null before a profile is set. */
  role?: Role | null;
  /** The page inspector is collapsed (视图 → 显示/隐藏属性, or its edge's button). */
  inspectorHidden?: boolean;
  /** The story editor's share of the editor | page split (remembered by the shell), and its change. */
  editorShare?: number;
  onEditorShare?(share: number): void;
  /** A file dropped on the page became a story: the desk list has a new row. */
  onImported?(): void;
}

/** Which page to open, of which issue. */
export interface PageOpenRequest {
  issueId: string;
  pageId: string;
  /** the module to select once the page is open (a preflight finding). */
  moduleId?: string | null;
}

export { STORY_DRAG_TYPE };

export function PageWorkspace({ editor, openStoryId, onOpenStory, openRequest, role = null, inspectorHidden = false, editorShare = 0.46, onEditorShare, onImported }: PageWorkspaceProps) {
  const { t } = useTranslation();
  // The editor | page split: its width, for the edge's drag (px → share); the editor can be collapsed.
  const splitRef = useRef<HTMLDivElement>(null);
  const [splitWidth, setSplitWidth] = useState(0);
  const [editorCollapsed, setEditorCollapsed] = useState(false);
  useEffect(() => {
    const split = splitRef.current;
    if (!split) return;
    const observer = new ResizeObserver(() => setSplitWidth(split.clientWidth));
    observer.observe(split);
    setSplitWidth(split.clientWidth);
    return () => observer.disconnect();
  }, []);
  const desk = usePageDesk();
  const { fonts, failed: fontsFailed, error: fontsError } = usePageFonts();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // other pages load when the page links to them, or a story module is selected (转至 choices).
  const otherPages = useOtherPages(desk.view, desk.view?.modules.find((m) => m.id === selectedId)?.kind === 'story', desk.busy);
  // While a module is being resized the page is composed with its new size (copyfit follows the pointer).
  const [resizing, setResizing] = useState<{ moduleId: string; geometry: ModuleGeometry } | null>(null);
  const shownView = useMemo(
    () =>
      resizing && desk.view?.modules.some((m) => m.id === resizing.moduleId)
        ? { ...desk.view, modules: desk.view.modules.map((m) => (m.id === resizing.moduleId ? { ...m, ...resizing.geometry } : m)) }
        : desk.view,
    [desk.view, resizing],
  );
  const { layout, live } = usePageLayoutSource(shownView, desk.contents, fonts, otherPages);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [fitScale, setFitScale] = useState(0.5);
  const [boardWidthPx, setBoardWidthPx] = useState(0);
  const boardRef = useRef<HTMLDivElement>(null);
  const pendingJump = useRef<{ storyId: string; moduleId: string } | null>(null);
  const view = desk.view;
  const pageProof = usePageProof(view, desk.contents);
  const pageDiff = usePageDiff(view);
  const diffing = pageDiff.shown !== null;

  // Fit: the whole page in the pasteboard, recomputed when the pane changes size.
  useEffect(() => {
    const board = boardRef.current;
    const tpl = view?.page.template;
    if (!board || !tpl) return;
    const measure = () => {
      setBoardWidthPx(board.clientWidth);
      const w = board.clientWidth - RULER_PX - 32;
      const h = board.clientHeight - RULER_PX - 32;
      setFitScale(Math.max(0.1, Math.min(w / tpl.widthPt, h / tpl.heightPt)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(board);
    return () => observer.disconnect();
  }, [view?.page.template]);
  const scale = zoom === 'fit' ? fitScale : zoom * CSS_PX_PER_PT;
  const scaleRef = useRef(scale);
  scaleRef.current = scale;

  // Ctrl+wheel zooms in and out by steps (a non-passive listener: the browser must not zoom the window too).
  useEffect(() => {
    const board = boardRef.current;
    if (!board) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      if (event.deltaY === 0) return;
      setZoom(zoomStep(scaleRef.current / CSS_PX_PER_PT, event.deltaY < 0 ? 1 : -1));
    };
    board.addEventListener('wheel', onWheel, { passive: false });
    return () => board.removeEventListener('wheel', onWheel);
  }, []);

  // Open the page the plan view asked for (it wins over the first page below).
  useEffect(() => {
    if (!openRequest) return;
    desk.selectIssue(openRequest.issueId);
    void desk.openPage(openRequest.pageId).then(() => setSelectedId(openRequest.moduleId ?? null)); // moduleId
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openRequest]);

  // Open the issue's first page when an issue is chosen and nothing is open.
  useEffect(() => {
    if (openRequest) return; // a requested page is opening instead
    if (desk.issue && !view && desk.issue.pages[0]) void desk.openPage(desk.issue.pages[0].id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [desk.issue?.id]);

  // Benchmarks read this: page open → first complete preview (keystroke → preview: LivePageSvg).
  const openedPage = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!layout) return;
    if (openedPage.current !== layout.pageId && performance.getEntriesByName('folio:page-open:start').length > 0) {
      openedPage.current = layout.pageId;
      measureCapped('folio:page-open', 'folio:page-open:start');
      performance.clearMarks('folio:page-open:start');
    }
  }, [layout]);

  const jumpToOverset = useCallback(
    (m: ModuleView) => {
      const overflowAt = layout?.modules.find((l) => l.moduleId === m.id)?.overflowAt;
      if (!m.storyId || !overflowAt) return;
      const editorNow = liveStory.get();
      if (editorNow?.storyId === m.storyId) return editorNow.focusAt(overflowAt);
      pendingJump.current = { storyId: m.storyId, moduleId: m.id };
      onOpenStory(m.storyId);
    },
    [layout, onOpenStory],
  );
  // A jump waiting for its story's editor: done when that editor attaches.
  useEffect(
    () =>
      liveStory.subscribe(() => {
        const jump = pendingJump.current;
        const editorNow = liveStory.get();
        if (!jump || editorNow?.storyId !== jump.storyId) return;
        pendingJump.current = null;
        const at = layout?.modules.find((l) => l.moduleId === jump.moduleId)?.overflowAt;
        if (at) setTimeout(() => editorNow.focusAt(at), 0);
      }),
    [layout],
  );

  const onGeometry = useCallback((m: ModuleView, g: ModuleGeometry) => {
    const patch: Record<string, number> = {};
    for (const key of ['column', 'columnSpan', 'topLine', 'heightLines'] as const) if (g[key] !== m[key]) patch[key] = g[key];
    return desk.updateModule(m, patch);
  }, [desk]);

  const selected = view?.modules.find((m) => m.id === selectedId) ?? null;

  return (
    <>
      <main className="centre page-centre" data-testid="page-view" data-page-id={view?.page.id ?? ''} data-loaded={layout ? 'true' : 'false'} data-fonts={fonts ? 'loaded' : fontsFailed ? 'failed' : 'loading'}>
        <div className="page-toolbar" data-testid="page-toolbar">
          <select data-testid="issue-select" value={desk.issue?.id ?? ''} onChange={(e) => desk.selectIssue(e.target.value)} aria-label={t('page.issue')}>
            {desk.issues.length === 0 && <option value="">{t('page.noIssues')}</option>}
            {desk.issues.map((i) => (
              <option key={i.id} value={i.id}>{t('page.issueLabel', { paper: i.paperName, date: i.date, n: i.issueNumber })}</option>
            ))}
          </select>
          <span className="tb-spacer" />
          <button type="button" className="btn small" data-testid="page-undo" disabled={diffing || !desk.canUndo} onClick={() => void desk.undo()}>{t('page.undo')}</button>
          <button type="button" className="btn small" data-testid="page-redo" disabled={diffing || !desk.canRedo} onClick={() => void desk.redo()}>{t('page.redo')}</button>
          {/* 新建文字框 / 新建图片框: an empty frame in the page's largest free area (shared/model emptyFramePlacement) */}
          {(['story', 'image'] as const).map((kind) => {
            const at = view ? emptyFramePlacement(view.page.template, view.modules, kind) : null;
            return (
              <button key={kind} type="button" className="btn small" data-testid={`page-new-frame-${kind}`} title={view && !at ? t('page.newFrame.full') : undefined}
                disabled={diffing || !view || !at || !(role === null || mayLayout(role, 'change-modules'))}
                onClick={() => view && at && void desk.addModule({ kind: 'add', moduleId: '', params: { pageId: view.page.id, ...at } })}>
                {t(`page.newFrame.${kind}`)}
              </button>
            );
          })}
          <PageProofControls proof={pageProof} disabled={!view || !layout || diffing} /> {/* 校样 toggle, 打印校样 */}
          <PageDiffControls diff={pageDiff} disabled={!view || !layout} />
          <span className="zoom-group">
            {([['fit', 'zoom-fit'], [1, 'zoom-100'], [2, 'zoom-200']] as const).map(([z, id]) => (
              <button key={id} type="button" className={zoom === z ? 'btn small on' : 'btn small'} data-testid={id} aria-pressed={zoom === z} onClick={() => setZoom(z)}>
                {z === 'fit' ? t('page.zoomFit') : `${z * 100}%`}
              </button>
            ))}
          </span>
        </div>
        {desk.message && (
          <div className={`notice ${desk.message.kind === 'error' ? 'error' : 'warn'}`} data-testid={desk.message.kind === 'error' ? 'page-error' : 'page-warning'} role={desk.message.kind === 'error' ? 'alert' : 'status'}>
            {desk.message.text}
            <button type="button" className="link-btn" onClick={desk.clearMessage}>×</button>
          </div>
        )}
        {fontsFailed && <div className="notice error" data-testid="page-fonts-failed">{fontsError ? errorText(fontsError) : t('page.fontsFailed')}</div>}
        {desk.issue && <PageThumbs issue={desk.issue} view={view} layout={layout} onOpen={(id) => void desk.openPage(id)} />}
        {/* Side by side while a story is open; the page alone otherwise. */}
        <div
          ref={splitRef}
          className={openStoryId && !editorCollapsed ? 'page-split' : 'page-split page-only'}
          style={openStoryId && !editorCollapsed ? { gridTemplateColumns: `${(editorShare * 100).toFixed(2)}% minmax(0, 1fr)` } : undefined}
        >
          {openStoryId && (
            <PaneSplitter
              testId="editor-edge"
              label={t('page.resizeEditor')}
              collapseLabel={t('page.hideEditor')}
              expandLabel={t('page.showEditor')}
              value={editorShare}
              min={PANEL_LIMITS.editorShare.min}
              max={PANEL_LIMITS.editorShare.max}
              step={0.02}
              pxToValue={(px) => (splitWidth > 0 ? px / splitWidth : 0)}
              grows={1}
              collapsed={editorCollapsed}
              onResize={(share) => onEditorShare?.(share)}
              onToggle={() => setEditorCollapsed((c) => !c)}
              style={{ left: editorCollapsed ? 0 : `${(editorShare * 100).toFixed(2)}%` }}
              buttonSide="right"
            />
          )}
          {openStoryId && !editorCollapsed && <section className="page-editor" data-testid="page-editor" data-story-id={openStoryId}>{editor}</section>}
          <div className="pasteboard" ref={boardRef} data-testid="pasteboard" data-scale={scale.toFixed(4)}>
            {view && layout && diffing ? (
              <PageDiffView diff={pageDiff} scale={scale} />
            ) : view && layout ? (
              <PageCanvas
                view={view}
                layout={layout}
                live={live}
                scale={scale}
                boardWidthPx={boardWidthPx}
                selectedId={selectedId}
                canChangeModules={role === null || mayLayout(role, 'change-modules')}
                onSelect={setSelectedId}
                onGeometry={onGeometry}
                onResizing={setResizing}
                onNudge={(m, columns, lines) => void desk.nudgeModule(m.id, columns, lines)}
                onDropStory={(storyId, g) => void desk.addModule({ kind: 'add', moduleId: '', params: { pageId: view.page.id, kind: 'story', storyId, ...g } })}
                onDropFiles={(files, column, line) => void dropFilesOnPage(files, column, line, {
                  pageId: view.page.id,
                  template: view.page.template,
                  modules: desk.currentModules,
                  addModule: (params) => desk.addModule({ kind: 'add', moduleId: '', params }),
                  updateModule: (m, patch) => desk.updateModule(m, patch),
                  fail: (error) => desk.showError(typeof error === 'string' ? error : errorText(error)),
                  onImported: () => onImported?.(),
                })}
                onDropRefused={() => {
                  const refusal = dropRefusalForRole(role);
                  if (refusal) desk.showError(errorText(refusal));
                }}
                onRemove={(m) => {
                  setSelectedId(null);
                  void desk.removeModule(m);
                }}
                onUndo={() => void desk.undo()}
                onRedo={() => void desk.redo()}
                onOpen={(m) => m.storyId && m.story?.state === 'live' && onOpenStory(m.storyId)}
                onJumpToOverset={jumpToOverset}
                proofLayer={pageProof.on && fonts ? <PageProofLayer proof={pageProof} layout={layout} fonts={fonts.book} scale={scale} /> : null}
              />
            ) : (
              <div className="page-empty muted" data-testid="page-empty">{desk.issues.length === 0 ? t('page.noIssues') : t('page.loading')}</div>
            )}
          </div>
        </div>
      </main>
      {!inspectorHidden && <PageInspector
        view={diffing ? null : view} /* read-only while the diff shows */
        layout={layout} /* for a picture module's ppi */
        module={selected}
        otherPages={otherPages.pages}
        onPage={(patch) => void desk.updatePage(patch)}
        onModule={(m, patch) => void desk.updateModule(m, patch)}
        onContinueOnPage={(m, pageId) => void desk.continueOnPage(m, pageId)}
        onRemove={(m) => {
          setSelectedId(null);
          void desk.removeModule(m);
        }}
      />}
    </>
  );
}

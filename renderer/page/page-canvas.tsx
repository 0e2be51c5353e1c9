/**
 * The page on its pasteboard: rulers, the drawn page (PageSvg), a quiet column grid, and one overlay per module
 * for selecting, dragging, resizing and the copyfit badge. Stories dragged from the desk drop onto the grid.
 * Keyboard: arrows nudge the selected module one column/line, Delete takes it off the page, Ctrl+Z/Y undo/redo.
 */
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { PageLayout } from '../../shared/compose/page-types';
import { gridColumnXPt, gridLineCount, gridSpanChars, typeAreaPt, type ModuleGeometry, type ModuleView, type PageTemplate, type PageView } from '../../shared/model';
import { copyfitOf } from './copyfit';
import { ModuleOverlay } from './module-overlay';
import { pictureSlot } from '../pictures/module-picture-panel'; // [pictures]
import { PageRulers, RULER_PX } from './page-rulers';
import { LivePageSvg } from './page-svg';
import type { LivePageLayout } from './use-page-layout';
import { columnPitchPt, useModuleDrag } from './use-module-drag';
import { nudgeStep } from './nudge-step';

/** The drag type a desk row carries (renderer/desk/story-row.tsx sets it). */
export const STORY_DRAG_TYPE = 'application/x-folio-story';

export interface PageCanvasProps {
  view: PageView;
  layout: PageLayout;
  /** The layout with the editor's text now, for the drawn page (the overlays follow `layout`, a frame later). */
  live?: LivePageLayout;
  scale: number;
  /** Width of the pasteboard, px: the page is centred in it on a whole pixel (crisp, and the same in every shot). */
  boardWidthPx: number;
  selectedId: string | null;
  onSelect(id: string | null): void;
  onGeometry(module: ModuleView, geometry: ModuleGeometry): Promise<unknown>;
  /** False for a role that may not change modules (a proofreader): select and open only, no drag, keys or drop. */
  canChangeModules?: boolean;
  /** Arrow keys: by whole columns/lines (Shift: a larger step), queued after any write still on its way. */
  onNudge(module: ModuleView, columns: number, lines: number): void;
  onDropStory(storyId: string, geometry: ModuleGeometry): void;
  /** Files dropped from the system (.docx/.txt, pictures) at a grid cell (renderer/page/page-file-drop.ts). */
  onDropFiles?(files: File[], column: number, line: number): void;
  /** A story or files dropped by a role that may not change the page (canChangeModules false). */
  onDropRefused?(): void;
  onRemove(module: ModuleView): void;
  onUndo(): void;
  onRedo(): void;
  onOpen(module: ModuleView): void;
  onJumpToOverset(module: ModuleView): void;
  /** The geometry of a module being resized (null when none): the page recomposes with it, so copyfit follows. */
  onResizing?(resizing: { moduleId: string; geometry: ModuleGeometry } | null): void;
  /** [page proof] The 校样 overlay (renderer/page-proof), drawn over the page and its modules when on. */
  proofLayer?: ReactNode;
}

/** A new story module where it was dropped: 2 columns, tall enough for its text as a first guess, on the page. */
export function dropGeometry(t: PageTemplate, column: number, line: number, chars: number): ModuleGeometry {
  const columnSpan = Math.min(2, t.grid.columnCount);
  const lines = gridLineCount(t);
  const heightLines = Math.min(lines, Math.max(10, Math.ceil(chars / (columnSpan * t.grid.columnChars)) + 6));
  return {
    column: Math.max(0, Math.min(column, t.grid.columnCount - columnSpan)),
    columnSpan,
    topLine: Math.max(0, Math.min(line, lines - heightLines)),
    heightLines,
  };
}

const QuietGrid = ({ template: t }: { template: PageTemplate }) => {
  const area = typeAreaPt(t);
  const widthPt = gridSpanChars(t.grid, 1) * t.grid.bodySizePt;
  return (
    <svg className="page-grid" viewBox={`0 0 ${t.widthPt} ${t.heightPt}`} preserveAspectRatio="none">
      {Array.from({ length: t.grid.columnCount }, (_, c) => (
        <rect key={c} x={gridColumnXPt(t, c)} y={area.yPt} width={widthPt} height={area.heightPt} />
      ))}
    </svg>
  );
};

/** A module pressed by a role that may not move it: selected (by the overlay), not dragged, not deselected by the paper. */
const noDrag = (event: React.PointerEvent): void => event.stopPropagation();

export function PageCanvas(p: PageCanvasProps) {
  const t = p.view.page.template;
  const { drag, onPointerDown, onPointerMove, onPointerUp } = useModuleDrag(t, p.scale, p.onGeometry);
  // A resize in progress (a size other than the stored one) is shown composed: copyfit updates before release.
  const onResizing = p.onResizing;
  const resized = drag && p.view.modules.find((m) => m.id === drag.moduleId && (m.columnSpan !== drag.geometry.columnSpan || m.heightLines !== drag.geometry.heightLines));
  const resizeKey = resized && drag ? `${drag.moduleId}:${drag.geometry.column}:${drag.geometry.columnSpan}:${drag.geometry.topLine}:${drag.geometry.heightLines}` : '';
  useEffect(() => {
    if (!onResizing) return;
    const [moduleId, column, columnSpan, topLine, heightLines] = resizeKey.split(':');
    onResizing(resizeKey ? { moduleId, geometry: { column: Number(column), columnSpan: Number(columnSpan), topLine: Number(topLine), heightLines: Number(heightLines) } } : null);
  }, [resizeKey, onResizing]);
  const layoutById = useMemo(() => new Map(p.layout.modules.map((m) => [m.moduleId, m])), [p.layout]);
  const overlapping = useMemo(() => new Set(p.view.findings.filter((f) => f.kind === 'overlap').flatMap((f) => f.moduleIds)), [p.view]);
  const selected = p.view.modules.find((m) => m.id === p.selectedId) ?? null;

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && (event.key === 'z' || event.key === 'Z')) {
        event.preventDefault();
        return event.shiftKey ? p.onRedo() : p.onUndo();
      }
      if (mod && (event.key === 'y' || event.key === 'Y')) {
        event.preventDefault();
        return p.onRedo();
      }
      if (!selected) return;
      if (event.key === 'Escape') return p.onSelect(null);
      if (p.canChangeModules === false) return;
      const step = nudgeStep(event.key, event.shiftKey);
      if (step) {
        event.preventDefault();
        p.onNudge(selected, step[0], step[1]);
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        p.onRemove(selected);
      }
    },
    [p, selected],
  );

  const onDrop = (event: React.DragEvent<HTMLDivElement>) => {
    const storyId = event.dataTransfer.getData(STORY_DRAG_TYPE);
    const files = [...event.dataTransfer.files];
    if (!storyId && files.length === 0) return;
    event.preventDefault();
    // The page is a drop target of its own: files dropped here are not also imported by the desk around it.
    event.stopPropagation();
    // A role that may not change the page is told so (not a silent no-op).
    if (p.canChangeModules === false) return p.onDropRefused?.();
    const box = event.currentTarget.getBoundingClientRect();
    const xPt = (event.clientX - box.left) / p.scale;
    const yPt = (event.clientY - box.top) / p.scale;
    const column = Math.floor((xPt - t.marginLeftPt) / columnPitchPt(t));
    const line = Math.floor((yPt - t.marginTopPt) / t.grid.linePitchPt);
    if (!storyId) return p.onDropFiles?.(files, column, line);
    const chars = Number(event.dataTransfer.getData('application/x-folio-story-chars')) || 800;
    p.onDropStory(storyId, dropGeometry(t, column, line, chars));
  };

  const paperWidthPx = Math.round(t.widthPt * p.scale);
  const stageLeftPx = Math.max(0, Math.floor((p.boardWidthPx - 28 - RULER_PX - paperWidthPx) / 2));
  return (
    <div className="page-board" data-testid="page-board" tabIndex={0} onKeyDown={onKeyDown}>
      <div className="page-stage" style={{ gridTemplateColumns: `${RULER_PX}px auto`, gridTemplateRows: `${RULER_PX}px auto`, marginLeft: stageLeftPx }}>
        <div className="ruler-corner" />
        <PageRulers template={t} scale={p.scale} />
        <div
          className="paper-wrap"
          data-testid="page-paper"
          data-page-id={p.view.page.id}
          style={{ width: paperWidthPx, height: Math.round(t.heightPt * p.scale) }}
          onPointerMove={onPointerMove}
          onPointerUp={(e) => void onPointerUp(e)}
          onPointerDown={() => p.onSelect(null)}
          onDragOver={(e) => {
            if (e.dataTransfer.types.includes(STORY_DRAG_TYPE) || (p.onDropFiles && e.dataTransfer.types.includes('Files'))) {
              e.preventDefault();
              e.dataTransfer.dropEffect = 'copy';
            }
          }}
          onDrop={onDrop}
        >
          <LivePageSvg layout={p.layout} live={p.live} scale={p.scale} />
          <QuietGrid template={t} />
          {p.view.modules.map((m) => (
            <ModuleOverlay
              key={m.id}
              module={m}
              geometry={drag?.moduleId === m.id ? drag.geometry : m}
              template={t}
              scale={p.scale}
              copyfit={copyfitOf(m, layoutById.get(m.id), t.grid)}
              pictureSlot={pictureSlot(layoutById.get(m.id))} /* [pictures] ppi badge */
              selected={m.id === p.selectedId}
              dragging={drag?.moduleId === m.id}
              overlapping={overlapping.has(m.id)}
              onPointerDown={p.canChangeModules === false ? noDrag : onPointerDown}
              resizable={p.canChangeModules !== false}
              onSelect={(mod) => p.onSelect(mod.id)}
              onOpen={p.onOpen}
              onJumpToOverset={p.onJumpToOverset}
            />
          ))}
          {p.proofLayer /* [page proof] */}
        </div>
      </div>
    </div>
  );
}

/**
 * Moving and resizing a module with the pointer, snapped to base columns and grid lines. While the pointer is
 * down the module's outline follows the snapped geometry; on release the change goes to the services, and the
 * outline stays there until they answer (accepted: the page moves; refused: it snaps back).
 */
import { useCallback, useRef, useState } from 'react';
import type { ModuleGeometry, ModuleView, PageTemplate } from '../../shared/model';
import { charsToPt } from '../../shared/units';

export type DragMode = 'move' | 'resize-e' | 'resize-s' | 'resize-se';

export interface DragState {
  moduleId: string;
  geometry: ModuleGeometry;
  /** Released and waiting for the services. */
  pending: boolean;
}

export function columnPitchPt(t: PageTemplate): number {
  return charsToPt(t.grid.columnChars + t.grid.gutterChars, t.grid.bodySizePt);
}

function snapped(mode: DragMode, origin: ModuleGeometry, dCols: number, dLines: number): ModuleGeometry {
  switch (mode) {
    case 'move':
      return { ...origin, column: origin.column + dCols, topLine: origin.topLine + dLines };
    case 'resize-e':
      return { ...origin, columnSpan: Math.max(1, origin.columnSpan + dCols) };
    case 'resize-s':
      return { ...origin, heightLines: Math.max(1, origin.heightLines + dLines) };
    case 'resize-se':
      return { ...origin, columnSpan: Math.max(1, origin.columnSpan + dCols), heightLines: Math.max(1, origin.heightLines + dLines) };
  }
}

const sameGeometry = (a: ModuleGeometry, b: ModuleGeometry) =>
  a.column === b.column && a.columnSpan === b.columnSpan && a.topLine === b.topLine && a.heightLines === b.heightLines;

export function useModuleDrag(
  template: PageTemplate | null,
  scale: number,
  commit: (m: ModuleView, geometry: ModuleGeometry) => Promise<unknown>,
) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const start = useRef<{ x: number; y: number; module: ModuleView; mode: DragMode } | null>(null);

  const onPointerDown = useCallback(
    (event: React.PointerEvent, module: ModuleView, mode: DragMode) => {
      if (event.button !== 0 || !template) return;
      event.stopPropagation();
      (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
      start.current = { x: event.clientX, y: event.clientY, module, mode };
    },
    [template],
  );

  const onPointerMove = useCallback(
    (event: React.PointerEvent) => {
      const s = start.current;
      if (!s || !template) return;
      const dCols = Math.round((event.clientX - s.x) / (columnPitchPt(template) * scale));
      const dLines = Math.round((event.clientY - s.y) / (template.grid.linePitchPt * scale));
      const geometry = snapped(s.mode, s.module, dCols, dLines);
      setDrag((d) => (d && sameGeometry(d.geometry, geometry) ? d : { moduleId: s.module.id, geometry, pending: false }));
    },
    [template, scale],
  );

  const onPointerUp = useCallback(
    async (event: React.PointerEvent) => {
      const s = start.current;
      start.current = null;
      if (!s) return;
      (event.target as Element).releasePointerCapture?.(event.pointerId);
      const current = drag?.moduleId === s.module.id ? drag.geometry : null;
      if (!current || sameGeometry(current, s.module)) return setDrag(null);
      setDrag({ moduleId: s.module.id, geometry: current, pending: true });
      await commit(s.module, current);
      setDrag(null);
    },
    [drag, commit],
  );

  return { drag, onPointerDown, onPointerMove, onPointerUp };
}

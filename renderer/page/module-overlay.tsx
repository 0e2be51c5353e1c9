/**
 * A module's interactive layer over the drawn page: outline (on hover or selection; red when overset), the
 * copyfit badge, resize handles, and what is wrong (a deleted story, an overlap). Draws no text of the story.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModuleGeometry, ModuleView, PageTemplate } from '../../shared/model';
import { moduleRectPt } from '../../shared/model';
import type { Copyfit } from './copyfit';
import type { DragMode } from './use-module-drag';
// the placed picture's effective ppi.
import type { BoxItem } from '../../shared/compose/frame';
import { PpiBadge } from '../pictures/ppi-badge';

export interface ModuleOverlayProps {
  module: ModuleView;
  /** Where it is drawn now (differs from `module` while dragged). */
  geometry: ModuleGeometry;
  template: PageTemplate;
  scale: number;
  copyfit: Copyfit;
  selected: boolean;
  dragging: boolean;
  overlapping: boolean;
  onPointerDown(event: React.PointerEvent, module: ModuleView, mode: DragMode): void;
  /** Whether the resize handles show on the selected module (not for a role that may not change modules). */
  resizable?: boolean;
  onSelect(module: ModuleView): void;
  onOpen(module: ModuleView): void;
  onJumpToOverset(module: ModuleView): void;
  /** The composed image slot holding a picture (its ppi badge), if any. */
  pictureSlot?: BoxItem | null;
}

export const ModuleOverlay = memo(function ModuleOverlay(p: ModuleOverlayProps) {
  const { t } = useTranslation();
  const { module: m, copyfit } = p;
  const rect = moduleRectPt(p.template, p.geometry);
  const classes = ['module-overlay', `kind-${m.kind}`];
  if (p.selected) classes.push('selected');
  if (p.dragging) classes.push('dragging');
  if (copyfit.kind === 'overset') classes.push('overset');
  if (p.overlapping) classes.push('overlapping');
  const storyGone = m.story && m.story.state !== 'live';
  return (
    <div
      className={classes.join(' ')}
      data-testid="module"
      data-module-id={m.id}
      data-story-id={m.storyId ?? ''}
      data-kind={m.kind}
      // The geometry the services hold (the outline shows the dragged one until they answer).
      data-column={m.column}
      data-column-span={m.columnSpan}
      data-top-line={m.topLine}
      data-height-lines={m.heightLines}
      data-dragging={p.dragging}
      aria-current={p.selected ? true : undefined}
      data-selected={p.selected}
      style={{ left: rect.xPt * p.scale, top: rect.yPt * p.scale, width: rect.widthPt * p.scale, height: rect.heightPt * p.scale }}
      onPointerDown={(e) => {
        p.onSelect(m);
        p.onPointerDown(e, m, 'move');
      }}
      onDoubleClick={() => p.onOpen(m)}
    >
      {copyfit.kind !== 'none' && (
        <button
          type="button"
          className={`copyfit copyfit-${copyfit.kind}`}
          data-testid="copyfit"
          data-overset={copyfit.kind === 'overset' ? copyfit.chars : 0}
          data-spare-lines={copyfit.kind === 'underset' ? copyfit.lines : 0}
          title={copyfit.kind === 'overset' ? t('page.jumpToOverset') : undefined}
          onPointerDown={(e) => e.stopPropagation()}
          onClick={() => (copyfit.kind === 'overset' ? p.onJumpToOverset(m) : p.onOpen(m))}
        >
          {copyfit.kind === 'overset'
            ? t('page.overset', { n: copyfit.chars })
            : copyfit.kind === 'underset'
              ? t('page.underset', { chars: copyfit.chars, lines: copyfit.lines })
              : t('page.fits')}
        </button>
      )}
      {p.pictureSlot?.assetId && <PpiBadge slot={p.pictureSlot} scale={p.scale} />}
      {storyGone && (
        <div className="module-problem" data-testid="module-missing">
          {m.story?.state === 'trashed' ? t('page.storyTrashed', { title: m.story.title }) : t('page.storyMissing')}
        </div>
      )}
      {p.selected && p.resizable !== false && (
        <>
          <div className="handle handle-e" data-testid="handle-e" onPointerDown={(e) => p.onPointerDown(e, m, 'resize-e')} />
          <div className="handle handle-s" data-testid="handle-s" onPointerDown={(e) => p.onPointerDown(e, m, 'resize-s')} />
          <div className="handle handle-se" data-testid="handle-se" onPointerDown={(e) => p.onPointerDown(e, m, 'resize-se')} />
        </>
      )}
    </div>
  );
});

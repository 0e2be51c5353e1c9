/**
 * The effective ppi of a placed picture, on its module in the page view: always shown when too low (red under
 * 150, amber under 200, as preflight grades), otherwise on hover/selection like the copyfit badge.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoxItem } from '../../shared/compose/frame';
import { effectivePpi } from '../../shared/model/asset';
import { PPI_BAD, ppiClass } from './module-picture-panel';
import { useAsset } from './picture-picker';

/** `scale`: CSS px per pt (the badge sits at the picture's top-left corner, clear of the head). */
export const PpiBadge = memo(function PpiBadge({ slot, scale }: { slot: BoxItem; scale: number }) {
  const { t } = useTranslation();
  const asset = useAsset(slot.assetId);
  if (!asset) return null;
  const placed = slot.image ?? slot; // a cropped picture spreads its pixels over its whole rectangle
  const ppi = Math.round(effectivePpi(asset, { widthPt: placed.widthPt, heightPt: placed.heightPt }));
  const level = ppiClass(ppi);
  return (
    <span className={`ppi-badge module-ppi-badge ${level}`} data-testid="module-ppi-badge" data-ppi={ppi} data-level={level} style={{ top: slot.yPt * scale + 2, left: slot.xPt * scale + 2 }}>
      {ppi < PPI_BAD ? t('pictures.ppiLow', { ppi }) : t('pictures.ppi', { ppi })}
    </span>
  );
});

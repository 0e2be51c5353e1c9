/**
 * 图片 in the page inspector for a picture module: the placed picture (thumbnail, pixel size, colour space) and
 * its effective ppi at the size the composer placed it (red under 150, amber under 200, as preflight counts),
 * 选择图片/换图 through the picture picker (modules.update picture.assetId) and 移除图片.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoxItem } from '../../shared/compose/frame';
import type { ModuleLayout, PageLayout } from '../../shared/compose/page-types';
import { effectivePpi } from '../../shared/model/asset';
import type { ModuleView } from '../../shared/model';
import { PictureFacts, PicturePicker, assetSrc, useAsset } from './picture-picker';

/** Under this many ppi a picture prints visibly soft (preflight's error threshold). */
export const PPI_BAD = 150;
/** Under this many ppi preflight warns. */
export const PPI_LOW = 200;

/** The module's image slot as composed: the box carrying an asset (or the empty picture slot). */
export function pictureSlot(layout: ModuleLayout | undefined): BoxItem | null {
  for (const item of layout?.frame.items ?? []) if (item.kind === 'box' && item.assetId !== undefined) return item;
  return null;
}

export function ppiClass(ppi: number): 'bad' | 'low' | 'ok' {
  return ppi < PPI_BAD ? 'bad' : ppi < PPI_LOW ? 'low' : 'ok';
}

export interface ModulePicturePanelProps {
  module: ModuleView;
  layout: PageLayout | null | undefined;
  onAssign(assetId: string | null): void;
}

export function ModulePicturePanel({ module: m, layout, onAssign }: ModulePicturePanelProps) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const slot = pictureSlot(layout?.modules.find((l) => l.moduleId === m.id));
  // The module's own picture, else the picture story's figure (the composer places the same).
  const assetId = m.picture?.assetId ?? slot?.assetId ?? null;
  const asset = useAsset(assetId);
  const ppi = asset && slot ? Math.round(effectivePpi(asset, { widthPt: slot.widthPt, heightPt: slot.heightPt })) : null;
  return (
    <div className="module-picture" data-testid="module-picture" data-asset-id={assetId ?? ''} style={{ position: 'relative' }}>
      {assetId && <img src={assetSrc(assetId)} alt="" data-testid="module-picture-thumb" style={{ maxWidth: '100%', maxHeight: 120, display: 'block' }} />}
      {asset && <PictureFacts asset={asset} />}
      {ppi !== null && (
        <div>
          <span className={`ppi-badge ${ppiClass(ppi)}`} data-testid="module-ppi" data-ppi={ppi} data-level={ppiClass(ppi)}>
            {ppi < PPI_BAD ? t('pictures.ppiLow', { ppi }) : t('pictures.ppi', { ppi })}
          </span>
        </div>
      )}
      <div className="figure-slot-actions">
        <button type="button" className="btn small" data-testid="module-picture-choose" onClick={() => setPicking(true)}>
          {assetId ? t('pictures.change') : t('pictures.choose')}
        </button>
        {m.picture?.assetId && (
          <button type="button" className="link-btn danger" data-testid="module-picture-remove" onClick={() => onAssign(null)}>{t('pictures.remove')}</button>
        )}
      </div>
      {picking && (
        <PicturePicker
          onPick={(a) => {
            setPicking(false);
            onAssign(a.id);
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </div>
  );
}

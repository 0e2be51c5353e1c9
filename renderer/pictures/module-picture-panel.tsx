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
import { PICTURE_SCALE_MAX, defaultCrop, type PictureCrop } from '../../shared/model/picture-crop';
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
  /** A new crop (scale, position) of the placed picture; null resets it to filling the frame, centred. */
  onCrop?(crop: PictureCrop | null): void;
}

export function ModulePicturePanel({ module: m, layout, onAssign, onCrop }: ModulePicturePanelProps) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const slot = pictureSlot(layout?.modules.find((l) => l.moduleId === m.id));
  // The module's own picture, else the picture story's figure (the composer places the same).
  const assetId = m.picture?.assetId ?? slot?.assetId ?? null;
  const asset = useAsset(assetId);
  // A cropped picture: its pixels spread over the whole image rectangle (as preflight counts).
  const placed = slot?.image ?? slot;
  const ppi = asset && placed ? Math.round(effectivePpi(asset, { widthPt: placed.widthPt, heightPt: placed.heightPt })) : null;
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
      {assetId && asset && onCrop && <PictureCropControls crop={m.picture?.crop ?? null} aspect={asset.widthPx / asset.heightPx} onCrop={onCrop} />}
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

/** One arrow press moves the frame this far through the picture's overflow. */
const NUDGE = 0.1;
const round3 = (v: number): number => Math.round(v * 1000) / 1000;
const clamp01 = (v: number): number => Math.min(1, Math.max(0, round3(v)));

/** 裁切: scale (slider and number), position (arrows and x/y sliders), reset; each change saved on the placement. */
function PictureCropControls({ crop, aspect, onCrop }: { crop: PictureCrop | null; aspect: number; onCrop(crop: PictureCrop | null): void }) {
  const { t } = useTranslation();
  const c = crop ?? defaultCrop(aspect);
  const set = (patch: Partial<PictureCrop>) => onCrop({ ...c, aspect, ...patch });
  const setScale = (v: number) => Number.isFinite(v) && set({ scale: Math.min(PICTURE_SCALE_MAX, Math.max(1, round3(v))) });
  return (
    <fieldset className="picture-crop" data-testid="picture-crop" data-scale={c.scale} data-offset-x={c.offsetX} data-offset-y={c.offsetY}>
      <legend>{t('pictures.crop.title')}</legend>
      <label className="field">
        <span>{t('pictures.crop.scale')}</span>
        <input type="range" min={1} max={PICTURE_SCALE_MAX} step={0.05} value={c.scale} data-testid="picture-crop-scale-slider" onChange={(e) => setScale(Number(e.target.value))} />
        <input type="number" min={1} max={PICTURE_SCALE_MAX} step={0.05} value={c.scale} data-testid="picture-crop-scale" style={{ width: '5em' }} onChange={(e) => setScale(Number(e.target.value))} />
      </label>
      <label className="field">
        <span>{t('pictures.crop.x')}</span>
        <input type="range" min={0} max={1} step={0.01} value={c.offsetX} data-testid="picture-crop-x" onChange={(e) => set({ offsetX: clamp01(Number(e.target.value)) })} />
      </label>
      <label className="field">
        <span>{t('pictures.crop.y')}</span>
        <input type="range" min={0} max={1} step={0.01} value={c.offsetY} data-testid="picture-crop-y" onChange={(e) => set({ offsetY: clamp01(Number(e.target.value)) })} />
      </label>
      <div className="figure-slot-actions">
        {/* The arrows move the picture: 左移 shows more of its right side. */}
        <button type="button" className="btn small" title={t('pictures.crop.left')} aria-label={t('pictures.crop.left')} data-testid="picture-crop-left" onClick={() => set({ offsetX: clamp01(c.offsetX + NUDGE) })}>←</button>
        <button type="button" className="btn small" title={t('pictures.crop.right')} aria-label={t('pictures.crop.right')} data-testid="picture-crop-right" onClick={() => set({ offsetX: clamp01(c.offsetX - NUDGE) })}>→</button>
        <button type="button" className="btn small" title={t('pictures.crop.up')} aria-label={t('pictures.crop.up')} data-testid="picture-crop-up" onClick={() => set({ offsetY: clamp01(c.offsetY + NUDGE) })}>↑</button>
        <button type="button" className="btn small" title={t('pictures.crop.down')} aria-label={t('pictures.crop.down')} data-testid="picture-crop-down" onClick={() => set({ offsetY: clamp01(c.offsetY - NUDGE) })}>↓</button>
        <button type="button" className="link-btn" data-testid="picture-crop-reset" onClick={() => onCrop(null)}>{t('pictures.crop.reset')}</button>
      </div>
    </fieldset>
  );
}

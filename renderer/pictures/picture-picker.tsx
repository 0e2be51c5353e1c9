/**
 * Choosing a picture (选择图片): the library's pictures as thumbnails (assets.list, newest first) and 导入图片,
 * which imports a file through assets.import and picks it. Shared by the story editor's figure slot and the
 * page view's module inspector. Pictures are shown from the host's assets/<id>/thumbnail route.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Asset } from '../../shared/model/asset';
import { assetSrc } from '../common/asset-src';
import { call, invoke } from '../api/client';
import { bytesToBase64, tooBig } from '../common/import-files';
import './pictures.css';

export { assetSrc };

export const PICTURE_ACCEPT = '.jpg,.jpeg,.png,.tif,.tiff';

export interface PicturePickerProps {
  onPick(asset: Asset): void;
  onClose(): void;
}

export function PicturePicker({ onPick, onClose }: PicturePickerProps) {
  const { t } = useTranslation();
  const [assets, setAssets] = useState<Asset[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void invoke('assets.list', {}).then((r) => {
      if (!live) return;
      if (r.ok) setAssets(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  // Escape closes; so does a click outside the picker.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    const onDown = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && onClose();
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onDown);
    };
  }, [onClose]);

  const importFile = async (file: File) => {
    setError(null);
    setBusy(true);
    try {
      const upload = { name: file.name, bytesBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
      if (tooBig(upload)) throw new Error(t('pictures.tooLarge'));
      onPick(await call('assets.import', upload));
    } catch (err) {
      setError(t('pictures.failed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={root} className="picture-picker" data-testid="picture-picker" role="dialog" aria-label={t('pictures.choose')} contentEditable={false}>
      <div className="picture-picker-head">
        <label className="btn small picture-import">
          {busy ? t('pictures.importing') : t('pictures.import')}
          <input
            type="file"
            accept={PICTURE_ACCEPT}
            data-testid="picture-import"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" className="link-btn" data-testid="picture-picker-close" onClick={onClose}>{t('pictures.close')}</button>
      </div>
      {error && <p className="picture-error" role="alert" data-testid="picture-error">{error}</p>}
      {assets === null ? (
        !error && <p className="muted">{t('pictures.loading')}</p>
      ) : assets.length === 0 ? (
        <p className="muted">{t('pictures.empty')}</p>
      ) : (
        <div className="picture-grid">
          {assets.map((a) => (
            <button key={a.id} type="button" className="picture-option" data-testid="picture-option" data-asset-id={a.id} title={a.name} onClick={() => onPick(a)}>
              <img src={assetSrc(a.id)} alt={a.name} loading="lazy" />
              <span>{t('pictures.size', { w: a.widthPx, h: a.heightPx })}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

/** Pixel size and colour space of a picture; RGB is flagged (it is converted to CMYK on export). */
export function PictureFacts({ asset }: { asset: Pick<Asset, 'widthPx' | 'heightPx' | 'colourSpace' | 'needsCmykConversion'> }) {
  const { t } = useTranslation();
  return (
    <span className="picture-facts" data-testid="picture-facts">
      <span data-testid="picture-size">{t('pictures.size', { w: asset.widthPx, h: asset.heightPx })}</span>
      {' · '}
      {asset.needsCmykConversion ? (
        <span className="picture-rgb" data-testid="picture-rgb">{t('pictures.needsCmyk')}</span>
      ) : (
        <span>{t(`pictures.colour.${asset.colourSpace}`)}</span>
      )}
    </span>
  );
}

/** An asset record by id (null while loading or when it cannot be read), for showing its facts. */
export function useAsset(id: string | null): Asset | null {
  const [asset, setAsset] = useState<Asset | null>(null);
  useEffect(() => {
    setAsset(null);
    if (!id) return;
    let live = true;
    void invoke('assets.get', { id }).then((r) => live && r.ok && setAsset(r.value));
    return () => {
      live = false;
    };
  }, [id]);
  return asset;
}

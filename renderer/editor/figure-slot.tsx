/**
 * The image slot of a figure in the story editor: empty, a click opens the picture picker; placed, the thumbnail
 * with its pixel size and colour space (RGB flagged 需转CMYK), 换图 and 移除图片. The choice is written into the
 * Slate element's `image` ({assetId, widthPx, heightPx}), which convert.ts carries to FigureBlock.image.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Transforms } from 'slate';
import { ReactEditor, useReadOnly, useSlateStatic } from 'slate-react';
import type { Asset } from '../../shared/model/asset';
import type { FigureImageElement } from './custom-types';
import { useTextLocked } from './text-lock';
import { PictureFacts, PicturePicker, assetSrc, useAsset } from '../pictures/picture-picker';

export function FigureSlot({ element }: { element: FigureImageElement }) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  const readOnly = useReadOnly() || useTextLocked();
  const [picking, setPicking] = useState(false);
  const image = element.image;
  const asset = useAsset(image?.assetId ?? null);

  const setImage = useCallback(
    (next: FigureImageElement['image']) => {
      const at = ReactEditor.findPath(editor, element);
      Transforms.setNodes(editor, { image: next }, { at });
    },
    [editor, element],
  );
  const pick = useCallback(
    (a: Asset) => {
      setPicking(false);
      setImage({ assetId: a.id, widthPx: a.widthPx, heightPx: a.heightPx });
    },
    [setImage],
  );
  const close = useCallback(() => setPicking(false), []);

  const picker = picking && !readOnly ? <PicturePicker onPick={pick} onClose={close} /> : null;
  if (!image) {
    return (
      <div
        contentEditable={false}
        className="figure-slot empty"
        data-testid="figure-slot"
        data-asset-id=""
        role={readOnly ? undefined : 'button'}
        title={readOnly ? undefined : t('pictures.choose')}
        onClick={() => !readOnly && setPicking(true)}
      >
        {t('editor.imageSlot')}
        {picker}
      </div>
    );
  }
  return (
    <div contentEditable={false} className="figure-slot has-picture" data-testid="figure-slot" data-asset-id={image.assetId}>
      <img src={assetSrc(image.assetId)} alt="" data-testid="figure-thumbnail" />
      <div className="figure-slot-actions">
        {asset ? <PictureFacts asset={asset} /> : <span data-testid="picture-size">{t('pictures.size', { w: image.widthPx, h: image.heightPx })}</span>}
        {!readOnly && (
          <>
            <button type="button" className="link-btn" data-testid="figure-change" onClick={() => setPicking(true)}>{t('pictures.change')}</button>
            <button type="button" className="link-btn danger" data-testid="figure-remove" onClick={() => setImage(null)}>{t('pictures.remove')}</button>
          </>
        )}
      </div>
      {picker}
    </div>
  );
}

/**
 * The asset GET route both hosts need (browser host: GET /assets/…; Electron: folio://app/assets/…), decided in
 * one place: assets/<sha256>/original|thumbnail → the stored file, its type and headers. A host streams `file`
 * with `headers` and adds its security headers. Content-addressed files never change, so they cache for good;
 * files a browser should not display inline (an attachment's .docx) are sent as downloads.
 */
import { AssetVariants, type AssetVariant } from '../../../shared/model/asset';
import { assetFile } from '../../store/asset-files';

const ROUTE = /^\/assets\/([0-9a-f]{64})\/([a-z]+)$/;

export type AssetRoute =
  /** Not an asset URL: the host handles it as before. */
  | { kind: 'not-asset' }
  | { kind: 'not-found'; message: string }
  | { kind: 'file'; file: string; headers: Record<string, string> };

export function resolveAssetRoute(dataDir: string, pathname: string): AssetRoute {
  if (!pathname.startsWith('/assets/')) return { kind: 'not-asset' };
  const match = ROUTE.exec(pathname);
  const variant = match?.[2] as AssetVariant | undefined;
  const found = match && variant && AssetVariants.includes(variant) ? assetFile(dataDir, match[1], variant) : null;
  if (!found) return { kind: 'not-found', message: `Folio: no such asset ${pathname}` };
  const headers: Record<string, string> = {
    'Content-Type': found.mediaType,
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
  // Browsers show JPEG and PNG; TIFF and documents are for download (show the thumbnail instead).
  if (found.mediaType !== 'image/jpeg' && found.mediaType !== 'image/png') headers['Content-Disposition'] = 'attachment';
  return { kind: 'file', file: found.file, headers };
}

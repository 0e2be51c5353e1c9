/**
 * The URL of an asset's thumbnail or original, as the hosts serve it (GET assets/<sha256>/<variant>), relative
 * to the page: under the browser host that is below the launch key (/k/<key>/assets/…), under folio://app/ the
 * app's root.
 */
import { assetUrlPath, type AssetVariant } from '../../shared/model/asset';

export function assetSrc(id: string, variant: AssetVariant = 'thumbnail'): string {
  return assetUrlPath(id, variant);
}

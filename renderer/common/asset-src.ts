/** The URL of an asset's thumbnail or original, as the hosts serve it (GET /assets/<sha256>/<variant>). */
import { assetUrlPath, type AssetVariant } from '../../shared/model/asset';

export function assetSrc(id: string, variant: AssetVariant = 'thumbnail'): string {
  return '/' + assetUrlPath(id, variant);
}

/**
 * Reading a picture file with sharp: what it is (format from its bytes, pixel size, colour space, ICC profile,
 * bit depth) and a JPEG thumbnail. Every way a file can be bad ends in one ImportError with a plain message.
 */
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { THUMBNAIL_MAX_PX, type ColourSpace, type PictureFormat } from '../../../shared/model/asset';
import { ImportError } from '../import/import-error';
import { kindName, sniff } from '../import/sniff';
import { errorMessage } from '../../../shared/errors';

/**
 * Largest picture accepted, in pixels: 120 megapixels (a 100 MP medium-format frame fits; sharp's own default,
 * 268 MP, would let a crafted 16000×16000 header make us decode a gigabyte).
 */
export const MAX_PICTURE_PIXELS = 120_000_000;

export interface PictureFacts {
  format: PictureFormat;
  widthPx: number;
  heightPx: number;
  colourSpace: ColourSpace;
  hasIccProfile: boolean;
  bitsPerChannel: number;
  hasAlpha: boolean;
  densityPpi: number | null;
}

export interface ReadPicture {
  facts: PictureFacts;
  thumbnail: { bytes: Buffer; widthPx: number; heightPx: number };
}

const EXTENSIONS: Record<PictureFormat, string> = { jpeg: 'jpg', png: 'png', tiff: 'tif' };
export const pictureExtension = (format: PictureFormat) => EXTENSIONS[format];

function colourSpaceOf(space: string | undefined, name: string): ColourSpace {
  switch (space) {
    case 'srgb':
    case 'rgb':
    case 'rgb16':
    case 'scrgb':
      return 'srgb';
    case 'cmyk':
      return 'cmyk';
    case 'b-w':
    case 'grey16':
      return 'gray';
    default:
      throw new ImportError(errorMessage('picture-colour-space', { name, space: space ?? errorMessage('unknown') }));
  }
}

function bitsOf(depth: string | undefined): number {
  const bits: Record<string, number> = { uchar: 8, char: 8, ushort: 16, short: 16, uint: 32, int: 32, float: 32, double: 64 };
  return bits[depth ?? ''] ?? 8;
}

/** Throws ImportError unless `bytes` are a readable, complete JPEG/PNG/TIFF of acceptable size. */
export async function readPicture(bytes: Uint8Array, name: string): Promise<ReadPicture> {
  const kind = sniff(bytes);
  if (kind !== 'jpeg' && kind !== 'png' && kind !== 'tiff') {
    throw new ImportError(kind === 'unknown' ? errorMessage('picture-not-a-picture', { name }) : errorMessage('picture-is-other-kind', { name, kind: kindName(kind) }));
  }
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new ImportError(errorMessage('picture-damaged', { name }), { cause: error });
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width <= 0 || height <= 0) throw new ImportError(errorMessage('picture-no-size', { name }));
  if (width * height > MAX_PICTURE_PIXELS) {
    throw new ImportError(
      errorMessage('picture-too-big', { name, width, height, megapixels: Math.round((width * height) / 1e6), limit: MAX_PICTURE_PIXELS / 1e6 }),
    );
  }
  // Decoding the whole picture for the thumbnail is also the check that it is complete ('truncated' fails a
  // cut-off file but tolerates the harmless warnings many cameras' JPEGs raise).
  let thumbnail: { data: Buffer; info: OutputInfo };
  try {
    thumbnail = await sharp(input, { limitInputPixels: MAX_PICTURE_PIXELS, failOn: 'truncated' })
      .rotate()
      .resize(THUMBNAIL_MAX_PX, THUMBNAIL_MAX_PX, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new ImportError(errorMessage('picture-truncated', { name }), {
      cause: error,
    });
  }
  // EXIF orientations 5–8 turn the picture a quarter: the displayed size swaps width and height.
  const turned = (meta.orientation ?? 1) >= 5;
  return {
    facts: {
      format: kind,
      widthPx: turned ? height : width,
      heightPx: turned ? width : height,
      colourSpace: colourSpaceOf(meta.space, name),
      hasIccProfile: meta.hasProfile === true,
      bitsPerChannel: bitsOf(meta.depth),
      hasAlpha: meta.hasAlpha === true,
      densityPpi: meta.density && meta.density > 0 ? meta.density : null,
    },
    thumbnail: { bytes: thumbnail.data, widthPx: thumbnail.info.width, heightPx: thumbnail.info.height },
  };
}

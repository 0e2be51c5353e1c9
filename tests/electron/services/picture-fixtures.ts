/** Pictures made with sharp for import tests (never checked-in binaries). */
import sharp from 'sharp';

export const rgbJpeg = (width = 800, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: '#c83232' } }).jpeg().toBuffer();

/** Noise compresses badly, so a truncated copy really lacks image data. */
export const noisyJpeg = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();

/** A PNG of noise: slow to decode (large, incompressible). */
export const noisyPng = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png({ compressionLevel: 1 }).toBuffer();

export const cmykJpeg = () =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: '#32c832' } }).toColourspace('cmyk').jpeg().toBuffer();

export const grayTiff = () =>
  sharp({ create: { width: 240, height: 360, channels: 3, background: '#808080' } }).toColourspace('b-w').tiff().toBuffer();

export const rgbPng = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 4, background: { r: 50, g: 50, b: 200, alpha: 0.5 } } }).png().toBuffer();

/**
 * A PNG whose header claims width × height but whose pixel data is a tiny stub: enough for the header check,
 * costs nothing to make (a real 200-megapixel file would take seconds and hundreds of MB).
 */
export async function hugeHeaderPng(width: number, height: number): Promise<Buffer> {
  const small = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } }).png().toBuffer();
  const out = Buffer.from(small);
  // IHDR data starts at byte 16: width (4 bytes BE), height (4 bytes BE); its CRC follows the 13 data bytes.
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
  return out;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

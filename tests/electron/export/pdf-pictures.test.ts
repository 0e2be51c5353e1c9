/**
 * Pictures in slots: an RGB picture becomes a DeviceCMYK image (no RGB left in the file), at ≤ 200 ppi of the
 * slot, with total ink ≤ 240 %, through the printer's profile when configured; a slot without bytes stays a
 * placeholder; unreadable bytes are a clear error.
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { PdfInputError, renderPagePdf } from '../../../electron/export/pdf';
import { capTotalInk } from '../../../electron/export/pdf/picture-images';
import { colourPageFrame, pageInput } from './pdf-fixtures';
import { contentStreamIds, hasTool, pdfFile, qpdfObjects, run, streamText } from './pdf-tools';
import type { BoxItem } from '../../../shared/compose/frame';
import { pictureImageRect } from '../../../shared/model';

const ICC = '/usr/share/color/icc/ghostscript/default_cmyk.icc';

/** A 300 × 225 RGB picture: a red-to-blue gradient over a pure black bottom third (rich black after conversion). */
async function rgbPicture(): Promise<Uint8Array> {
  const w = 300;
  const h = 225;
  const px = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      if (y < (2 * h) / 3) px.set([255 - Math.round((x / w) * 255), 40, Math.round((x / w) * 255)], i);
    }
  }
  return sharp(px, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

function imageObjects(objects: ReturnType<typeof qpdfObjects>): [number, Record<string, unknown>][] {
  return Object.entries(objects)
    .filter(([, o]) => o.stream?.dict['/Subtype'] === '/Image')
    .map(([k, o]) => [Number(k.split(':')[1].split(' ')[0]), o.stream?.dict as Record<string, unknown>]);
}

describe('capTotalInk', () => {
  it('takes the excess out of C, M and Y, keeps K, and leaves light pixels alone', () => {
    const px = Buffer.from([255, 255, 255, 255, 40, 30, 20, 10, 200, 200, 200, 0]);
    capTotalInk(px, 240);
    expect(px[3]).toBe(255);
    expect(px[0] + px[1] + px[2] + px[3]).toBeLessThanOrEqual(612);
    expect([...px.subarray(4, 8)]).toEqual([40, 30, 20, 10]);
    expect(px[8] + px[9] + px[10]).toBeLessThanOrEqual(612);
  });
});

describe.runIf(hasTool('qpdf'))('pictures in a print PDF', () => {
  for (const [label, iccProfilePath] of [['libvips CMYK', undefined], ['printer profile', ICC]] as const) {
    it(`embeds an RGB picture as DeviceCMYK with total ink ≤ 240 % (${label})`, async () => {
      const input = { ...pageInput(colourPageFrame(), { outputIntent: { iccProfilePath } }), pictures: new Map([['photo-1', await rgbPicture()]]) };
      const path = pdfFile(`picture-${label.replace(/\s/g, '-')}.pdf`, await renderPagePdf(input));
      expect(run('qpdf', ['--check', path]).status).toBe(0);
      const objects = qpdfObjects(path);
      const images = imageObjects(objects);
      expect(images).toHaveLength(1);
      const [id, dict] = images[0];
      expect(dict['/ColorSpace']).toBe('/DeviceCMYK');
      expect(dict['/BitsPerComponent']).toBe(8);
      // The slot is 200 × 150 pt: 200 ppi → 556 × 417 px.
      expect([dict['/Width'], dict['/Height']]).toEqual([556, 417]);
      expect(JSON.stringify(objects)).not.toMatch(/DeviceRGB|ICCBased|CalRGB/);
      const pixels = Buffer.from(streamText(path, id), 'latin1');
      expect(pixels.length).toBe(556 * 417 * 4);
      let maxInk = 0;
      let darkPixels = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const ink = pixels[i] + pixels[i + 1] + pixels[i + 2] + pixels[i + 3];
        maxInk = Math.max(maxInk, ink);
        if (pixels[i + 3] > 150) darkPixels++;
      }
      expect(maxInk).toBeLessThanOrEqual(612);
      expect(maxInk).toBeGreaterThan(500); // the rich black was capped, not dropped
      expect(darkPixels).toBeGreaterThan(556 * 100);
      if (hasTool('pdfimages')) expect(run('pdfimages', ['-list', path]).stdout).toMatch(/image\s+556\s+417\s+cmyk\s+4\s+8/);
    });
  }

  it('keeps a slot whose picture is not supplied as the grey placeholder', async () => {
    const input = { ...pageInput(colourPageFrame()), pictures: new Map([['some-other-asset', await rgbPicture()]]) };
    const path = pdfFile('picture-missing.pdf', await renderPagePdf(input));
    expect(imageObjects(qpdfObjects(path))).toHaveLength(0);
  });

  it('rejects unreadable picture bytes with a clear error naming the asset', async () => {
    const input = { ...pageInput(colourPageFrame()), pictures: new Map([['photo-1', new Uint8Array([1, 2, 3, 4])]]) };
    await expect(renderPagePdf(input)).rejects.toThrow(PdfInputError);
    await expect(renderPagePdf(input)).rejects.toThrow(/picture "photo-1" on page 1/);
  });
});

describe.runIf(hasTool('qpdf'))('a cropped picture in a print PDF', () => {
  it('draws the picture at its crop rectangle, clipped to the frame (re W n before Do), at 200 ppi of that rectangle', async () => {
    const base = colourPageFrame();
    const slot = base.items.find((i) => i.kind === 'box' && i.assetId === 'photo-1') as BoxItem;
    const image = pictureImageRect(slot, { scale: 2, offsetX: 0, offsetY: 1, aspect: 300 / 225 });
    const frame = { ...base, items: base.items.map((i) => (i === slot ? { ...slot, slot: true as const, image } : i)) };
    const path = pdfFile('picture-cropped.pdf', await renderPagePdf({ ...pageInput(frame), pictures: new Map([['photo-1', await rgbPicture()]]) }));
    expect(run('qpdf', ['--check', path]).status).toBe(0);
    const objects = qpdfObjects(path);
    const [[, dict]] = imageObjects(objects);
    // The whole picture's rectangle (400 × 300 pt) at 200 ppi, not the 200 × 150 pt frame.
    expect([dict['/Width'], dict['/Height']]).toEqual([Math.round((image.widthPt * 200) / 72), Math.round((image.heightPt * 200) / 72)]);
    const content = contentStreamIds(objects).map((id) => streamText(path, id)).join('\n');
    const drawn = /q ([\d.]+) ([\d.]+) 200 150 re W n 400 0 0 300 ([-\d.]+) ([-\d.]+) cm \/(\S+) Do Q/.exec(content);
    expect(drawn).not.toBeNull();
    const [, clipX, clipY, imageX, imageY] = drawn!.map(Number);
    // offsetX 0: the picture's left edge at the frame's; offsetY 1: its bottom edge at the frame's (PDF y up).
    expect(imageX).toBeCloseTo(clipX, 3);
    expect(imageY).toBeCloseTo(clipY, 3);
  });
});

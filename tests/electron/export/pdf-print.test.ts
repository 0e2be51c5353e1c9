/**
 * The print PDF as a print plant checks it: qpdf structure, pdffonts (every font embedded and subset), nested
 * boxes, no RGB anywhere, the PDF/X-1a Info keys and OutputIntent, overprinting 100% K, registration-colour marks
 * and slug, and a poppler render WITHOUT system fonts that shows ink where glyphs are and reports no syntax errors.
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { DEFAULT_BLEED_PT, PdfInputError, renderIssuePdf, renderPagePdf } from '../../../electron/export/pdf';
import { colourPageFrame, demoPageFrame, pageInput, TEMPLATE } from './pdf-fixtures';
import { pageBoxes } from '../../../electron/export/pdf/page-boxes';
import { resolveOptions } from '../../../electron/export/pdf/pdf-options';
import { contentStreamIds, hasGhostscript, hasTool, noSystemFontsEnv, pageBoxesOf, pdfFile, qpdfObjects, run, streamText } from './pdf-tools';
import { displayList, forEachLeaf } from '../../../shared/display';

const ICC = '/usr/share/color/icc/ghostscript/default_cmyk.icc';
const demo = demoPageFrame();
const demoPdf = pdfFile('demo.pdf', await renderPagePdf(pageInput(demo)));
const colourPdf = pdfFile('colour.pdf', await renderPagePdf(pageInput(colourPageFrame())));

function dictOf(obj: { value?: unknown; stream?: { dict: Record<string, unknown> } }): Record<string, unknown> {
  return (obj.value ?? obj.stream?.dict ?? {}) as Record<string, unknown>;
}

describe.runIf(hasTool('qpdf'))('print PDF structure (qpdf)', () => {
  it('passes qpdf --check with no errors or warnings', () => {
    for (const path of [demoPdf, colourPdf]) {
      const r = run('qpdf', ['--check', path]);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toContain('No syntax or stream encoding errors found');
      expect(r.stderr).toBe('');
    }
  });

  it('is PDF 1.4 with a classic xref (no object streams) and a trailer /ID', () => {
    const r = run('qpdf', ['--show-xref', demoPdf]);
    expect(r.stdout).toMatch(/uncompressed/);
    expect(r.stdout).not.toMatch(/^\d+\/0: compressed/m);
    const objects = qpdfObjects(demoPdf);
    expect(Object.keys(objects).length).toBeGreaterThan(10);
    const trailer = dictOf(objects.trailer);
    expect(Array.isArray(trailer['/ID'])).toBe(true);
    const head = run('head', ['-c', '8', demoPdf]).stdout;
    expect(head).toBe('%PDF-1.4');
  });

  it('uses only CMYK, gray and /Separation /All: no RGB, Lab or ICC colour in any resource or content stream', () => {
    for (const path of [demoPdf, colourPdf]) {
      const objects = qpdfObjects(path);
      const everyDict = JSON.stringify(Object.fromEntries(Object.entries(objects).map(([k, o]) => [k, dictOf(o)])));
      expect(everyDict).not.toMatch(/DeviceRGB|CalRGB|\/Lab|ICCBased|\/Indexed|\/SMask|\/Group/);
      const ids = contentStreamIds(objects);
      expect(ids.length).toBe(1);
      for (const id of ids) {
        // Hex glyph strings cannot contain operators; drop them, then look at every token.
        const tokens = streamText(path, id).replace(/<[0-9a-fA-F\s]*>/g, ' ').split(/[\s[\]]+/);
        expect(tokens).not.toContain('rg');
        expect(tokens).not.toContain('RG');
        const spaces = tokens.filter((t, i) => (tokens[i + 1] === 'cs' || tokens[i + 1] === 'CS'));
        expect(new Set(spaces)).toEqual(new Set(['/CSAll']));
        expect(tokens).toContain('k');
      }
      const space = Object.values(objects).map(dictOf).find((d) => Array.isArray(d) && d[0] === '/Separation') as unknown as string[];
      expect(space.slice(0, 3)).toEqual(['/Separation', '/All', '/DeviceCMYK']);
      expect(dictOf(objects[`obj:${space[3]}`])).toMatchObject({ '/FunctionType': 2, '/C1': [1, 1, 1, 1] });
    }
  });

  it('has exactly one OutputIntent: /S /GTS_PDFX, IFRA26 from the ICC registry', () => {
    const objects = qpdfObjects(demoPdf);
    const intents = Object.values(objects).map(dictOf).filter((d) => d['/Type'] === '/OutputIntent');
    expect(intents).toHaveLength(1);
    expect(intents[0]['/S']).toBe('/GTS_PDFX');
    expect(intents[0]['/OutputConditionIdentifier']).toBe('u:IFRA26');
    expect(intents[0]['/RegistryName']).toBe('u:http://www.color.org');
    expect(intents[0]['/Info']).toBe('u:ISO 12647-3 newsprint');
    expect(intents[0]['/DestOutputProfile']).toBeUndefined();
    const catalog = Object.values(objects).map(dictOf).find((d) => d['/Type'] === '/Catalog') as Record<string, unknown>;
    expect(catalog['/OutputIntents']).toHaveLength(1);
  });

  it.runIf(hasTool('qpdf'))('embeds the configured printer profile as DestOutputProfile (N 4), and rejects a non-CMYK one', async () => {
    const path = pdfFile('icc.pdf', await renderPagePdf(pageInput(colourPageFrame(), { outputIntent: { iccProfilePath: ICC } })));
    const objects = qpdfObjects(path);
    const intent = Object.values(objects).map(dictOf).find((d) => d['/Type'] === '/OutputIntent') as Record<string, unknown>;
    const profile = dictOf(objects[`obj:${intent['/DestOutputProfile'] as string}`]);
    expect(profile['/N']).toBe(4);
    const rgb = '/usr/share/color/icc/ghostscript/default_rgb.icc';
    await expect(renderPagePdf(pageInput(colourPageFrame(), { outputIntent: { iccProfilePath: rgb } }))).rejects.toThrow(/CMYK printer \(prtr\) profile/);
    await expect(renderPagePdf(pageInput(colourPageFrame(), { outputIntent: { iccProfilePath: '/nonexistent.icc' } }))).rejects.toBeInstanceOf(PdfInputError);
  });

  it('has the PDF/X-1a Info keys: Title, dates, Trapped /False (a name), GTS_PDFXVersion and Conformance', () => {
    const objects = qpdfObjects(demoPdf);
    const infoRef = dictOf(objects.trailer)['/Info'] as string;
    const info = dictOf(objects[`obj:${infoRef}`]);
    const value = (key: string): unknown => {
      const v = info[key];
      return typeof v === 'string' && / 0 R$/.test(v) ? objects[`obj:${v}`].value : v;
    };
    expect(value('/Trapped')).toBe('/False');
    expect(value('/GTS_PDFXVersion')).toBe('u:PDF/X-1:2001');
    expect(value('/GTS_PDFXConformance')).toBe('u:PDF/X-1a:2001');
    expect(value('/CreationDate')).toBe('u:D:20141125' + String(value('/CreationDate')).slice(12));
    expect(value('/ModDate')).toBe(value('/CreationDate'));
    expect(value('/Title')).toBe('u:钢城日报 2014-11-25 第1版');
  });

  it('overprints 100% K text and rules (ExtGState OP/op true, OPM 1) but not the coloured rule', () => {
    const objects = qpdfObjects(colourPdf);
    const states = Object.values(objects).map(dictOf).filter((d) => d['/Type'] === '/ExtGState');
    expect(states).toEqual([{ '/Type': '/ExtGState', '/OP': true, '/op': true, '/OPM': 1 }]);
    const content = streamText(colourPdf, contentStreamIds(objects)[0]);
    const lines = content.split('\n');
    const kText = lines.filter((l) => l.includes(' TJ '));
    expect(kText.length).toBeGreaterThan(5);
    for (const l of kText) expect(l).toMatch(/^q \/GSop gs BT .* 0 0 0 1 k /);
    expect(lines.find((l) => l.includes('0 0 0 1 K 1 w'))).toMatch(/^q \/GSop gs /);
    expect(lines.find((l) => l.includes('0 1 1 0 K 1 w'))).toMatch(/^q 0 1 1 0 K/);
  });
});

describe.runIf(hasTool('pdffonts'))('fonts (pdffonts)', () => {
  it('embeds and subsets every font, with a six-letter tag and a ToUnicode map', () => {
    const out = run('pdffonts', [demoPdf]).stdout.trim().split('\n').slice(2);
    expect(out.length).toBeGreaterThanOrEqual(3);
    for (const line of out) {
      expect(line).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)SC-\S+\s+CID TrueType\s+Identity-H\s+yes yes yes\s/);
    }
  });

  it('copies the page text back out through ToUnicode (pdftotext)', () => {
    const text = run('pdftotext', ['-layout', demoPdf, '-']).stdout.replace(/\s+/g, '');
    expect(text).toContain('一腔热血写春秋');
    expect(text).toContain('钢城日报');
    expect(text).toContain('第1版');
  });
});

describe.runIf(hasTool('pdfinfo'))('boxes (pdfinfo -box)', () => {
  const nested = (inner: number[], outer: number[]): boolean => inner[0] >= outer[0] - 1e-6 && inner[1] >= outer[1] - 1e-6 && inner[2] <= outer[2] + 1e-6 && inner[3] <= outer[3] + 1e-6;

  it('nests Trim ⊆ Bleed ⊆ Media; TrimBox is the trim, BleedBox 3 mm around it', () => {
    const b = pageBoxesOf(demoPdf);
    expect(nested(b.TrimBox, b.BleedBox)).toBe(true);
    expect(nested(b.BleedBox, b.MediaBox)).toBe(true);
    expect(b.TrimBox[2] - b.TrimBox[0]).toBeCloseTo(TEMPLATE.widthPt, 2);
    expect(b.TrimBox[3] - b.TrimBox[1]).toBeCloseTo(TEMPLATE.heightPt, 2);
    expect(b.TrimBox[0] - b.BleedBox[0]).toBeCloseTo(DEFAULT_BLEED_PT, 1);
    expect(b.BleedBox[0] - b.MediaBox[0]).toBeGreaterThan(14); // room for marks and slug
  });

  it('with bleed 0 and no marks or slug, all three boxes are the trim', async () => {
    const path = pdfFile('bare.pdf', await renderPagePdf(pageInput(colourPageFrame(), { bleedPt: 0, marks: false, slug: false })));
    const b = pageBoxesOf(path);
    expect(b.MediaBox).toEqual(b.TrimBox);
    expect(b.BleedBox).toEqual(b.TrimBox);
    expect(b.TrimBox[2]).toBeCloseTo(TEMPLATE.widthPt, 2);
  });

  it('writes an 8-page issue as one PDF with the boxes on every page', async () => {
    const pages = Array.from({ length: 8 }, (_, i) => pageInput(i === 0 ? demo : colourPageFrame(), {}, i + 1));
    const path = pdfFile('issue.pdf', await renderIssuePdf(pages));
    expect(run('pdfinfo', [path]).stdout).toMatch(/Pages:\s+8/);
    for (const page of [1, 8]) {
      const b = pageBoxesOf(path, page);
      expect(nested(b.TrimBox, b.BleedBox) && nested(b.BleedBox, b.MediaBox)).toBe(true);
    }
    const text = run('pdftotext', ['-f', '8', '-l', '8', path, '-']).stdout;
    expect(text).toContain('第8版');
  });
});

describe.runIf(hasTool('pdftoppm'))('render with no system fonts (poppler)', () => {
  it('shows ink where the glyphs are and prints no syntax error', async () => {
    const prefix = `${demoPdf}-nofonts`;
    const r = run('pdftoppm', ['-r', '72', '-gray', '-png', '-singlefile', demoPdf, prefix], noSystemFontsEnv());
    expect(r.stderr).not.toMatch(/Syntax Error|Couldn't|error/i);
    const { data, info } = await sharp(`${prefix}.png`).greyscale().raw().toBuffer({ resolveWithObject: true });
    const scale = 1;
    const offset = pageBoxesOf(demoPdf).TrimBox[0];
    // Every glyph run of the display list: the em box above its first glyph's baseline must hold dark pixels.
    let checked = 0;
    forEachLeaf(displayList(demo).ops, (op, dxPt, dyPt) => {
      if (op.kind !== 'glyphs' || op.sizePt < 9 || op.glyphIds.length < 4) return;
      let dark = 0;
      const x0 = Math.round((offset + dxPt + op.xPt[0]) * scale);
      const x1 = Math.round((offset + dxPt + op.xPt[3]) * scale);
      const y1 = Math.round((offset + dyPt + op.baselinePt) * scale);
      const y0 = Math.round((offset + dyPt + op.baselinePt - op.sizePt * 0.8) * scale);
      for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) if (data[y * info.width + x] < 128) dark++;
      expect(dark, `ink at “${op.source.join('')}”`).toBeGreaterThan(0);
      checked++;
    });
    expect(checked).toBeGreaterThan(50);
    // And outside the trim, in the slug/marks area, the corners are white except for the crop marks.
    expect(data[2 * info.width + 2]).toBe(255);
  });
});

describe.runIf(hasGhostscript())('separations (Ghostscript tiffsep)', () => {
  it('K text on the cyan band leaves no knockout hole in the Cyan plate, and is on the Black plate', async () => {
    const out = `${colourPdf}-sep.tif`;
    const r = run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=tiffsep', '-r72', `-sOutputFile=${out}`, colourPdf]);
    expect(r.status, r.stderr).toBe(0);
    const plate = async (name: string) => (await sharp(`${colourPdf}-sep(${name}).tif`).greyscale().raw().toBuffer({ resolveWithObject: true }));
    const cyan = await plate('Cyan');
    const black = await plate('Black');
    // The band (colourPageFrame: 243 × 120 pt at the type area's corner), 1 px inside its edges; 72 dpi = 1 px/pt.
    const o = pageBoxes(TEMPLATE.widthPt, TEMPLATE.heightPt, resolveOptions({}, new Date())).trimOffsetPt;
    const x0 = Math.ceil(o + TEMPLATE.marginLeftPt) + 1;
    const y0 = Math.ceil(o + TEMPLATE.marginTopPt) + 1;
    let holes = 0;
    let kInk = 0;
    for (let y = y0; y < y0 + 117; y++) {
      for (let x = x0; x < x0 + 240; x++) {
        if (cyan.data[y * cyan.info.width + x] > 200) holes++;
        if (black.data[y * black.info.width + x] < 128) kInk++;
      }
    }
    expect(kInk).toBeGreaterThan(1000);
    expect(holes).toBe(0);
  });
});

describe('determinism', () => {
  it('writes byte-identical PDFs for the same frame and createdAt (delivery logs a SHA-256), different ones otherwise', async () => {
    const a = await renderPagePdf(pageInput(colourPageFrame()));
    const b = await renderPagePdf(pageInput(colourPageFrame()));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = await renderPagePdf(pageInput(colourPageFrame(), { createdAt: new Date(2014, 10, 25, 23, 0, 0) }));
    expect(Buffer.from(a).equals(Buffer.from(later))).toBe(false);
  });
});

describe('bad input', () => {
  it('names the problem: unknown face, glyph id out of range, bad colour, no pages, bad trim', async () => {
    const text = (faceId: string, glyphId: number) => ({ kind: 'text' as const, faceId, sizePt: 9, color: { c: 0, m: 0, y: 0, k: 1 }, yPt: 20, glyphIds: Uint32Array.of(glyphId), xPt: Float64Array.of(10), drawn: ['字'], source: ['字'] });
    const frame = (item: object) => ({ widthPt: 100, heightPt: 100, items: [item] }) as never;
    await expect(renderPagePdf(pageInput(frame(text('comic-sans', 5))))).rejects.toThrow(/face "comic-sans"/);
    await expect(renderPagePdf(pageInput(frame(text('serif-regular', 999_999))))).rejects.toThrow(/glyph id 999999/);
    await expect(renderPagePdf(pageInput(frame({ ...text('serif-regular', 5), color: { c: 0, m: 0, y: 0, k: 100 } })))).rejects.toThrow(/CMYK values must be 0..1/);
    await expect(renderIssuePdf([])).rejects.toThrow(/no pages/);
    await expect(renderPagePdf({ ...pageInput(colourPageFrame()), trimWidthPt: -1 })).rejects.toThrow(/trim must be positive/);
    await expect(renderPagePdf(pageInput(colourPageFrame(), { bleedPt: Number.NaN }))).rejects.toThrow(/bleedPt/);
  });
});

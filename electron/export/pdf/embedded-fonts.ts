/**
 * The document's fonts: one subset per face, written as Type0 / CIDFontType2 with Identity-H where the CID IS the
 * layout's glyph id (a CIDToGIDMap stream maps it to the subset's glyph). So the content stream carries exactly
 * the glyph ids the engine chose — the parity test reads them straight back. fontkit subsets the TrueType outlines;
 * a ToUnicode CMap built from each glyph's characters keeps the text searchable and copyable.
 */
import { createHash } from 'node:crypto';
import { FONT_FILES } from '../../../shared/compose/font-files';
import { isBundledFace, parsedFace, type FontkitFace } from '../../fonts';
import { PdfInputError } from './pdf-options';
import { newRef, type PdfRef } from './pdf-ref';
import { fontUnitsToGlyphSpace } from '../../../shared/units';

/** The parsed bundled face; a face the bundle lacks is a clear input error. */
export function fontkitFace(faceId: string): FontkitFace {
  if (!isBundledFace(faceId)) {
    throw new PdfInputError(`text item uses face "${faceId}", which is not a bundled font (${Object.keys(FONT_FILES).join(', ')})`);
  }
  return parsedFace(faceId);
}

/** One face as used in this document. */
class UsedFace {
  readonly ref: PdfRef;
  /** Layout glyph id (= CID) → characters it shows ('' when unknown). */
  readonly chars = new Map<number, string>();
  /** Advance per CID in 1/1000 em, rounded as written into /W (the TJ arithmetic uses the same numbers). */
  readonly widths = new Map<number, number>();

  constructor(
    readonly resourceName: string,
    readonly faceId: string,
    readonly face: FontkitFace,
    doc: PDFKit.PDFDocument,
  ) {
    this.ref = newRef(doc);
  }

  use(glyphId: number, ch: string): number {
    let width = this.widths.get(glyphId);
    if (width === undefined) {
      if (!Number.isInteger(glyphId) || glyphId < 0 || glyphId >= this.face.numGlyphs) {
        throw new PdfInputError(`glyph id ${glyphId} (“${ch}”) is not in face "${this.faceId}" (${this.face.numGlyphs} glyphs)`);
      }
      width = roundWidth(fontUnitsToGlyphSpace(this.face.getGlyph(glyphId).advanceWidth, this.face.unitsPerEm));
      this.widths.set(glyphId, width);
    }
    if (ch && !this.chars.get(glyphId)) this.chars.set(glyphId, ch);
    return width;
  }
}

function roundWidth(w: number): number {
  return Math.round(w * 1000) / 1000;
}

/** Six capital letters from the face and its glyph set: a different subset never shares a name (PDF 9.6.4). */
function subsetTag(faceId: string, glyphIds: number[]): string {
  const digest = createHash('sha256').update(faceId).update(Uint32Array.from(glyphIds)).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i] % 26));
  return tag;
}

function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

/** A CID as the 4 hex digits of a 2-byte Identity-H code. */
export function cidHex(cid: number): string {
  return cid.toString(16).padStart(4, '0');
}

function toUnicodeCmap(chars: Map<number, string>): string {
  const entries = [...chars.entries()].filter(([, ch]) => ch.length > 0).sort((a, b) => a[0] - b[0]);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([cid, ch]) => `<${cidHex(cid)}> <${utf16Hex(ch)}>`).join('\n')}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <ffff>
endcodespacerange
${blocks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
}

/** /W as runs of consecutive CIDs: [c [w w w] c' [w'] …]. */
function widthArray(widths: Map<number, number>): (number | number[])[] {
  const cids = [...widths.keys()].sort((a, b) => a - b);
  const out: (number | number[])[] = [];
  let run: number[] | null = null;
  let prev = -2;
  for (const cid of cids) {
    if (cid !== prev + 1 || !run) {
      run = [];
      out.push(cid, run);
    }
    run.push(widths.get(cid) as number);
    prev = cid;
  }
  return out;
}

/** The fonts of one PDF document. */
export class EmbeddedFonts {
  private readonly used = new Map<string, UsedFace>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** The face's resource for the current page (added to the page's /Font resources). */
  face(faceId: string): UsedFace {
    let used = this.used.get(faceId);
    if (!used) {
      used = new UsedFace(`F${this.used.size + 1}`, faceId, fontkitFace(faceId), this.doc);
      this.used.set(faceId, used);
    }
    const pageFonts = this.doc.page.fonts as Record<string, PdfRef>;
    pageFonts[used.resourceName] = used.ref;
    return used;
  }

  /** Write every used face (subset, widths, ToUnicode). Call once, before doc.end(). */
  finish(): void {
    for (const used of this.used.values()) this.writeFace(used);
  }

  private writeFace(used: UsedFace): void {
    const face = used.face;
    const doc = this.doc;
    const glyphIds = [...used.widths.keys()].sort((a, b) => a - b);
    const subset = face.createSubset();
    const maxCid = glyphIds.length ? glyphIds[glyphIds.length - 1] : 0;
    const cidToGid = new Uint8Array(2 * (maxCid + 1));
    for (const gid of glyphIds) {
      const subsetGid = subset.includeGlyph(gid);
      cidToGid[2 * gid] = subsetGid >> 8;
      cidToGid[2 * gid + 1] = subsetGid & 0xff;
    }
    const name = `${subsetTag(used.faceId, glyphIds)}+${face.postscriptName.replace(/[^!-~]|[()<>[\]{}/%#]/g, '_')}`;
    const scale = 1000 / face.unitsPerEm;

    const fontFile = newRef(doc, {});
    fontFile.end(Buffer.from(subset.encode()));
    const cidToGidMap = newRef(doc, {});
    cidToGidMap.end(Buffer.from(cidToGid));
    const bbox = face.bbox;
    const descriptor = newRef(doc, {
      Type: 'FontDescriptor',
      FontName: name,
      // Symbolic (bit 3): the glyphs are outside the standard Latin set.
      Flags: 4,
      FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => Math.round(v * scale)),
      ItalicAngle: face.italicAngle,
      Ascent: Math.round(face.ascent * scale),
      Descent: Math.round(face.descent * scale),
      CapHeight: Math.round((face.capHeight || face.ascent) * scale),
      StemV: 80,
      FontFile2: fontFile,
    });
    descriptor.end();
    const cidFont = newRef(doc, {
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: 1000,
      W: widthArray(used.widths),
      CIDToGIDMap: cidToGidMap,
    });
    cidFont.end();
    const toUnicode = newRef(doc, {});
    toUnicode.end(toUnicodeCmap(used.chars));
    used.ref.data = {
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    };
    used.ref.end();
  }
}

export type { UsedFace };

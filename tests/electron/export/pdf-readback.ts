/**
 * Reads a PDF back with pdfjs-dist (an independent reader, the one browsers use): every shown glyph with its
 * character code (our CID = layout glyph id), its ToUnicode text and its origin in PDF user space, from the
 * operator list's CTM, text matrix, font size, /W widths and TJ adjustments.
 */
type Matrix = [number, number, number, number, number, number];

// pdfjs 6 uses Node 22 built-ins; Node 20 (this project's runtime) lacks these two.
function polyfillForPdfjs(): void {
  const P = Promise as unknown as { withResolvers?: () => unknown };
  P.withResolvers ??= () => {
    let resolve: unknown;
    let reject: unknown;
    const promise = new Promise((r, j) => {
      resolve = r;
      reject = j;
    });
    return { promise, resolve, reject };
  };
  const AB = ArrayBuffer.prototype as unknown as { transferToFixedLength?: (n?: number) => ArrayBuffer; transfer?: (n?: number) => ArrayBuffer };
  AB.transferToFixedLength ??= function (this: ArrayBuffer, length?: number): ArrayBuffer {
    const out = new ArrayBuffer(length ?? this.byteLength);
    new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(this.byteLength, out.byteLength)));
    return out;
  };
  AB.transfer ??= AB.transferToFixedLength;
}

export interface ReadGlyph {
  /** The 2-byte character code: the CID, which the writer makes the layout's glyph id. */
  code: number;
  unicode: string;
  /** Origin in PDF user space (bottom-left, y up). */
  x: number;
  y: number;
  sizePt: number;
  /** Advance from the font's /W widths, pt. */
  widthPt: number;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  // m then n (row vectors): [x y 1] · m · n
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

interface PdfjsGlyph {
  originalCharCode: number;
  unicode: string;
  width: number;
}

/** Every glyph of every page, in content order. */
export async function readGlyphs(bytes: Uint8Array): Promise<ReadGlyph[][]> {
  polyfillForPdfjs();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), fontExtraProperties: true, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const pages: ReadGlyph[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const list = await page.getOperatorList();
    const OPS = pdfjs.OPS;
    const out: ReadGlyph[] = [];
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const stack: Matrix[] = [];
    let tm: Matrix = [1, 0, 0, 1, 0, 0];
    let size = 0;
    for (let i = 0; i < list.fnArray.length; i++) {
      const fn = list.fnArray[i];
      const args = list.argsArray[i] as unknown[];
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
      else if (fn === OPS.transform) ctm = multiply(Array.from(args as number[]) as Matrix, ctm);
      else if (fn === OPS.beginText) tm = [1, 0, 0, 1, 0, 0];
      else if (fn === OPS.setFont) size = args[1] as number;
      else if (fn === OPS.setTextMatrix) tm = Array.from(args[0] as ArrayLike<number>) as Matrix;
      else if (fn === OPS.showText || fn === OPS.showSpacedText) {
        let pen = 0;
        for (const item of args[0] as (PdfjsGlyph | number)[]) {
          if (typeof item === 'number') {
            pen -= (item * size) / 1000;
            continue;
          }
          const [x, y] = [pen * tm[0] + tm[4], pen * tm[1] + tm[5]];
          out.push({ code: item.originalCharCode, unicode: item.unicode, x: x * ctm[0] + y * ctm[2] + ctm[4], y: x * ctm[1] + y * ctm[3] + ctm[5], sizePt: size, widthPt: (item.width * size) / 1000 });
          pen += (item.width * size) / 1000;
        }
      } else if (fn === OPS.moveText || fn === OPS.setLeadingMoveText || fn === OPS.nextLine || fn === OPS.setCharSpacing || fn === OPS.setWordSpacing || fn === OPS.setHScale) {
        throw new Error(`readGlyphs: operator ${fn} not expected in Folio output`);
      }
    }
    pages.push(out);
  }
  await task.destroy();
  return pages;
}

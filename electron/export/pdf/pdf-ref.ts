/** pdfkit's indirect object, as the writer uses it (the @types describe a narrower shape than pdfkit 0.20 has). */
export interface PdfRef {
  data: Record<string, unknown> | unknown[];
  end(chunk?: Uint8Array | string): void;
}

/** A new indirect object; it is written when `end()` is called. Streams are Flate-compressed. */
export function newRef(doc: PDFKit.PDFDocument, data: Record<string, unknown> | unknown[] = {}): PdfRef {
  return doc.ref(data as object) as unknown as PdfRef;
}

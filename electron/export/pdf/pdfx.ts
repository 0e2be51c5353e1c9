/**
 * PDF/X-1a document furniture pdfkit has no API for: the OutputIntent (exactly one, /S /GTS_PDFX, the registered
 * newsprint condition, the printer's profile embedded when configured), the Info keys, and the overprint
 * ExtGState for 100% K. Values: PRINT.md §1 (ISO 15930-1).
 */
import { readFileSync } from 'node:fs';
import { ICC_REGISTRY, PdfInputError, type ResolvedPdfOptions } from './pdf-options';
import { newRef, type PdfRef } from './pdf-ref';


export const PDFX_VERSION = 'PDF/X-1:2001';
export const PDFX_CONFORMANCE = 'PDF/X-1a:2001';

/** A PDF name as a dictionary value (pdfkit turns plain strings in Info into text strings). */
export class PdfName {
  readonly [Symbol.toStringTag] = 'PdfName';
  constructor(readonly name: string) {}
  toString(): string {
    return `/${this.name}`;
  }
}

/** The printer's ICC profile bytes, checked to be a CMYK output (prtr) profile. */
export function readOutputProfile(path: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new PdfInputError(`cannot read the ICC profile ${path}: ${(err as Error).message}`);
  }
  const tag = (at: number): string => bytes.subarray(at, at + 4).toString('latin1');
  if (bytes.length < 132 || tag(36) !== 'acsp') throw new PdfInputError(`${path} is not an ICC profile`);
  if (tag(16) !== 'CMYK' || tag(12) !== 'prtr') {
    throw new PdfInputError(`${path} is a ${tag(16).trim()} ${tag(12)} profile; the output intent needs a CMYK printer (prtr) profile`);
  }
  return bytes;
}

/** Adds /OutputIntents to the catalog. */
export function addOutputIntent(doc: PDFKit.PDFDocument, intent: ResolvedPdfOptions['outputIntent']): void {
  const data: Record<string, unknown> = {
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: new String(intent.identifier),
    OutputCondition: new String(intent.info),
    RegistryName: new String(ICC_REGISTRY),
    Info: new String(intent.info),
  };
  if (intent.iccProfilePath) {
    const profile = newRef(doc, { N: 4 });
    profile.end(readOutputProfile(intent.iccProfilePath));
    data.DestOutputProfile = profile;
  }
  const ref = newRef(doc, data);
  ref.end();
  const root = (doc as unknown as { _root: { data: Record<string, unknown> } })._root;
  root.data.OutputIntents = [ref];
}

/** OP/op true, OPM 1: 100% K paints over the other plates instead of knocking them out. */
export function overprintState(doc: PDFKit.PDFDocument): PdfRef {
  const ref = newRef(doc, { Type: 'ExtGState', OP: true, op: true, OPM: 1 });
  ref.end();
  return ref;
}

/** Info dictionary: title, dates, trapping and (print) the PDF/X version keys. */
export function documentInfo(title: string, subject: string, options: ResolvedPdfOptions): Record<string, unknown> {
  const info: Record<string, unknown> = {
    Title: title,
    Subject: subject,
    Creator: 'Folio',
    Producer: 'Folio (pdfkit 0.20)',
    CreationDate: options.createdAt,
    ModDate: options.createdAt,
    Trapped: new PdfName('False'),
  };
  if (options.variant === 'print') {
    info.GTS_PDFXVersion = PDFX_VERSION;
    info.GTS_PDFXConformance = PDFX_CONFORMANCE;
  }
  return info;
}

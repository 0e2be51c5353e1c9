/**
 * Plate file names from a pattern the plant gives us. Tokens: {paper} {yyyymmdd} {page} (2 digits) {ink}
 * (C/M/Y/K) {section}. In the values, everything but letters (CJK included), digits, '_', '.' and '-' is replaced
 * by '-': path separators, spaces, and shell-special characters ($ ` ; & | ' " ( ) ! # ~ * ? [ ] { } < > %),
 * since plant scripts pass these names to shells. A value never starts the name with '-' (an option to a command).
 */

/** The process inks, in the order plates are written. */
export const INKS = ['C', 'M', 'Y', 'K'] as const;
export type Ink = (typeof INKS)[number];

/** Ghostscript's separation names (tiffsep writes `name(Cyan).tif` …). */
export const GS_SEPARATION_NAMES: Record<Ink, string> = { C: 'Cyan', M: 'Magenta', Y: 'Yellow', K: 'Black' };

export const DEFAULT_PLATE_PATTERN = '{paper}_{yyyymmdd}_{page}_{ink}.tif';
export const DEFAULT_PDF_PATTERN = '{paper}_{yyyymmdd}_{page}.pdf';

export interface PlateNameFields {
  paper: string;
  /** ISO date, 2026-11-25. */
  date: string;
  page: number;
  ink?: Ink;
  section?: string;
}

function safe(part: string): string {
  return part.replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, '-');
}

export function plateFileName(pattern: string, fields: PlateNameFields): string {
  const values: Record<string, string> = {
    paper: fields.paper,
    yyyymmdd: fields.date.replaceAll('-', ''),
    page: String(fields.page).padStart(2, '0'),
    ink: fields.ink ?? '',
    section: fields.section ?? '',
  };
  const replaced = pattern.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in values)) throw new Error(`文件名模板里有未知的字段 ${whole}（可用：{paper} {yyyymmdd} {page} {ink} {section}）`);
    return safe(values[key]);
  });
  const name = replaced.startsWith('-') ? `_${replaced}` : replaced;
  if (name === '' || name === '.' || name === '..') throw new Error(`文件名模板 ${pattern} 得出的文件名无效`);
  return name;
}

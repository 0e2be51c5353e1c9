/**
 * mammoth's HTML → SourceParagraph[] (pure; parsed with htmlparser2). Block elements (p, h1–h6, li, td…) become
 * paragraphs; <br> splits a paragraph (reporters' soft returns are separate lines); <strong>/<b> mark bold,
 * <em>/<i> emphasis; an <img src="folio-image:N"> becomes a picture paragraph of its own; class "center" (set
 * by our mammoth style map for centred Word paragraphs) marks a centred paragraph. A <table> is read by the
 * classifier paste uses too (shared/model/table-text.ts): one paragraph per row, cells joined by ｜, marked
 * tableRow; a picture in a table follows the table's rows.
 */
import { Parser } from 'htmlparser2';
import type { TextRun } from '../../../shared/model';
import { cellSpan, tablePartOf, TableReader } from '../../../shared/model/table-text';
import { normaliseRuns, type SourceParagraph } from './source-paragraph';

/** The src mammoth is told to give each embedded picture (see docx-paragraphs.ts). */
export const IMAGE_SRC_PREFIX = 'folio-image:';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'blockquote', 'div', 'caption']);

export function htmlToParagraphs(html: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let runs: TextRun[] = [];
  let heading = 0;
  let centred = false;
  let bold = 0;
  let emphasis = 0;
  /** The table being read (the outermost), how many tables came before, and pictures met inside it. */
  let table: TableReader | null = null;
  let tables = 0;
  let tableImages: number[] = [];
  const run = (text: string): TextRun => ({ text, ...(bold > 0 ? { bold: true } : {}), ...(emphasis > 0 ? { emphasis: true } : {}) });
  const imageOf = (attrs: Record<string, string>) => {
    const src = attrs.src ?? '';
    return src.startsWith(IMAGE_SRC_PREFIX) ? Number(src.slice(IMAGE_SRC_PREFIX.length)) : null;
  };

  const flush = () => {
    const merged = normaliseRuns(runs);
    if (merged.some((r) => r.text.trim() !== '')) out.push({ runs: merged, heading, centred });
    runs = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const part = tablePartOf(name);
        if (part === 'table' && !table) {
          flush();
          table = new TableReader();
        }
        if (table) {
          if (part) table.enter(part, cellSpan(attrs.colspan), cellSpan(attrs.rowspan));
          else if (BLOCKS.has(name) || name === 'br' || name === 'ul' || name === 'ol') table.softBreak();
          else if (name === 'strong' || name === 'b') bold++;
          else if (name === 'em' || name === 'i') emphasis++;
          else if (name === 'img') {
            const image = imageOf(attrs);
            if (image !== null) tableImages.push(image);
          }
          return;
        }
        if (BLOCKS.has(name)) {
          flush();
          heading = /^h[1-6]$/.test(name) ? Number(name[1]) : 0;
          centred = (attrs.class ?? '').split(/\s+/).includes('center');
        } else if (name === 'strong' || name === 'b') bold++;
        else if (name === 'em' || name === 'i') emphasis++;
        else if (name === 'br') flush();
        else if (name === 'img') {
          const image = imageOf(attrs);
          if (image !== null) {
            flush();
            out.push({ runs: [], heading: 0, centred: false, image });
          }
        }
      },
      ontext(text) {
        if (table) table.text(run(text));
        else runs.push(run(text));
      },
      onclosetag(name) {
        if (table) {
          const part = tablePartOf(name);
          if (name === 'strong' || name === 'b') bold = Math.max(0, bold - 1);
          else if (name === 'em' || name === 'i') emphasis = Math.max(0, emphasis - 1);
          else if (part) {
            const rows = table.leave(part);
            if (rows) {
              for (const row of rows) out.push({ runs: normaliseRuns(row), heading: 0, centred: false, tableRow: tables });
              if (rows.length > 0) tables++;
              for (const image of tableImages) out.push({ runs: [], heading: 0, centred: false, image });
              table = null;
              tableImages = [];
            }
          }
          return;
        }
        if (BLOCKS.has(name)) {
          flush();
          heading = 0;
          centred = false;
        } else if (name === 'strong' || name === 'b') bold = Math.max(0, bold - 1);
        else if (name === 'em' || name === 'i') emphasis = Math.max(0, emphasis - 1);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  // A table left open at the end of the HTML still gives its rows.
  const open = table as TableReader | null;
  let rows: TextRun[][] | null = null;
  while (open?.open) rows = open.leave('table');
  for (const row of rows ?? []) out.push({ runs: normaliseRuns(row), heading: 0, centred: false, tableRow: tables });
  for (const image of tableImages) out.push({ runs: [], heading: 0, centred: false, image });
  flush();
  return out;
}

/**
 * mammoth's HTML → SourceParagraph[] (pure; parsed with htmlparser2). Block elements (p, h1–h6, li, td…) become
 * paragraphs; <br> splits a paragraph (reporters' soft returns are separate lines); <strong>/<b> mark bold,
 * <em>/<i> emphasis; an <img src="folio-image:N"> becomes a picture paragraph of its own; class "center" (set
 * by our mammoth style map for centred Word paragraphs) marks a centred paragraph.
 */
import { Parser } from 'htmlparser2';
import type { TextRun } from '../../../shared/model';
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

  const flush = () => {
    const merged = normaliseRuns(runs);
    if (merged.some((r) => r.text.trim() !== '')) out.push({ runs: merged, heading, centred });
    runs = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (BLOCKS.has(name)) {
          flush();
          heading = /^h[1-6]$/.test(name) ? Number(name[1]) : 0;
          centred = (attrs.class ?? '').split(/\s+/).includes('center');
        } else if (name === 'strong' || name === 'b') bold++;
        else if (name === 'em' || name === 'i') emphasis++;
        else if (name === 'br') flush();
        else if (name === 'img') {
          const src = attrs.src ?? '';
          if (src.startsWith(IMAGE_SRC_PREFIX)) {
            flush();
            out.push({ runs: [], heading: 0, centred: false, image: Number(src.slice(IMAGE_SRC_PREFIX.length)) });
          }
        }
      },
      ontext(text) {
        runs.push({ text, ...(bold > 0 ? { bold: true } : {}), ...(emphasis > 0 ? { emphasis: true } : {}) });
      },
      onclosetag(name) {
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
  flush();
  return out;
}

/**
 * `folio compose`: set text or a story into columns and print the layout as JSON.
 *   folio compose --text-file F [--column-chars 13] [--size-pt 9] [--columns 1] [--lines L]
 *   folio compose --story F  (StoryContent or a Story, as JSON)
 * Exit codes: 0 ok, 1 unreadable input, 2 bad usage.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { StoryContent } from '../../../shared/model/story';
import { composeStory, lineGlyphs, type PlacedLine, type StoryLayout } from '../../../shared/compose';
import { bundledFontBook } from '../../fonts';
import { InputError, readStoryFile, readTextFile } from '../cli-input';
import { charsToPt } from '../../../shared/units';

/** Output sinks: functions (the command's contract) or stream-like objects with write() (as electron/cli/main passes). */
type Sink = ((s: string) => void) | { write(s: string): unknown };
export interface ComposeIo {
  stdout: Sink;
  stderr: Sink;
}

const writer = (sink: Sink) => (s: string) => {
  if (typeof sink === 'function') sink(s);
  else sink.write(s);
};

export const COMPOSE_USAGE = `Usage: folio compose (--text-file F | --story F) [options]

  --text-file F       UTF-8 text, one paragraph per line, set as body text
  --story F           a story as JSON (StoryContent {"blocks":[…]} or a Story with "content")
  --column-chars N    column width in characters (default 13)
  --size-pt P         body size in pt (default 9, 小五)
  --columns N         number of columns (default 1)
  --lines L           column height in lines (default: one unbounded column, or balanced columns)

Prints {"columns":[{"xPt","lines":[{"yPt","widthPt","lastInParagraph","glyphs":[{"ch","xPt","advancePt"}]}]}],
"oversetChars","missingGlyphs"}; glyph xPt is relative to the column, yPt is the baseline.
`;


function positiveNumber(name: string, value: string | undefined, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new InputError(`--${name} must be a positive ${integer ? 'whole number' : 'number'}, got "${value}"`, 2);
  }
  return n;
}

function textToContent(text: string): StoryContent {
  const paragraphs = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (paragraphs.length === 0) return { blocks: [{ type: 'paragraph', runs: [{ text: '' }] }] };
  return { blocks: paragraphs.map((p) => ({ type: 'paragraph' as const, runs: [{ text: p.trim() }] })) };
}

const lineJson = (l: PlacedLine) => ({
  yPt: l.yPt,
  widthPt: l.widthPt,
  lastInParagraph: l.lastInParagraph,
  glyphs: lineGlyphs(l).map((g) => ({ ch: g.ch, xPt: g.xPt, advancePt: g.advancePt })),
});

/** The JSON the command prints (head lines only when the story has a headline). */
export function layoutJson(layout: StoryLayout): object {
  return {
    ...(layout.head.length > 0 ? { head: layout.head.map(lineJson) } : {}),
    columns: layout.columns.map((c) => ({ xPt: c.xPt, lines: c.lines.map(lineJson) })),
    oversetChars: layout.oversetChars,
    missingGlyphs: layout.missingGlyphs,
  };
}

export async function runCompose(argv: string[], sinks: ComposeIo): Promise<number> {
  const io = { stdout: writer(sinks.stdout), stderr: writer(sinks.stderr) };
  try {
    let values;
    try {
      values = parseArgs({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
          'text-file': { type: 'string' },
          story: { type: 'string' },
          'column-chars': { type: 'string' },
          'size-pt': { type: 'string' },
          columns: { type: 'string' },
          lines: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }).values;
    } catch (error) {
      throw new InputError((error as Error).message, 2);
    }
    if (values.help) {
      io.stdout(COMPOSE_USAGE);
      return 0;
    }
    if (!values['text-file'] === !values.story) throw new InputError('give exactly one of --text-file F or --story F', 2);
    const columnChars = positiveNumber('column-chars', values['column-chars'], 13, true);
    const sizePt = positiveNumber('size-pt', values['size-pt'], 9, false);
    const columns = positiveNumber('columns', values.columns, 1, true);
    const lines = values.lines === undefined ? undefined : positiveNumber('lines', values.lines, 1, true);
    const content = values.story ? await readStoryFile(values.story) : textToContent(readTextFile(values['text-file'] as string));
    const fonts = bundledFontBook();
    const layout = composeStory(content, fonts, { bodySizePt: sizePt, columnWidthPt: charsToPt(columnChars, sizePt), columns, heightLines: lines });
    io.stdout(JSON.stringify(layoutJson(layout)) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`folio compose: ${error.message}\n`);
      if (error.exitCode === 2) io.stderr(COMPOSE_USAGE);
      return error.exitCode;
    }
    io.stderr(`folio compose: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

// Run directly: npx tsx electron/cli/commands/compose.ts --text-file F (in the CLI bundle import.meta.url is
// folio.cjs's, hence the .ts test: `node dist/electron/folio.cjs compose …` must not run this too).
if (import.meta.url.endsWith('.ts') && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCompose(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }).then((code) => {
    process.exitCode = code;
  });
}

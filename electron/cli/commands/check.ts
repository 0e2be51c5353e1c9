/**
 * `folio check`: the proofreader's automatic checks on a text file or a story, printed as JSON findings.
 *   folio check --text-file F [--terms T]   offsets are UTF-16 code units into F's text (after UTF-8 decoding;
 *                                            a leading BOM is not part of the text)
 *   folio check --story F [--terms T]       a StoryContent or Story as JSON; each finding names its block
 * Exit codes: 0 it ran (findings or not), 1 unreadable input, 2 bad usage.
 */
import { parseArgs } from 'node:util';
// The checks' own modules, not shared/proof's index: that also loads the proof marks and their zod schemas,
// which a check never uses (issue #15: the command's start).
import { checkStory, checkText, type CheckOptions } from '../../../shared/proof/run-checks';
import { FINDING_CODES, type FindingCode } from '../../../shared/proof/codes';
import type { Finding, StoryFinding } from '../../../shared/proof/finding';
import { parseTermList, type TermList } from '../../../shared/proof/terms';
import type { CliIo } from '../cli-io';
import { InputError, readStoryFile, readTextFile } from '../cli-input';

export const CHECK_USAGE = `Usage: folio check (--text-file F | --story F) [--terms T] [--only CODES]
                   [--other-form 其他] [--arabic-counts] [--no-builtin-wording]

  --text-file F   UTF-8 text, one paragraph per line (headlines, ■bylines, （signatures）, “… 摄” credits
                  are recognised and held to their own rules)
  --story F       a story as JSON (StoryContent {"blocks":[…]} or a Story with "content")
  --terms T       the paper's term list: one rule a line, "wrong => right  # note", "!banned  # note"
  --only CODES    report only these codes, comma-separated
  --other-form 其他       house style: write 其他 for people and things alike (flags 其它)
  --arabic-counts        house style: counts and measures in Arabic digits (三十五人 → 35人)
  --no-builtin-wording   leave out the built-in list of forbidden and required wording (新华社《新闻信息报道中的
                         禁用词和慎用词》); only --terms applies

Prints {"findings":[{"code","start","end","text","suggestion","message","severity"}]}; start/end are UTF-16
code units into the checked text (for --story, into block "block"'s text, or its "part": caption/credit);
"suggestion" (when present) replaces text[start,end) exactly. Codes: ${FINDING_CODES.join(', ')}.
`;

function readTerms(path: string): TermList {
  const parsed = parseTermList(readTextFile(path));
  if (parsed.ok) return parsed.terms;
  throw new InputError(parsed.errors.map((e) => `${path} line ${e.line}: ${e.message}`).join('\n'), 1);
}

function parseOnly(value: string | undefined): FindingCode[] | undefined {
  if (value === undefined) return undefined;
  const codes = value.split(',').map((c) => c.trim()).filter((c) => c !== '');
  const known = new Set<string>(FINDING_CODES);
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) throw new InputError(`--only: unknown code(s) ${unknown.join(', ')}`, 2);
  return codes as FindingCode[];
}

/** The printed shape: the finding without its message arguments, keys in a stable order. */
function findingJson(f: Finding | StoryFinding): object {
  return {
    ...('block' in f ? { block: f.block, ...(f.part ? { part: f.part } : {}) } : {}),
    code: f.code,
    start: f.start,
    end: f.end,
    text: f.text,
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    message: f.message,
    severity: f.severity,
  };
}

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
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
          terms: { type: 'string' },
          only: { type: 'string' },
          'other-form': { type: 'string' },
          'arabic-counts': { type: 'boolean' },
          'no-builtin-wording': { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      }).values;
    } catch (error) {
      throw new InputError((error as Error).message, 2);
    }
    if (values.help) {
      io.stdout.write(CHECK_USAGE);
      return 0;
    }
    if (!values['text-file'] === !values.story) throw new InputError('give exactly one of --text-file F or --story F', 2);
    const only = parseOnly(values.only);
    const terms = values.terms !== undefined ? readTerms(values.terms) : undefined;
    const other = values['other-form'];
    if (other !== undefined && other !== '其他') throw new InputError(`--other-form: only 其他 is a style (got ${other})`, 2);
    const options: CheckOptions = { terms, only, style: { other: other === undefined ? undefined : '其他', arabicCounts: values['arabic-counts'] === true }, builtInWording: values['no-builtin-wording'] !== true };
    const findings = values.story !== undefined ? checkStory(await readStoryFile(values.story), options) : checkText(readTextFile(values['text-file'] as string), options);
    io.stdout.write(`${JSON.stringify({ findings: findings.map(findingJson) })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`folio check: ${error.message}\n`);
      if (error.exitCode === 2) io.stderr.write(CHECK_USAGE);
      return error.exitCode;
    }
    io.stderr.write(`folio check: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

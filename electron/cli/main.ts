/**
 * `folio`: the command line (npm run -s folio -- <command> …). A small router: each command parses its own
 * options with node:util parseArgs; bad usage prints help to stderr and exits with 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Result } from '../../shared/api/contract';
import { defaultDataDir } from '../services/data-dir';

import type { CliIo } from './cli-io';
// The translations (i18next, the error catalogue) are imported only when a message is printed.
import { cliLanguage, setCliLanguage } from './cli-locale';

export type { CliIo } from './cli-io';

/** Exit codes: 0 success, 1 the command failed, 2 bad usage. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export const USAGE = `folio — Folio editorial workstation, command line

Usage: folio <command> [options]   (folio --lang en <command>: messages in English)

Commands:
  serve [--port N] [--data DIR]   serve the app to a browser on http://127.0.0.1:N/ (N=0: any free port)
  demo [--data DIR]               create the demo issue (sample stories + page 1); prints {"issue","pages"}
  page --issue ID --page N [--data DIR]
                                  how each module of a page fits (超/差) and its placement findings, as JSON
  compose …                       set text or a story in columns; prints the positioned glyphs (folio compose --help)
  check (--text-file F | --story F) [--terms T]
                                  the proofreader's automatic checks; prints JSON {"findings":[…]}
  preflight --issue ID [--pages 1-4] [--data DIR]
                                  print preflight of pages as JSON; exit 1 on errors
  export --issue ID --out DIR [--pages 1-4] [--plates] [--dpi N] [--no-marks] [--force] [--data DIR]
                                  preflight, then page PDFs (and C/M/Y/K plates) into a hot folder
  epaper --issue ID --out DIR [--pages 1-4] [--dpi N] [--data DIR]
                                  the e-paper (数字报): page images with clickable articles, articles as HTML
  proof --issue ID --page N --out F.pdf [--include-decided] [--data DIR]
                                  the marked page proof (校样: marks, leaders, corrections in the margins)
  search [--data DIR] QUERY…      full-text search of the stories; prints JSON {"results":[…]}
  import [--data DIR] FILE…       import .docx/.txt copy as new stories; prints JSON {"stories":[…],"errors":[…]}
  server --database postgres://… [--port 4800] [--listen 127.0.0.1]
                                  the newsroom server on PostgreSQL (docs/newsroom.md)
  user add|list|disable|reset --database URL [--name N] [--role R] [--password-stdin]
                                  newsroom accounts (roles: editor proofreader layout chief admin)
  help                            show this text

--data DIR is the desk folder; it defaults to $FOLIO_DATA_DIR, else the per-user Folio folder.
Messages are in Chinese; --lang en (or FOLIO_LANG=en, or an English locale such as LANG=en_US.UTF-8) gives English.
`;

class UsageError extends Error {}

type Command = (argv: string[], io: CliIo, signal: AbortSignal) => Promise<number>;

function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function dataDirOption(value: string | undefined): string {
  return value ?? defaultDataDir();
}

const serve: Command = async (argv, io, signal) => {
  const values = parse(argv, { port: { type: 'string' }, data: { type: 'string' } });
  const port = Number(values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, got "${values.port}"`);
  const dataDir = dataDirOption(values.data);
  const { startHost } = await import('../host/server');
  const host = await startHost({ port, dataDir, host: '127.0.0.1' });
  io.stdout.write(`${host.url}\n`);
  io.stderr.write(`Folio is serving the desk in ${dataDir}. Press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await host.close();
  return EXIT_OK;
};

const demo: Command = async (argv, io) => {
  const values = parse(argv, { data: { type: 'string' } });
  const { openServices } = await import('../services/index');
  const { cliText } = await import('./cli-language');
  const services = openServices({ dataDir: dataDirOption(values.data) });
  try {
    const reply = await services.dispatch('demo.create', {});
    if (!reply.ok) {
      io.stderr.write(`folio demo: ${cliText(reply.error.text)}\n`);
      return EXIT_FAILED;
    }
    const { issue, pages } = reply.value as Result<'demo.create'>;
    io.stdout.write(`${JSON.stringify({ issue, pages })}\n`);
    return EXIT_OK;
  } finally {
    services.close();
  }
};

const compose: Command = async (argv, io) => (await (await import('./commands/compose')).runCompose(argv, io)) ?? EXIT_OK;

const search: Command = async (argv, io) => (await import('./commands/search')).runSearch(argv, io);
const importCopy: Command = async (argv, io) => (await import('./commands/import')).runImport(argv, io);

const COMMANDS: Record<string, Command> = { serve, demo, compose, search, import: importCopy };
COMMANDS.page = async (argv, io) => (await import('./commands/page')).runPage(argv, io, dataDirOption);
COMMANDS.check = async (argv, io) => (await import('./commands/check')).runCheck(argv, io); // folio check: proofreading checks
COMMANDS.preflight = async (argv, io) => (await import('./commands/preflight')).runPreflight(argv, io, dataDirOption); // print preflight
COMMANDS.export = async (argv, io) => (await import('./commands/export')).runExport(argv, io, dataDirOption); // print export
COMMANDS.proof = async (argv, io) => (await import('./commands/proof')).runProof(argv, io, dataDirOption); // marked page proof
COMMANDS.server = async (argv, io, signal) => (await import('./commands/newsroom')).runServer(argv, io, signal);
COMMANDS.user = async (argv, io) => (await import('./commands/newsroom')).runUser(argv, io);
COMMANDS.epaper = async (argv, io) => (await import('./commands/epaper')).runEpaperCommand(argv, io, dataDirOption); // e-paper (数字报)

/** Run one command line (without "node main.ts"); resolves to the exit code. Abort `signal` to stop `serve`. */
export async function runCli(argv: string[], io: CliIo, signal: AbortSignal = new AbortController().signal): Promise<number> {
  const langFlag = argv[0] === '--lang' ? argv[1] : argv[0]?.startsWith('--lang=') ? argv[0].slice('--lang='.length) : undefined;
  setCliLanguage(cliLanguage(langFlag, process.env));
  const [name, ...rest] = argv[0] === '--lang' ? argv.slice(2) : langFlag === undefined ? argv : argv.slice(1);
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.stderr.write(`${name === undefined ? 'folio: no command given' : `folio: unknown command "${name}"`}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io, signal);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`folio ${name}: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    // Store errors carry coded messages, translated here; anything else gets its stack on stderr.
    const text = (await import('./cli-language')).cliErrorText(error);
    io.stderr.write(`folio ${name}: ${text ?? (error instanceof Error ? error.stack : String(error))}\n`);
    return EXIT_FAILED;
  }
}

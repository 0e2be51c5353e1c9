/**
 * `folio proof --data DIR --issue ID --page N --out F.pdf [--include-decided]`: the marked page proof (校样 with
 * the proofreaders' marks, leaders and corrections in the margins) through proof.markedPdf, written to F.pdf.
 * Prints {"out","marks","unplaced"}. Exit: 0 written, 1 the page cannot be read or the file not written, 2 bad usage.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Result } from '../../../shared/api/contract';
import type { CliIo } from '../cli-io';
import { cliText } from '../cli-language';
import { findIssuePage } from '../cli-input';

export const PROOF_USAGE = `Usage: folio proof --issue ID --page N --out F.pdf [--include-decided] [--data DIR]

  --issue ID           the issue (as printed by folio demo: {"issue":"…"})
  --page N             the page number (第N版), 1-based
  --out F.pdf          where to write the proof
  --include-decided    also draw accepted/rejected marks, in grey
`;

export async function runProof(argv: string[], io: CliIo, dataDir: (value: string | undefined) => string): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { data: { type: 'string' }, issue: { type: 'string' }, page: { type: 'string' }, out: { type: 'string' }, 'include-decided': { type: 'boolean' } },
    }).values;
  } catch (error) {
    io.stderr.write(`folio proof: ${(error as Error).message}\n\n${PROOF_USAGE}`);
    return 2;
  }
  const number = Number(values.page);
  if (!values.issue || !values.out || !Number.isInteger(number) || number < 1) {
    io.stderr.write(`folio proof: give --issue ID, --page N (a whole number from 1) and --out F.pdf\n\n${PROOF_USAGE}`);
    return 2;
  }
  const { openServices } = await import('../../services/index');
  const services = openServices({ dataDir: dataDir(values.data) });
  try {
    const found = await findIssuePage(services.dispatch, values.issue, number);
    if (!found.ok) {
      io.stderr.write(`folio proof: ${cliText(found.message)}\n`);
      return 1;
    }
    const { page } = found;
    const reply = await services.dispatch('proof.markedPdf', { pageId: page.id, includeDecided: values['include-decided'] === true });
    if (!reply.ok) {
      io.stderr.write(`folio proof: ${cliText(reply.error.text)}\n`);
      return 1;
    }
    const proof = reply.value as Result<'proof.markedPdf'>;
    try {
      await writeFile(values.out, Buffer.from(proof.pdfBase64, 'base64'));
    } catch (error) {
      io.stderr.write(`folio proof: 无法写入 ${values.out}：${(error as Error).message}\n`);
      return 1;
    }
    io.stdout.write(`${JSON.stringify({ out: values.out, marks: proof.marks, unplaced: proof.unplaced })}\n`);
    return 0;
  } finally {
    services.close();
  }
}

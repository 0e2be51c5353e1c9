/**
 * The one API contract between the renderer and the services: method name → params and result schemas.
 * Both transports (Electron IPC and the browser host's POST /api/<method>) carry exactly these methods,
 * validated with these schemas on the services side. Methods are grouped by domain in contract-*.ts files;
 * add a method there first: the type system then demands its handler in electron/services.
 */
import { z } from 'zod';
import { libraryMethods } from './contract-library';
import { pageMethods } from './contract-pages';
import { storyMethods } from './contract-stories';
import { workflowMethods } from './contract-workflow';
import { exportMethods } from './contract-export';
import { proofMethods } from './contract-proof';
import { separationMethods } from './contract-separations'; // separation preview
import { proofPdfMethods } from './contract-proof-pdf'; // marked page proof (校样)
import { newsroomDeskMethods } from './contract-newsroom-desk';
import { ErrorMessageSchema } from '../errors';
import { styleMethods } from './contract-styles';
import { jobMethods } from './contract-jobs';
import { epaperMethods } from './contract-epaper';
import { pageDiffMethods } from './contract-page-diff';
import { masterMethods } from './contract-masters';

export { AppInfoSchema, type AppInfo } from './contract-stories';

export const contract = {
  ...storyMethods,
  ...pageMethods,
  ...libraryMethods,
  ...workflowMethods,
  ...proofMethods,
  ...exportMethods,
  ...separationMethods,
  ...proofPdfMethods, // proof.markedPdf
  ...newsroomDeskMethods,
  ...styleMethods,
  ...jobMethods,
  ...epaperMethods,
  ...pageDiffMethods,
  ...masterMethods,
} as const;


export type Contract = typeof contract;
export type Method = keyof Contract;
export type Params<M extends Method> = z.input<Contract[M]['params']>;
export type Result<M extends Method> = z.output<Contract[M]['result']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Error codes every transport carries unchanged. */
export const ErrorCodes = [
  'unknown-method',
  'invalid-params',
  'not-found',
  'conflict',
  /** The profile's role may not do this (e.g. a proofreader signing a story off). */
  'forbidden',
  /** Another client holds the story's edit lock: the change was not saved. */
  'locked',
  'storage',
  /** A long job was cancelled before it finished: nothing of it was kept. */
  'cancelled',
  /** A bound was reached (time, memory, size); the message names it. */
  'limit',
  'internal',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export const ApiErrorSchema = z.object({
  /** What kind of failure, for the caller to branch on. */
  code: z.enum(ErrorCodes),
  /** What to tell a person: a catalogue code and its parameters (shared/errors), translated by the UI and the CLI. */
  text: ErrorMessageSchema,
  /** The same in English, for logs and tools only: the UI never shows it. */
  message: z.string(),
  /** For invalid-params: the dotted path of the first offending field, e.g. "content.blocks.0.type". */
  field: z.string().optional(),
  /** For storage: what the disk said ('read-only', 'no-permission', 'disk-full', 'not-found'). */
  reason: z.enum(['read-only', 'no-permission', 'disk-full', 'not-found']).optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** What every call returns over any transport: never a thrown stack trace. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The one function the renderer sees: window.folio.invoke in Electron, fetch to /api in the browser host. */
export type Invoke = <M extends Method>(method: M, params: Params<M>) => Promise<Envelope<Result<M>>>;

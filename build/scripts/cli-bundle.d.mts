/** Types for cli-bundle.mjs. */
import type { BuildOptions } from 'esbuild';
export const CLI_EXTERNALS: string[];
export const LAZY_EXTERNALS: string[];
export const UNUSED_MODULES: RegExp;
export function cliBundleOptions(root: string, outdir: string): BuildOptions;
export function cliBundleIsStale(root: string): boolean;
export function buildCliBundle(root: string, options?: { quiet?: boolean }): Promise<void>;

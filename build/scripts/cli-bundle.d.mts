/** Types for cli-bundle.mjs. */
import type { BuildOptions } from 'esbuild';
export const CLI_EXTERNALS: string[];
export const LAZY_EXTERNALS: string[];
export const LAZY_BUNDLED: Record<string, string[]>;
export const OWN_BUNDLE_COMMANDS: string[];
export const UNUSED_MODULES: RegExp;
export function cliBundleOptions(root: string, outdir: string, command?: string): BuildOptions;
export function allCliBundleOptions(root: string, outdir: string): BuildOptions[];
export function cliBundleIsStale(root: string): boolean;
export function buildCliBundle(root: string, options?: { quiet?: boolean }): Promise<void>;

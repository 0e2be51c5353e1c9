/** Types for electron-bundles.mjs. */
import type { BuildOptions } from 'esbuild';
export const MAIN_EXTERNALS: string[];
export function commonBundleOptions(root: string, options?: { quiet?: boolean }): BuildOptions;
export function mainBundleOptions(root: string, outdir: string): BuildOptions;
export function preloadBundleOptions(root: string, outdir: string): BuildOptions;

/** Types for code-cache.mjs. */
export function cacheName(argv: readonly string[]): string;
export function runWithCodeCache(file: string, argv: readonly string[]): void;

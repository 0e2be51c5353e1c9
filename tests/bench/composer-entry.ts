/**
 * What the composer benches time, as one module: bundled by tests/bench/bundled-composer.ts with the app's own
 * esbuild options, or imported as is under tsx (FOLIO_BENCH_COMPOSER=tsx).
 */
export { composePage, composeStory, createPageComposeCache, fontBookFromBytes } from '../../shared/compose';
export { displayList } from '../../shared/display';

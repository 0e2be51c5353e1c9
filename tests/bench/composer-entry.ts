/**
 * What the composer benches time, as one module: bundled by tests/bench/bundled-composer.ts with the app's own
 * esbuild options, or imported as is under tsx (FOLIO_BENCH_COMPOSER=tsx).
 */
export { composePage, composeStory, createPageComposeCache, fontBookFromBytes } from '../../shared/compose';
export { displayList, thumbnailMarks } from '../../shared/display';
/** The plan's thumbnails' composer (one page cache per page), as the renderer bundles it. */
export { IssueLayouts } from '../../renderer/plan/issue-layouts';

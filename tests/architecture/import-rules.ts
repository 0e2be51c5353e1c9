/**
 * The layer table: the one checked place that says which folder may import which (docs/architecture.md explains
 * it). A file belongs to the longest folder of the table that contains it; it may import its own folder and the
 * folders listed for it. Package rules (Node built-ins, 'electron', better-sqlite3, pg …) follow the table.
 * Imports are read with TypeScript's own pre-processor (static, dynamic, type-only, re-exports, require).
 */
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/** A file's path relative to the repo root, with forward slashes, e.g. "renderer/editor/schema.ts". */
export type RepoPath = string;

export interface Violation {
  file: RepoPath;
  specifier: string;
  rule: string;
}

const RENDERER_BASE = ['renderer/api', 'renderer/common', 'shared'];

/** Folder → the folders its files may import besides their own. */
export const LAYER_TABLE: Readonly<Record<string, readonly string[]>> = {
  // shared/: pure TypeScript. The named sub-layers are ordered; any other shared/ folder (shared/display,
  // shared/newsroom …) may use all of shared/, and the cycle check keeps it acyclic.
  shared: ['shared'],
  'shared/units': [],
  'shared/errors': [],
  'shared/model': ['shared/errors', 'shared/units'],
  'shared/compose': ['shared/errors', 'shared/model', 'shared/units'],
  'shared/proof': ['shared/compose', 'shared/errors', 'shared/model', 'shared/units'],
  'shared/seed': ['shared/model', 'shared/units'],
  'shared/api': ['shared/compose', 'shared/errors', 'shared/model', 'shared/newsroom', 'shared/proof', 'shared/units'],

  // electron/: the desk's Node side, from the shell down to the store.
  'electron/app': ['electron/services', 'electron/host', 'shared'],
  // The CLI also runs the newsroom server (folio server, folio user); nothing else in electron/ imports server/.
  'electron/cli': ['server', 'electron/services', 'electron/host', 'electron/export', 'electron/compose', 'electron/store', 'electron/fonts', 'shared'],
  'electron/host': ['electron/services', 'shared'],
  'electron/services': ['electron/newsroom', 'electron/export', 'electron/compose', 'electron/store', 'electron/fonts', 'shared'],
  'electron/export': ['electron/compose', 'electron/store', 'electron/fonts', 'shared'],
  'electron/compose': ['electron/store', 'electron/fonts', 'shared'],
  // The desk's side of the newsroom: outbox, sender, feed applier over the desk's store.
  'electron/newsroom': ['electron/store', 'shared'],
  'electron/store': ['shared'],
  'electron/fonts': ['shared'],

  // server/: the newsroom server speaks shared/ only.
  server: ['shared'],

  // renderer/: the shell (app) composes the feature folders; features use api, common and shared, and the few
  // features named here; no feature imports the shell.
  renderer: ['renderer/app', 'renderer/i18n', ...RENDERER_BASE],
  'renderer/app': ['renderer', ...RENDERER_BASE],
  'renderer/api': ['shared'],
  'renderer/common': ['shared'],
  'renderer/i18n': ['shared', 'renderer/newsroom', 'renderer/export', 'renderer/jobs', 'renderer/page', 'renderer/page-proof', 'renderer/pictures', 'renderer/plan', 'renderer/proof', 'renderer/styles'],
  'renderer/desk': RENDERER_BASE,
  'renderer/editor': ['renderer/page', 'renderer/pictures', 'renderer/proof', 'renderer/styles', ...RENDERER_BASE],
  'renderer/export': RENDERER_BASE,
  'renderer/jobs': RENDERER_BASE,
  // The page view refreshes when the newsroom feed brings another desk's change to the plan.
  'renderer/page': ['renderer/page-proof', 'renderer/pictures', 'renderer/newsroom', ...RENDERER_BASE],
  'renderer/page-proof': ['renderer/proof', ...RENDERER_BASE],
  'renderer/pictures': ['renderer/desk', ...RENDERER_BASE],
  'renderer/plan': ['renderer/newsroom', ...RENDERER_BASE],
  'renderer/styles': RENDERER_BASE,
  'renderer/newsroom': RENDERER_BASE,
  // The proof panel refreshes its marks when the newsroom feed reports a change.
  'renderer/proof': ['renderer/newsroom', ...RENDERER_BASE],
  'renderer/workflow': ['renderer/editor', ...RENDERER_BASE],

  // build/: scripts and the evidence renders; never tests/.
  // The evidence renders draw with the screen's own drawer (renderer/common/display-svg.tsx).
  build: ['shared', 'electron/fonts', 'renderer/common'],
};

/** The folders whose files the table governs (tests/ may import anything, but takes part in the cycle check). */
export const CHECKED_ROOTS = ['shared', 'electron', 'renderer', 'build', 'server'];

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isRelative = (specifier: string) => specifier.startsWith('./') || specifier.startsWith('../');

function targetPath(file: RepoPath, specifier: string): RepoPath {
  return normalize(join(dirname(file), specifier)).split('\\').join('/');
}

const inside = (path: RepoPath, folder: string) => path === folder || path.startsWith(folder + '/');

/** The table's folder a path belongs to (the longest that contains it), or null outside the table. */
export function layerOf(path: RepoPath): string | null {
  let best: string | null = null;
  for (const folder of Object.keys(LAYER_TABLE)) if (inside(path, folder) && (best === null || folder.length > best.length)) best = folder;
  return best;
}

function folderRule(file: RepoPath, target: RepoPath): string | null {
  const from = layerOf(file);
  if (from === null) return null;
  if (inside(target, 'tests')) return `${from}/ must not import tests/`;
  const to = layerOf(target);
  if (to === null) return `${from}/ imports only inside the layer table (${target} is outside it)`;
  if (to === from) return null;
  const allowed = LAYER_TABLE[from];
  if (allowed.some((folder) => inside(target, folder))) return null;
  return `${from}/ may import ${[from, ...allowed].join(', ')} — not ${to}/`;
}

const UI_PACKAGES = /^(react|react-dom|react-i18next|slate.*|i18next)$/;

function packageRule(file: RepoPath, specifier: string, pkg: string): string | null {
  const builtin = NODE_BUILTINS.has(specifier);
  if (inside(file, 'shared')) {
    if (builtin) return 'shared/ must not import Node built-ins';
    if (/^(electron|better-sqlite3|pg|ws|fastify|pdfkit|@node-rs\/.*|@types\/.*)$/.test(pkg) || UI_PACKAGES.test(pkg)) return `shared/ is pure TS: it must not import ${pkg}`;
  }
  if (inside(file, 'renderer')) {
    if (builtin) return 'renderer/ must not import Node built-ins';
    if (pkg === 'better-sqlite3' || pkg === 'pdfkit' || pkg === 'pg') return `renderer/ must not import ${pkg}`;
  }
  if (inside(file, 'server') && (UI_PACKAGES.test(pkg) || pkg === 'pdfkit' || pkg === 'electron')) return `server/ must not import ${pkg}`;
  if (pkg === 'electron' && !inside(file, 'electron/app')) return "only electron/app imports 'electron'";
  if (pkg === 'better-sqlite3' && !inside(file, 'electron/store')) return 'only electron/store imports better-sqlite3';
  if (pkg === 'pg' && !inside(file, 'server')) return 'only server/ imports pg';
  return null;
}

/** The rule an import breaks, or null. */
export function checkImport(file: RepoPath, specifier: string): string | null {
  if (isRelative(specifier)) return folderRule(file, targetPath(file, specifier));
  return packageRule(file, specifier, packageName(specifier));
}

/** Every module specifier a TS/TSX source names. */
export function importsOf(sourceText: string): string[] {
  const info = ts.preProcessFile(sourceText, true, true);
  return [...info.importedFiles, ...info.referencedFiles, ...info.typeReferenceDirectives].map((reference) => reference.fileName);
}

export function checkFile(file: RepoPath, sourceText: string): Violation[] {
  return importsOf(sourceText).flatMap((specifier) => {
    const rule = checkImport(file, specifier);
    return rule === null ? [] : [{ file, specifier, rule }];
  });
}

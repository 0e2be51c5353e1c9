/**
 * The layering rules as data, and a checker that reads imports with TypeScript's own pre-processor
 * (static, dynamic, type-only, re-exports and require calls alike). See ARCHITECTURE.md "Layering".
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

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isRelative = (specifier: string) => specifier.startsWith('./') || specifier.startsWith('../');

/** The repo folder a relative import lands in ("shared", "electron/store" …), from the importing file. */
function targetPath(file: RepoPath, specifier: string): RepoPath {
  return normalize(join(dirname(file), specifier)).split('\\').join('/');
}

const inside = (path: RepoPath, folder: string) => path === folder || path.startsWith(folder + '/');

/** The rule an import breaks, or null. */
export function checkImport(file: RepoPath, specifier: string): string | null {
  const target = isRelative(specifier) ? targetPath(file, specifier) : null;
  const pkg = target === null ? packageName(specifier) : null;

  if (inside(file, 'shared')) {
    if (target !== null && !inside(target, 'shared')) return 'shared/ imports only shared/';
    if (pkg !== null && NODE_BUILTINS.has(specifier)) return 'shared/ must not import Node built-ins';
    if (pkg !== null && /^(electron|better-sqlite3|pdfkit|react|react-dom|react-i18next|slate.*|pg|ws|fastify|@node-rs\/.*|@types\/.*)$/.test(pkg)) {
      return `shared/ is pure TS: it must not import ${pkg}`;
    }
  }
  if (inside(file, 'renderer')) {
    if (target !== null && !inside(target, 'renderer') && !inside(target, 'shared')) {
      return 'renderer/ imports only renderer/ and shared/ (services are reached through renderer/api)';
    }
    if (pkg !== null && NODE_BUILTINS.has(specifier)) return 'renderer/ must not import Node built-ins';
    if (pkg === 'better-sqlite3' || pkg === 'pdfkit') return `renderer/ must not import ${pkg}`;
  }
  if (inside(file, 'electron')) {
    if (target !== null && inside(target, 'renderer')) return 'electron/ must not import renderer/';
    if (target !== null && inside(target, 'server') && !inside(file, 'electron/cli')) {
      return 'only the CLI (electron/cli) imports server/, to run it';
    }
  }
  if (inside(file, 'server')) {
    if (target !== null && !inside(target, 'server') && !inside(target, 'shared')) return 'server/ imports only server/ and shared/';
    if (pkg !== null && /^(electron|better-sqlite3|react|react-dom|slate.*)$/.test(pkg)) return `server/ must not import ${pkg}`;
  }
  if (pkg === 'electron' && !inside(file, 'electron/app')) return "only electron/app imports 'electron'";
  if (pkg === 'better-sqlite3' && !inside(file, 'electron/store')) return 'only electron/store imports better-sqlite3';
  return null;
}

/** Every module specifier a TS/TSX source names. */
export function importsOf(sourceText: string): string[] {
  const info = ts.preProcessFile(sourceText, true, true);
  return [...info.importedFiles, ...info.referencedFiles, ...info.typeReferenceDirectives]
    .map((reference) => reference.fileName);
}

export function checkFile(file: RepoPath, sourceText: string): Violation[] {
  return importsOf(sourceText).flatMap((specifier) => {
    const rule = checkImport(file, specifier);
    return rule === null ? [] : [{ file, specifier, rule }];
  });
}

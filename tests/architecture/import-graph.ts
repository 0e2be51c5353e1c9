/**
 * The import graph of the source tree (relative imports resolved to files, type-only ones included: a cycle of
 * types is still two modules that cannot be understood apart) and its cycles, as strongly connected components.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { importsOf, type RepoPath } from './import-rules';

export type ImportGraph = ReadonlyMap<RepoPath, readonly RepoPath[]>;

const SOURCE = /\.(ts|tsx|mts|cts|mjs)$/;

/** Source files under the given folders of `root` (folders that do not exist yet are skipped). */
export function sourceFiles(root: string, folders: readonly string[]): RepoPath[] {
  return folders
    .filter((folder) => existsSync(join(root, folder)))
    .flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.parentPath.includes('node_modules'))
        .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/')),
    );
}

function resolveImport(root: string, file: RepoPath, specifier: string): RepoPath | null {
  const base = normalize(join(dirname(file), specifier)).split('\\').join('/');
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}.d.mts`, `${base}.mjs`, base.replace(/\.js$/, '.ts'), `${base}/index.ts`];
  return candidates.find((c) => existsSync(join(root, c)) && statSync(join(root, c)).isFile()) ?? null;
}

/** File → the files it imports, from source texts (`read` lets the self-test feed a made-up tree). */
export function importGraph(files: readonly RepoPath[], read: (file: RepoPath) => string, resolve: (file: RepoPath, specifier: string) => RepoPath | null): ImportGraph {
  const graph = new Map<RepoPath, RepoPath[]>();
  for (const file of files) {
    const targets = importsOf(read(file))
      .filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'))
      .flatMap((specifier) => resolve(file, specifier) ?? []);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The import graph of the real tree under `root`. */
export function treeGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = sourceFiles(root, folders);
  return importGraph(files, (file) => readFileSync(join(root, file), 'utf8'), (file, specifier) => resolveImport(root, file, specifier));
}

/** Every import cycle: groups of two or more files that import each other (Tarjan's algorithm), sorted. */
export function importCycles(graph: ImportGraph): RepoPath[][] {
  let counter = 0;
  const index = new Map<RepoPath, number>();
  const low = new Map<RepoPath, number>();
  const stack: RepoPath[] = [];
  const onStack = new Set<RepoPath>();
  const cycles: RepoPath[][] = [];
  const visit = (v: RepoPath): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: RepoPath[] = [];
    let w: RepoPath;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

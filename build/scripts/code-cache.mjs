// Runs a CommonJS bundle with a V8 code cache beside it (what node:module's enableCompileCache does from Node 22;
// engines allows Node 20). Compiling the 3 MB folio.cjs and the functions a command calls is a good part of a
// command's start; with the cache V8 deserializes them instead (issue #15). One cache per command, made by the
// command's first run after a build (at exit, so it holds the functions that run compiled too); a cache of
// another Node, another bundle or a corrupt one is rejected by the key or by V8 and made again.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/** Which cache a command line uses: its command name (the first plain word, after --lang X), else "other". */
export function cacheName(argv) {
  const args = argv[0] === '--lang' ? argv.slice(2) : argv[0]?.startsWith('--lang=') ? argv.slice(1) : argv;
  return /^[a-z]{1,20}$/.test(args[0] ?? '') ? args[0] : 'other';
}

/** Run `file` as the main CommonJS module, its code cache in `${file}.${command}.v8cache`. */
export function runWithCodeCache(file, argv) {
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  // The key ties the cache to this bundle and this V8; V8 checks its own version and flags as well.
  const key = Buffer.from(`${process.version} ${process.arch} ${size} ${mtimeMs}\n`);
  const cacheFile = `${file}.${cacheName(argv)}.v8cache`;
  let cachedData;
  try {
    const bytes = readFileSync(cacheFile);
    if (bytes.subarray(0, key.length).equals(key)) cachedData = bytes.subarray(key.length);
  } catch {
    // No cache yet: this run makes it.
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        // Write then rename, so a command starting meanwhile reads the old cache or the new one, never half.
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, Buffer.concat([key, script.createCachedData()]));
        renameSync(tmp, cacheFile);
      } catch {
        // A read-only install runs without a cache.
      }
    });
  }
  const mod = new Module(file, undefined);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  const require = createRequire(file);
  require.main = mod;
  script.runInThisContext()(mod.exports, require, mod, file, dirname(file));
}

/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (each exports `bench: {name, run}`), prints the figures and
 * compares them with baseline.json, flagging regressions above 20%. `--write-baseline` records the current
 * figures; `--filter TEXT` runs only benches whose name contains TEXT. Speed targets live here, never in unit tests.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** One measured figure. Lower is better unless `higherIsBetter`. */
export interface BenchFigure {
  /** Stable key, e.g. "compose/page-8col-12k/median". */
  key: string;
  value: number;
  unit: 'ms' | 'ops/s' | 'MB' | 'ratio';
  /** A figure shown for reference only (not compared with the baseline), e.g. Chromium's own layout. */
  reference?: boolean;
  /** A target the figure must meet (printed as OK/MISSED). */
  targetMax?: number;
  note?: string;
}

export interface Bench {
  name: string;
  run(): Promise<BenchFigure[]>;
}

/** Median of repeated timings of fn (after warm-up), ms. */
export function medianMs(fn: () => void, runs: number, warmup = Math.ceil(runs / 4)): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

/**
 * Median of repeated timings of fn in this process's CPU time (user + system, ms): on a shared machine with more
 * runnable work than cores the wall clock measures the queue for a core; CPU time measures the work.
 */
/** A full garbage collection (V8's gc exposed at run time, so no node flag is needed). */
export function fullGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

export function medianCpuMs(fn: () => void, runs: number, warmup = Math.ceil(runs / 4)): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

const REGRESSION = 0.2;

async function main(): Promise<number> {
  const dir = dirname(fileURLToPath(import.meta.url));
  const args = process.argv.slice(2);
  const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : '';
  const baselinePath = join(dir, 'baseline.json');
  const baseline: Record<string, number> = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : {};
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
  const all: BenchFigure[] = [];
  let regressions = 0;
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { bench?: Bench };
    if (!mod.bench || !mod.bench.name.includes(filter)) continue;
    console.log(`\n▶ ${mod.bench.name} (${f})`);
    const figures = await mod.bench.run();
    for (const fig of figures) {
      all.push(fig);
      const base = baseline[fig.key];
      let verdict = '';
      if (fig.reference) verdict = '(reference)';
      else if (base !== undefined) {
        const change = fig.unit === 'ops/s' ? (base - fig.value) / base : (fig.value - base) / base;
        verdict = `baseline ${base} ${fig.unit} (${change >= 0 ? '+' : ''}${(change * 100).toFixed(0)}%)`;
        if (change > REGRESSION) {
          verdict += '  ⚠ REGRESSION > 20%';
          regressions++;
        }
      } else verdict = '(no baseline)';
      const target = fig.targetMax !== undefined ? `  target ≤ ${fig.targetMax} ${fig.unit}: ${fig.value <= fig.targetMax ? 'OK' : 'MISSED'}` : '';
      console.log(`  ${fig.key.padEnd(44)} ${fig.value.toFixed(3).padStart(10)} ${fig.unit}  ${verdict}${target}${fig.note ? `  — ${fig.note}` : ''}`);
    }
  }
  if (args.includes('--write-baseline')) {
    const next = { ...baseline };
    for (const fig of all) if (!fig.reference) next[fig.key] = Number(fig.value.toFixed(3));
    writeFileSync(baselinePath, JSON.stringify(next, null, 2) + '\n');
    console.log(`\nbaseline written: ${baselinePath}`);
  }
  console.log(`\n${all.length} figures, ${regressions} regression(s) over ${REGRESSION * 100}%`);
  return regressions > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then((code) => (process.exitCode = code));
}

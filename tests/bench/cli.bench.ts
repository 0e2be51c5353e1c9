/**
 * The `folio` command's start: wall time, CPU time and peak memory of whole processes, as a person runs them
 * (`node build/scripts/folio.mjs …`, what `npm run -s folio --` and the bin entry run). Targets from issue #15:
 * check/compose ≤ 0.3 s, commands that open the desk ≤ 0.6 s, ≤ 150 MB RSS.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, BenchFigure } from './run';

const REPO = join(import.meta.dirname, '..', '..');
const LAUNCHER = join(REPO, 'build/scripts/folio.mjs');

/** Median wall ms, median CPU ms (user + system: on a shared machine the more honest figure) and max RSS MB of
 * `folio args` over runs (GNU time's %M is in KB). */
function measure(args: string[], runs: number): { wallMs: number; cpuMs: number; rssMb: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  let rssKb = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, LAUNCHER, ...args], { encoding: 'utf8', cwd: REPO });
    walls.push(performance.now() - t);
    if (run.status !== 0) throw new Error(`folio ${args.join(' ')} failed: ${run.stderr}`);
    const [user, system, kb] = (run.stderr.trim().split('\n').pop() as string).split(' ').map(Number);
    cpus.push((user + system) * 1000);
    rssKb = Math.max(rssKb, kb);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return { wallMs: median(walls), cpuMs: median(cpus), rssMb: rssKb / 1024 };
}

export const bench: Bench = {
  name: 'cli start',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'folio-cli-bench-'));
    try {
      // Build once if stale, so the figures are of starting, not of building.
      execFileSync(process.execPath, [LAUNCHER, 'help'], { cwd: REPO });
      // (Each command's first run makes its V8 code cache, build/scripts/code-cache.mjs; the median is of the rest.)
      const text = join(dir, 'story.txt');
      writeFileSync(text, '本报讯 能源动力总厂召开安全生产会议，部署冬季安全生产工作。'.repeat(40));
      const data = join(dir, 'desk');
      execFileSync(process.execPath, [LAUNCHER, 'demo', '--data', data], { cwd: REPO });
      const figures: BenchFigure[] = [];
      const cases: Array<[string, string[], number]> = [
        ['check', ['check', '--text-file', text], 300],
        ['compose', ['compose', '--text-file', text], 300],
        ['search (opens the desk)', ['search', '--data', data, '安全生产'], 600],
        ['page (opens the desk, composes)', ['page', '--data', data, '--issue', issueOf(data), '--page', '1'], 600],
      ];
      for (const [name, args, targetMs] of cases) {
        const { wallMs, cpuMs, rssMb } = measure(args, 7);
        const key = name.split(' ')[0];
        figures.push({ key: `cli/${key}/wall-median`, value: round(wallMs), unit: 'ms', targetMax: targetMs, note: name });
        figures.push({ key: `cli/${key}/cpu-median`, value: round(cpuMs), unit: 'ms', note: 'user + system CPU' });
        figures.push({ key: `cli/${key}/peak-rss`, value: round(rssMb), unit: 'MB', targetMax: 150 });
      }
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

function issueOf(data: string): string {
  const out = execFileSync(process.execPath, [LAUNCHER, 'demo', '--data', data], { cwd: REPO, encoding: 'utf8' });
  return (JSON.parse(out) as { issue: string }).issue;
}

const round = (n: number) => Math.round(n * 10) / 10;

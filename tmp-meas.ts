import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { separatePdf } from './electron/export/plates/separate';
const pdf = new Uint8Array(readFileSync(process.argv[2]));
const rounds = Number(process.argv[3] ?? 3);
function childCpuMs(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[13]) + Number(f[14])) * 10;
}
const variants = [
  ['1 process', { bands: 1 }],
  ['1 process, overprint off', { bands: 1, overprintInert: true }],
  ['2 bands', { bands: 2 }],
  ['2 bands, overprint off', { bands: 2, overprintInert: true }],
] as const;
(async () => {
  const res: Record<string, { wall: number[]; cpu: number[] }> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, o] of variants) {
      const c = childCpuMs();
      const t = performance.now();
      const sep = await separatePdf(pdf, { dpi: 1200, bits: 1, ...o });
      const wall = performance.now() - t;
      await sep.dispose();
      (res[name] ??= { wall: [], cpu: [] }).wall.push(wall);
      res[name].cpu.push(childCpuMs() - c);
      console.log(r, name.padEnd(28), 'wall', wall.toFixed(0), 'gs cpu', childCpuMs() - c, 'load', loadavg()[0].toFixed(1));
    }
  }
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
  for (const [name, v] of Object.entries(res)) console.log('MEDIAN', name.padEnd(28), 'wall', med(v.wall).toFixed(0), 'min', Math.min(...v.wall).toFixed(0), 'gs cpu', med(v.cpu), 'min', Math.min(...v.cpu));
})();

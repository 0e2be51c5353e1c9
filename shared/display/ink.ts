/**
 * Inks: the one place a process colour becomes a screen colour. A proof round's ink shows as that round's screen
 * hex (ROUND_INKS, darkened by any K); everything else is the plain conversion (the print truth is the CMYK the
 * PDF keeps).
 */
import type { Cmyk } from '../compose/frame';
import { ProofRounds, ROUND_INKS } from '../model/proof';
import type { Ink } from './display-list';

const channel = (v: number, k: number): number => Math.round(255 * (1 - v) * (1 - k));

function hexRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

/** CMYK (each 0..1) → CSS colour. */
export function cmykToCss(c: Cmyk): string {
  for (const round of ProofRounds) {
    const [rc, rm, ry] = ROUND_INKS[round].cmyk;
    if (!near(c.c, rc / 100) || !near(c.m, rm / 100) || !near(c.y, ry / 100)) continue;
    if (c.k === 0) return ROUND_INKS[round].hex;
    const [r, g, b] = hexRgb(ROUND_INKS[round].hex).map((v) => Math.round(v * (1 - c.k)));
    return `rgb(${r},${g},${b})`;
  }
  return `rgb(${channel(c.c, c.k)},${channel(c.m, c.k)},${channel(c.y, c.k)})`;
}

/** Pure 100 % K. */
export function isSolidBlack(c: Cmyk): boolean {
  return c.c === 0 && c.m === 0 && c.y === 0 && c.k === 1;
}

const inks = new Map<string, Ink>();

/** The ink of a colour (shared between operations of the same colour). */
export function inkOf(c: Cmyk): Ink {
  const key = `${c.c} ${c.m} ${c.y} ${c.k}`;
  let ink = inks.get(key);
  if (!ink) {
    ink = { cmyk: { c: c.c, m: c.m, y: c.y, k: c.k }, css: cmykToCss(c), overprint: isSolidBlack(c) };
    if (inks.size < 4096) inks.set(key, ink);
  }
  return ink;
}

/** mulberry32: a tiny seeded generator, so a test that needs chance draws the same numbers on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max) from a seeded generator. */
export function seededInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min));
}

/**
 * The composer's object shapes kept alive between compositions. At a full collection V8 forgets every hidden
 * class (map) that no live object has any more — after an idle moment that collection is a memory-reducing one,
 * which keeps no spare maps — and throws away every optimised function that relied on one of them ("weak
 * objects" deoptimisations). With nothing composed left alive (the plan keeps only its thumbnails' marks) the next
 * composition then ran in unoptimised code while the optimising compiler rebuilt the composer's hot functions on
 * the other core: about half the CPU of the plan's 16 cold pages (docs/benchmarks.md, issue #15, "shapes kept
 * alive"). So the last object of each transient kind made is kept here (one per kind, replaced by the next: a
 * bounded cost, one page's composition at most), and its shape — shared by every object of that kind — stays.
 */
const specimens = new Map<string, object>();

/** Keep `specimen` (the newest object of `kind`) alive until the next of its kind replaces it. */
export function keepShape(kind: string, specimen: object): void {
  specimens.set(kind, specimen);
}

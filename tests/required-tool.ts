/**
 * A program a suite needs (Chromium, Ghostscript, poppler, qpdf): in CI (CI=true) its absence is a failure —
 * CI must never skip a suite; elsewhere the suite skips with ONE loud line per tool.
 */
const warned = new Set<string>();

/** True when `found`; otherwise throws in CI, or prints one loud line and returns false. */
export function requiredTool(name: string, found: boolean, install: string): boolean {
  if (found) return true;
  const line = `!!! ${name} not found: the tests that need it cannot run. Install it: ${install}`;
  if (process.env.CI) throw new Error(`${line} (CI=true: a missing tool is a failure)`);
  if (!warned.has(name)) {
    warned.add(name);
    console.warn(`${line} — SKIPPING them outside CI.`);
  }
  return false;
}

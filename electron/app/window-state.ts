/**
 * The window comes back where it was left (issue #14): its normal bounds and whether it was maximised or full
 * screen, saved to window-state.json in the user-data folder on every move/resize (debounced) and on close.
 * The pure part, `placeWindow`, fits saved bounds onto the displays there are now: a window saved on a monitor
 * since detached (or a resolution since lowered) comes back on-screen, on the display it overlaps most, else the
 * primary, shrunk to fit that display's work area and never below the window's minimum size.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const WINDOW_STATE_FILE = 'window-state.json';

/** A saved state, or null when there is none or it does not parse (then the window opens as new). */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = WindowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where to open a window saved at `saved` given the displays' work areas (the first is the primary):
 * inside the work area it overlaps most (the primary when none), at most that area's size, at least
 * `min` (or the area, if smaller). A window wholly on-screen is left exactly as saved.
 */
export function placeWindow(saved: Rect, workAreas: readonly Rect[], min: { width: number; height: number }): Rect {
  if (workAreas.length === 0) return saved;
  let area = workAreas[0];
  let best = 0;
  for (const candidate of workAreas) {
    const overlap = overlapArea(saved, candidate);
    if (overlap > best) [area, best] = [candidate, overlap];
  }
  const width = Math.min(Math.max(saved.width, Math.min(min.width, area.width)), area.width);
  const height = Math.min(Math.max(saved.height, Math.min(min.height, area.height)), area.height);
  const clampTo = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  return {
    x: clampTo(saved.x, area.x, area.x + area.width - width),
    y: clampTo(saved.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/** The saved state in `dir`, or null (missing, unreadable or not a state). */
export function readWindowState(dir: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Writes beside and renames, so a crash mid-write never leaves half a file. Best effort: a failure is ignored. */
export function writeWindowState(dir: string, state: WindowState): void {
  const file = join(dir, WINDOW_STATE_FILE);
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch {
    // A read-only profile folder: the window opens at the default size next time.
  }
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen' | 'isDestroyed'>;

/** Saves the window's state when it moves, resizes, (un)maximises and closes; saves are debounced. */
export function trackWindowState(window: TrackedWindow, save: (state: WindowState) => void, debounceMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const snapshot = (): WindowState | null => {
    if (window.isDestroyed()) return null;
    const b: Rectangle = window.getNormalBounds();
    return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: window.isMaximized(), fullScreen: window.isFullScreen() };
  };
  const saveNow = () => {
    clearTimeout(timer);
    const state = snapshot();
    if (state) save(state);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, debounceMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) window.on(event as 'resize', later);
  window.on('close', saveNow);
}

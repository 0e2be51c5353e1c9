/** Arrow keys on a selected module: one column or one line; with Shift a larger step, as layout programs do. */

/** Lines a Shift+↑/↓ moves: a short paragraph's depth. */
export const SHIFT_NUDGE_LINES = 5;
/** Columns a Shift+←/→ moves. */
export const SHIFT_NUDGE_COLUMNS = 2;

/** [columns, lines] the key moves the module by, or null when it is no arrow key. */
export function nudgeStep(key: string, shift: boolean): [number, number] | null {
  const columns = shift ? SHIFT_NUDGE_COLUMNS : 1;
  const lines = shift ? SHIFT_NUDGE_LINES : 1;
  switch (key) {
    case 'ArrowLeft':
      return [-columns, 0];
    case 'ArrowRight':
      return [columns, 0];
    case 'ArrowUp':
      return [0, -lines];
    case 'ArrowDown':
      return [0, lines];
    default:
      return null;
  }
}

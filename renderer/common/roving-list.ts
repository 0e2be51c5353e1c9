/**
 * Keyboard movement in a single-select list (WAI-ARIA listbox with a roving tabindex): one option is in the tab
 * order at a time; arrows, Home/End and PageUp/PageDown move it, Enter opens the focused option. The focused
 * option follows the selection whenever the selection changes from outside (a click, a story opened by a menu).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Options jumped by PageUp / PageDown. */
export const PAGE_STEP = 10;

/** Where a key moves the focus in a list of `count` options from `index`; null = the key is not a movement. */
export function rovingTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(index, 0), last);
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(from + PAGE_STEP, last);
    case 'PageUp':
      return Math.max(from - PAGE_STEP, 0);
    default:
      return null;
  }
}

export interface RovingList {
  /** The list element's ref (role="listbox"); options are its `[role="option"]` descendants in order. */
  listRef: React.RefObject<HTMLUListElement | null>;
  /** tabIndex for option i: 0 for the one in the tab order, -1 for the rest. */
  tabIndexOf: (i: number) => 0 | -1;
  /** Keeps the roving position where the user clicked or focused. */
  onOptionFocus: (i: number) => void;
  /** The list's keydown: movement keys move focus; Enter calls `onEnter(index)`. */
  onKeyDown: (event: React.KeyboardEvent) => void;
}

export function useRovingList(count: number, selectedIndex: number, onEnter: (index: number) => void): RovingList {
  const listRef = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(Math.max(selectedIndex, 0));
  const current = Math.min(Math.max(active, 0), Math.max(count - 1, 0));

  useEffect(() => {
    if (selectedIndex >= 0) setActive(selectedIndex);
  }, [selectedIndex]);

  const focusOption = useCallback((i: number) => {
    const options = listRef.current?.querySelectorAll<HTMLElement>('[role="option"]');
    const option = options?.[i];
    if (!option) return;
    option.focus();
    option.scrollIntoView({ block: 'nearest' });
  }, []);

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      // Keys typed into a field inside an option (the rename box) are the field's own.
      if (event.target instanceof HTMLInputElement || event.nativeEvent.isComposing) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        onEnter(current);
        return;
      }
      const target = rovingTarget(event.key, current, count);
      if (target === null) return;
      event.preventDefault();
      setActive(target);
      focusOption(target);
    },
    [count, current, onEnter, focusOption],
  );

  return {
    listRef,
    tabIndexOf: (i) => (i === current ? 0 : -1),
    onOptionFocus: setActive,
    onKeyDown,
  };
}

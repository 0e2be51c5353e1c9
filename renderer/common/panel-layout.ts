/**
 * The workspace's panel sizes, collapsed panels and last centre view (issue #14): the desk (稿库) and side (属性/校对, or the page
 * inspector) widths in CSS px, the story editor's share of the 版面 split, and which panels are hidden. Kept in
 * localStorage so a restart opens the workspace as it was left; fitted to the window on every resize so the
 * centre never gets squeezed below a working width (1280×800 laptops included).
 */
import { useCallback, useEffect, useState } from 'react';

export interface PanelState {
  /** null: the default for the window's width (see fitPanels). */
  deskWidth: number | null;
  sideWidth: number | null;
  /** The story editor's share of the 版面 split (editor | page), 0..1. */
  editorShare: number;
  deskHidden: boolean;
  sideHidden: boolean;
  /** The centre view worked in last (稿件 or 版面), opened again after a restart. */
  centreView: 'story' | 'page';
}

export const PANEL_LIMITS = {
  desk: { min: 220, max: 520 },
  side: { min: 220, max: 560 },
  /** The centre keeps at least this much of the window. */
  centreMin: 480,
  editorShare: { min: 0.25, max: 0.75 },
} as const;

export const DEFAULT_PANELS: PanelState = { deskWidth: null, sideWidth: null, editorShare: 0.46, deskHidden: false, sideHidden: false, centreView: 'story' };
const STORAGE_KEY = 'folio.panels';

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The widths to draw at a window width: the chosen ones (or defaults), shrunk so the centre keeps its minimum. */
export function fitPanels(state: PanelState, windowWidth: number, sideAtLeast = 0): { desk: number; side: number } {
  let desk = state.deskHidden ? 0 : clamp(state.deskWidth ?? Math.max(250, Math.round(windowWidth * 0.15)), PANEL_LIMITS.desk.min, state.deskWidth === null ? 320 : PANEL_LIMITS.desk.max);
  let side = state.sideHidden ? 0 : Math.max(sideAtLeast, clamp(state.sideWidth ?? Math.max(240, Math.round(windowWidth * 0.15)), PANEL_LIMITS.side.min, state.sideWidth === null ? 340 : PANEL_LIMITS.side.max));
  const over = desk + side + PANEL_LIMITS.centreMin - windowWidth;
  if (over > 0) {
    // Take the excess from both panels in proportion, never below their minimum.
    const deskRoom = desk ? desk - PANEL_LIMITS.desk.min : 0;
    const sideRoom = side ? side - PANEL_LIMITS.side.min : 0;
    const room = deskRoom + sideRoom;
    if (room > 0) {
      const take = Math.min(over, room);
      desk -= Math.round((take * deskRoom) / room);
      side -= Math.round((take * sideRoom) / room);
    }
  }
  return { desk, side };
}

export function readPanels(): PanelState {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<PanelState> | null;
    if (!raw || typeof raw !== 'object') return DEFAULT_PANELS;
    const num = (v: unknown, lo: number, hi: number) => (typeof v === 'number' && Number.isFinite(v) ? clamp(v, lo, hi) : null);
    return {
      deskWidth: num(raw.deskWidth, PANEL_LIMITS.desk.min, PANEL_LIMITS.desk.max),
      sideWidth: num(raw.sideWidth, PANEL_LIMITS.side.min, PANEL_LIMITS.side.max),
      editorShare: num(raw.editorShare, PANEL_LIMITS.editorShare.min, PANEL_LIMITS.editorShare.max) ?? DEFAULT_PANELS.editorShare,
      deskHidden: raw.deskHidden === true,
      sideHidden: raw.sideHidden === true,
      centreView: raw.centreView === 'page' ? 'page' : 'story',
    };
  } catch {
    return DEFAULT_PANELS;
  }
}

function writePanels(state: PanelState): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Private mode: the layout lasts for this session only.
  }
}

/** The panel state, remembered; and the window width, followed. */
export function usePanelLayout() {
  const [state, setState] = useState<PanelState>(readPanels);
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWindowWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useEffect(() => writePanels(state), [state]);
  const update = useCallback((patch: Partial<PanelState> | ((s: PanelState) => Partial<PanelState>)) => {
    setState((s) => ({ ...s, ...(typeof patch === 'function' ? patch(s) : patch) }));
  }, []);
  return { state, update, windowWidth };
}

/** The page split's share, shared by the shell's stored state and the page view (which only reads/writes it). */
export interface EditorShare {
  share: number;
  setShare(share: number): void;
}

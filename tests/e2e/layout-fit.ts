/**
 * What "nothing is cut off" means for the workspace, as DOM facts read in the page (layout.e2e.ts):
 * - every control (buttons, selects, inputs, tabs, separators) and label is inside the window horizontally, and
 *   not clipped by an ancestor that hides or scrolls its overflow (vertically too, unless that ancestor is a
 *   vertical scroller: a long list scrolls, a toolbar must not clip);
 * - no control's own text overflows it (scrollWidth vs clientWidth; a select's chosen option measured in its font);
 * - a short label or button text sits on one line (two for a field label), never one character per line.
 * The page drawing on the pasteboard is left out: it is meant to scroll at 100 % and 200 %.
 */
export interface FitProblem {
  what: string;
  problem: string;
}

/** Runs in the browser (page.evaluate): returns the problems found, [] when the workspace fits. */
export function findFitProblems(): FitProblem[] {
  const problems: FitProblem[] = [];
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const CONTROLS = 'button, select, input:not([type="checkbox"]):not([type="radio"]):not([type="file"]), [role="tab"], [role="separator"]';
  const LABELS = '.tb-label, .field > span, .pane-head h2, .pane-head h3, .facts dt, .menu-btn, .view-tab, .status-cell, .top-field';
  const describe = (el: Element) => {
    const id = el.getAttribute('data-testid');
    const text = (el.textContent ?? '').trim().slice(0, 24) || (el as HTMLInputElement).placeholder || el.getAttribute('aria-label') || '';
    return `${el.tagName.toLowerCase()}${id ? `[${id}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''} “${text}”`;
  };
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
  };
  const lineCount = (el: Element) => {
    const tops = new Set<number>();
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || !(node.textContent ?? '').trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) tops.add(Math.round(rect.top));
    }
    return tops.size;
  };
  const canvas = document.createElement('canvas').getContext('2d')!;
  const measure = (text: string, el: Element) => {
    const cs = getComputedStyle(el);
    canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return canvas.measureText(text).width;
  };

  for (const el of Array.from(document.querySelectorAll(`${CONTROLS}, ${LABELS}`))) {
    if (el.closest('.pasteboard, .modal-backdrop, .menu-popup') || !shown(el)) continue;
    const r = el.getBoundingClientRect();
    const what = describe(el);
    if (r.left < -0.5 || r.right > vw + 0.5) problems.push({ what, problem: `outside the window horizontally (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})` });
    let verticalScroller = false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const cs = getComputedStyle(a);
      const ar = a.getBoundingClientRect();
      if (cs.overflowX !== 'visible' && (r.left < ar.left - 1 || r.right > ar.right + 1)) {
        problems.push({ what, problem: `clipped horizontally by ${describe(a)} (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(ar.left)}–${Math.round(ar.right)})` });
        break;
      }
      if (cs.overflowY === 'auto' || cs.overflowY === 'scroll') verticalScroller = true;
      if (!verticalScroller && cs.overflowY !== 'visible' && (r.top < ar.top - 1 || r.bottom > ar.bottom + 1)) {
        problems.push({ what, problem: `clipped vertically by ${describe(a)}` });
        break;
      }
    }
    if (!verticalScroller && (r.top < -0.5 || r.bottom > vh + 0.5)) problems.push({ what, problem: 'outside the window vertically' });
    if (el instanceof HTMLSelectElement) {
      const chosen = el.selectedOptions[0]?.textContent ?? '';
      // The closed select shows its chosen option beside the arrow (about 20 px) inside its padding.
      if (measure(chosen, el) > el.clientWidth - 20) problems.push({ what, problem: `its choice “${chosen}” does not fit (${el.clientWidth} px)` });
    } else if (!(el instanceof HTMLInputElement) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow !== 'ellipsis') {
      problems.push({ what, problem: `its content overflows (${el.scrollWidth} > ${el.clientWidth})` });
    }
    const text = (el.textContent ?? '').trim();
    const isLabel = el.matches(LABELS) && !el.matches('.status-cell');
    if (text.length > 1 && text.length <= 24 && (el.matches('button, [role="tab"]') || isLabel)) {
      const lines = lineCount(el);
      if (lines > (isLabel ? 2 : 1)) problems.push({ what, problem: `wraps onto ${lines} lines` });
    }
  }
  return problems;
}

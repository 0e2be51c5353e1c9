/**
 * A panel edge the user drags (or moves with the arrow keys) to resize the panel beside it, with a button that
 * collapses and expands the panel. WAI-ARIA window splitter: a focusable separator with its value; Enter
 * collapses/expands, Home/End go to the limits. Positioned by the caller (style), over the panels' border.
 */
import { useRef, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';

export interface PaneSplitterProps {
  testId: string;
  /** What the separator resizes (its accessible name). */
  label: string;
  collapseLabel: string;
  expandLabel: string;
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right grows the panel (a panel on the left), -1 when it shrinks it (a panel on the right). */
  grows: 1 | -1;
  /** px per arrow key step; the value passed to onResize is in the same unit as value. */
  step?: number;
  /** Converts a pointer movement in CSS px to the value's unit (default: px). */
  pxToValue?: (px: number) => number;
  collapsed: boolean;
  onResize(value: number): void;
  onToggle(): void;
  style?: CSSProperties;
  /** Which side of the edge the collapse button sits on. */
  buttonSide?: 'left' | 'right';
}

export function PaneSplitter(props: PaneSplitterProps) {
  const { value, min, max, grows, collapsed, onResize } = props;
  const drag = useRef<{ x: number; start: number } | null>(null);
  const toValue = props.pxToValue ?? ((px: number) => px);
  const clamp = (v: number) => Math.max(min, Math.min(max, v));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (collapsed || event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, start: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    onResize(clamp(d.start + grows * toValue(event.clientX - d.x)));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = props.step ?? 16;
    const by = (delta: number) => {
      event.preventDefault();
      if (!collapsed) onResize(clamp(value + delta));
    };
    if (event.key === 'ArrowLeft') by(-grows * step);
    else if (event.key === 'ArrowRight') by(grows * step);
    else if (event.key === 'Home') by(min - value);
    else if (event.key === 'End') by(max - value);
    else if (event.key === 'Enter') {
      event.preventDefault();
      props.onToggle();
    }
  };

  return (
    <div className={`pane-edge ${grows === 1 ? 'grows-right' : 'grows-left'}${collapsed ? ' collapsed' : ''}`} style={props.style} data-testid={props.testId}>
      <div
        className="pane-splitter"
        role="separator"
        aria-orientation="vertical"
        aria-label={props.label}
        aria-valuenow={Number((collapsed ? min : value).toFixed(2))}
        aria-valuemin={Number(min.toFixed(2))}
        aria-valuemax={Number(max.toFixed(2))}
        tabIndex={0}
        data-testid={`${props.testId}-handle`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
        onDoubleClick={props.onToggle}
      />
      <button
        type="button"
        className={`pane-toggle ${props.buttonSide ?? 'right'}`}
        data-testid={`${props.testId}-toggle`}
        aria-label={collapsed ? props.expandLabel : props.collapseLabel}
        title={collapsed ? props.expandLabel : props.collapseLabel}
        aria-expanded={!collapsed}
        onClick={props.onToggle}
      >
        {(grows === 1) === collapsed ? '›' : '‹'}
      </button>
    </div>
  );
}

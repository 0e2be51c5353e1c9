/**
 * 校样 on the page preview: the page's open marks drawn over the page exactly as the marked proof PDF draws them
 * (shared/proof proofOverlayGeometry + overlayItems: marks on the glyphs, leaders, labels in a correction strip
 * each side), the strips widening the drawing beyond the trim, a faint 校样 watermark; and, for those who may
 * mark, a drag across glyphs selecting characters (hit-test.ts) with the story view's mark form beside them.
 */
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageLayout } from '../../shared/compose/page-types';
import { ROUND_INKS } from '../../shared/model';
import { DEFAULT_PROOF_MARGIN_PT, proofOverlayGeometry, type PlacedMark } from '../../shared/proof/proof-overlay';
import { overlayItems } from '../../shared/proof/proof-overlay-items';
import type { FontBook } from '../../shared/compose/fonts/font-book';
import { itemsOps } from '../../shared/display';
import { DisplayOps } from '../common/display-svg';
import { MarkForm } from '../proof/mark-form';
import { hitText, selectionBetween, selectionRects, type TextHit } from './hit-test';
import { ensurePageProofStrings } from './i18n-page-proof';
import type { PageProofState } from './use-page-proof';
import './page-proof.css';

const MARGIN_PT = DEFAULT_PROOF_MARGIN_PT;

/** One placed mark: its shapes, leader and label, in a group tests and styles can find. */
const PlacedMarkGroup = memo(function PlacedMarkGroup({ placed, fonts, sheet }: { placed: PlacedMark; fonts: FontBook; sheet: { sheetWidthPt: number; sheetHeightPt: number; trimXPt: number; trimWidthPt: number } }) {
  const ops = useMemo(() => itemsOps(overlayItems({ ...sheet, placed: [placed], unplaced: [] }, fonts)), [placed, fonts, sheet]);
  const { label } = placed;
  return (
    <g data-testid="proof-overlay-mark" data-mark-id={placed.mark.id} data-kind={placed.mark.kind} data-round={placed.mark.round} data-ink={ROUND_INKS[placed.mark.round].hex} data-side={placed.side}>
      <DisplayOps ops={ops} />
      <rect data-testid="proof-overlay-label" data-label={label.lines.map((l) => l.text).join('')} x={label.xPt} y={label.yPt} width={label.widthPt} height={label.heightPt} fill="none" />
    </g>
  );
});

export interface PageProofLayerProps {
  proof: PageProofState;
  layout: PageLayout;
  fonts: FontBook;
  /** CSS px per pt. */
  scale: number;
}

export function PageProofLayer({ proof, layout, fonts, scale }: PageProofLayerProps) {
  ensurePageProofStrings();
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const anchor = useRef<TextHit | null>(null);
  const [dragging, setDragging] = useState(false);
  const open = useMemo(() => proof.marks.filter((m) => m.status === 'open'), [proof.marks]);
  const geometry = useMemo(() => proofOverlayGeometry(layout, open, { storyOfModule: proof.storyOfModule, marginPt: MARGIN_PT }), [layout, open, proof.storyOfModule]);
  const sheet = useMemo(
    () => ({ sheetWidthPt: geometry.sheetWidthPt, sheetHeightPt: geometry.sheetHeightPt, trimXPt: geometry.trimXPt, trimWidthPt: geometry.trimWidthPt }),
    [geometry.sheetWidthPt, geometry.sheetHeightPt, geometry.trimXPt, geometry.trimWidthPt],
  );
  const marginPx = MARGIN_PT * scale;

  // Room for the strips: the page stage is padded by one strip each side while 校样 shows (scrolls if narrow).
  useLayoutEffect(() => {
    const stage = root.current?.closest<HTMLElement>('.page-stage');
    if (!stage) return;
    stage.style.paddingLeft = `${marginPx}px`;
    stage.style.paddingRight = `${marginPx}px`;
    return () => {
      stage.style.paddingLeft = '';
      stage.style.paddingRight = '';
    };
  }, [marginPx]);

  const selection = proof.selection;
  const highlight = useMemo(() => (selection ? selectionRects(layout, proof.storyOfModule, selection) : []), [layout, proof.storyOfModule, selection]);

  /** Pointer → page pt (origin at the trim's top-left). */
  const pagePoint = (event: React.PointerEvent) => {
    const box = root.current!.getBoundingClientRect();
    return { xPt: (event.clientX - box.left) / scale - MARGIN_PT, yPt: (event.clientY - box.top) / scale };
  };
  const track = (event: React.PointerEvent) => {
    if (!anchor.current) return;
    const p = pagePoint(event);
    proof.setSelection(selectionBetween(layout, anchor.current, hitText(layout, proof.storyOfModule, p.xPt, p.yPt)));
  };

  const last = highlight[highlight.length - 1];
  const formLeftPx = last ? Math.min((MARGIN_PT + last.xPt) * scale, (MARGIN_PT + layout.widthPt) * scale - 340) : 0;
  const formTopPx = last ? (last.yPt + last.heightPt) * scale + 6 : 0;
  const inkOf = ROUND_INKS[proof.round].hex;

  return (
    <div
      ref={root}
      className={proof.mayMark ? 'page-proof-layer marking' : 'page-proof-layer'}
      data-testid="page-proof-layer"
      data-marks={geometry.placed.length}
      data-unplaced={geometry.unplaced.length}
      data-may-mark={proof.mayMark ? 'true' : 'false'}
      style={{ left: -marginPx, width: geometry.sheetWidthPt * scale, height: geometry.sheetHeightPt * scale }}
      onPointerDown={(event) => {
        // Let it reach the paper too: a press on the page deselects the module, as without 校样.
        if (!proof.mayMark || event.button !== 0) return;
        const p = pagePoint(event);
        const hit = hitText(layout, proof.storyOfModule, p.xPt, p.yPt);
        anchor.current = hit;
        if (!hit) return proof.setSelection(null);
        event.preventDefault();
        event.currentTarget.setPointerCapture?.(event.pointerId); // absent in some hosts (jsdom): the drag still works inside the layer
        setDragging(true);
        proof.setSelection(selectionBetween(layout, hit, hit));
      }}
      onPointerMove={(event) => {
        event.stopPropagation();
        track(event);
      }}
      onPointerUp={(event) => {
        event.stopPropagation();
        track(event);
        anchor.current = null;
        setDragging(false);
      }}
    >
      <svg className="page-proof-svg" data-testid="page-proof-svg" width={geometry.sheetWidthPt * scale} height={geometry.sheetHeightPt * scale} viewBox={`0 0 ${geometry.sheetWidthPt} ${geometry.sheetHeightPt}`}>
        {/* The correction strips either side of the trim, on paper like the proof sheet. */}
        <rect className="proof-strip" x={0} y={0} width={geometry.trimXPt} height={geometry.sheetHeightPt} />
        <rect className="proof-strip" x={geometry.trimXPt + geometry.trimWidthPt} y={0} width={geometry.sheetWidthPt - geometry.trimXPt - geometry.trimWidthPt} height={geometry.sheetHeightPt} />
        <text
          className="proof-watermark"
          data-testid="proof-watermark"
          x={geometry.trimXPt + geometry.trimWidthPt / 2}
          y={geometry.sheetHeightPt / 2}
          fontSize={geometry.trimWidthPt / 4}
          textAnchor="middle"
          dominantBaseline="middle"
          transform={`rotate(-30 ${geometry.trimXPt + geometry.trimWidthPt / 2} ${geometry.sheetHeightPt / 2})`}
        >
          {t('pageProof.watermark')}
        </text>
        <g transform={`translate(${geometry.trimXPt} 0)`}>
          {highlight.map((r, i) => (
            // An insertion point is a caret: drawn a hairline wide.
            <rect key={i} className="proof-selection" data-testid="proof-selection" x={r.xPt} y={r.yPt} width={Math.max(r.widthPt, 0.8)} height={r.heightPt} style={{ fill: inkOf }} />
          ))}
        </g>
        {geometry.placed.map((placed) => (
          <PlacedMarkGroup key={placed.mark.id} placed={placed} fonts={fonts} sheet={sheet} />
        ))}
      </svg>
      {selection && !dragging && proof.mayMark && (
        <div
          className="proof-panel page-proof-form"
          data-testid="page-proof-form"
          style={{ left: Math.max(0, formLeftPx), top: formTopPx, ['--proof-ink' as string]: inkOf }}
          onPointerDown={(e) => e.stopPropagation()}
          // Typing in the form must not reach the page board's keys (Backspace removes the selected module there).
          onKeyDown={(e) => e.stopPropagation()}
        >
          <MarkForm
            key={`${selection.storyId}:${selection.blockIndex}:${selection.start}:${selection.end}`}
            at={{ blockIndex: selection.blockIndex, start: selection.start, end: selection.end, quote: selection.quote }}
            busy={proof.busy}
            onSubmit={proof.addMark}
            onCancel={() => proof.setSelection(null)}
          />
          {proof.message && (
            <p className={proof.message.kind === 'error' ? 'proof-error' : 'proof-info'} role="alert" data-testid="page-proof-form-message">
              {proof.message.text}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

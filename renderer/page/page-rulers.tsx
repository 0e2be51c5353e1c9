/** Rulers along the page: 栏 (base columns) and mm across the top, grid lines and mm down the side. */
import { memo } from 'react';
import { gridColumnXPt, gridLineCount, gridLineYPt, gridSpanChars, type PageTemplate } from '../../shared/model';
import { charsToPt, mmToPt } from '../../shared/units';

export const RULER_PX = 18;

export const PageRulers = memo(function PageRulers({ template: t, scale }: { template: PageTemplate; scale: number }) {
  const widthPx = t.widthPt * scale;
  const heightPx = t.heightPt * scale;
  const columnWidthPt = charsToPt(gridSpanChars(t.grid, 1), t.grid.bodySizePt);
  const mmTicks = (lengthPt: number) => Array.from({ length: Math.floor(lengthPt / mmToPt(10)) + 1 }, (_, i) => i * 10);
  const lines = gridLineCount(t);
  return (
    <>
      <svg className="ruler ruler-top" data-testid="ruler-top" width={widthPx} height={RULER_PX}>
        {Array.from({ length: t.grid.columnCount }, (_, c) => {
          const x = gridColumnXPt(t, c) * scale;
          return (
            <g key={c}>
              <rect x={x} y={0} width={columnWidthPt * scale} height={9} className="ruler-column" />
              <text x={x + (columnWidthPt * scale) / 2} y={8} className="ruler-label">{`${c + 1}栏`}</text>
            </g>
          );
        })}
        {mmTicks(t.widthPt).map((mm) => (
          <g key={mm}>
            <line x1={mmToPt(mm) * scale} x2={mmToPt(mm) * scale} y1={mm % 50 === 0 ? 10 : 13} y2={RULER_PX} className="ruler-tick" />
            {mm % 50 === 0 && <text x={mmToPt(mm) * scale + 2} y={17} className="ruler-mm">{mm}</text>}
          </g>
        ))}
      </svg>
      <svg className="ruler ruler-left" data-testid="ruler-left" width={RULER_PX} height={heightPx}>
        {Array.from({ length: Math.floor(lines / 5) + 1 }, (_, i) => i * 5).map((line) => (
          <line key={`l${line}`} x1={0} x2={line % 10 === 0 ? 8 : 5} y1={gridLineYPt(t, line) * scale} y2={gridLineYPt(t, line) * scale} className="ruler-line" />
        ))}
        {mmTicks(t.heightPt).map((mm) => (
          <g key={mm}>
            <line y1={mmToPt(mm) * scale} y2={mmToPt(mm) * scale} x1={mm % 50 === 0 ? 10 : 13} x2={RULER_PX} className="ruler-tick" />
            {mm % 50 === 0 && <text x={10} y={mmToPt(mm) * scale + 9} className="ruler-mm">{mm}</text>}
          </g>
        ))}
      </svg>
    </>
  );
});

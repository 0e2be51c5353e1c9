/**
 * The evidence renders draw with the screen's own drawer (renderer/common/display-svg.tsx), serialised: the same
 * SVG elements the page preview puts on screen, so an evidence picture can never disagree with the preview.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DisplayOp } from '../../shared/display';
import { DisplayOps } from '../../renderer/common/display-svg';

/** SVG markup of display operations (no <svg> wrapper). */
export function displayMarkup(ops: readonly DisplayOp[]): string {
  return renderToStaticMarkup(createElement(DisplayOps, { ops }));
}

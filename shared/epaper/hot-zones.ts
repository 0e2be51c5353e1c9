/**
 * E-paper hot zones (数字报热区): the composed modules' rectangles (pt, from the trim's top-left, y down) mapped
 * onto the page image's pixels, so a click on an article's region of the page picture opens the article. The
 * page image is rendered from the same page PDF (trim = media box), so the image spans exactly the trim: the
 * scale is the image's pixels over the trim's points, whatever dpi the image was made at.
 */
import { ptToInches, ptToPx } from '../units';

/** A composed module's rectangle on the page, pt (ModuleLayout's xPt/yPt/widthPt/heightPt). */
export interface ModuleRect {
  moduleId: string;
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
}

/** Where a module's zone leads: the article's file (relative) and what the zone is called (its headline). */
export interface ZoneTarget {
  href: string;
  title: string;
}

/** A clickable region of the page image, whole pixels, inside the image. */
export interface HotZone {
  moduleId: string;
  href: string;
  title: string;
  leftPx: number;
  topPx: number;
  widthPx: number;
  heightPx: number;
}

export interface PageSize {
  widthPt: number;
  heightPt: number;
}

export interface ImageSize {
  widthPx: number;
  heightPx: number;
}

/** A pt length on the image's axis: the image's resolution along that axis (pixels per inch of the trim). */
function axisPx(pt: number, trimPt: number, imagePx: number): number {
  return ptToPx(pt, imagePx / ptToInches(trimPt));
}

/**
 * The hot zones of a page: one per module that has a target, in module order. Each zone covers every pixel the
 * module's rectangle touches (floor of the near edge, ceil of the far one), clipped to the image; a module off
 * the image or without area has no zone.
 */
export function hotZones(modules: readonly ModuleRect[], targets: ReadonlyMap<string, ZoneTarget>, page: PageSize, image: ImageSize): HotZone[] {
  if (!(page.widthPt > 0 && page.heightPt > 0 && image.widthPx > 0 && image.heightPx > 0)) return [];
  const zones: HotZone[] = [];
  for (const m of modules) {
    const target = targets.get(m.moduleId);
    if (!target) continue;
    // A tiny epsilon keeps an edge that lands exactly on a pixel boundary (after float error) on that boundary.
    const left = Math.max(0, Math.floor(axisPx(m.xPt, page.widthPt, image.widthPx) + 1e-6));
    const top = Math.max(0, Math.floor(axisPx(m.yPt, page.heightPt, image.heightPx) + 1e-6));
    const right = Math.min(image.widthPx, Math.ceil(axisPx(m.xPt + m.widthPt, page.widthPt, image.widthPx) - 1e-6));
    const bottom = Math.min(image.heightPx, Math.ceil(axisPx(m.yPt + m.heightPt, page.heightPt, image.heightPx) - 1e-6));
    if (right <= left || bottom <= top) continue;
    zones.push({ moduleId: m.moduleId, href: target.href, title: target.title, leftPx: left, topPx: top, widthPx: right - left, heightPx: bottom - top });
  }
  return zones;
}

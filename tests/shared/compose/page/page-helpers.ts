/** Helpers for page-composition tests: reading text back out of a composed module's frame. */
import type { Frame, ModuleLayout, PageLayout, TextItem } from '../../../../shared/compose';
import type { ModuleView } from '../../../../shared/model';
import { textGlyphs } from '../../../../shared/compose';

export const textItems = (frame: Frame): TextItem[] => frame.items.filter((i): i is TextItem => i.kind === 'text');

/** All glyph characters of a frame in drawing order (head, then columns top to bottom, left to right). */
export const frameText = (frame: Frame): string => textItems(frame).flatMap((t) => textGlyphs(t).map((g) => g.ch)).join('');

/** The frame's text lines: consecutive text items on one baseline joined. */
export function frameLines(frame: Frame): { yPt: number; text: string; xPt: number }[] {
  const out: { yPt: number; text: string; xPt: number }[] = [];
  for (const t of textItems(frame)) {
    const prev = out[out.length - 1];
    const text = textGlyphs(t).map((g) => g.ch).join('');
    const x = textGlyphs(t)[0]?.xPt ?? 0;
    if (prev && prev.yPt === t.yPt && x >= prev.xPt) prev.text += text;
    else out.push({ yPt: t.yPt, text, xPt: x });
  }
  return out;
}

export function moduleOf(layout: PageLayout, id: string): ModuleLayout {
  const m = layout.modules.find((l) => l.moduleId === id);
  if (!m) throw new Error(`no module ${id}`);
  return m;
}

/** A story module to add to a view (kind story, no border, default head). */
export function storyModule(base: ModuleView, changes: Partial<ModuleView>): ModuleView {
  return { ...base, continuesTo: null, continuesFrom: null, ...changes };
}

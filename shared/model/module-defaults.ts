/**
 * A module as placed from what a caller gave (modules.add): the defaults every store fills in the same way, so
 * a module added on a desk and one added on the server compose alike.
 */
import type { z } from 'zod';
import { DEFAULT_MODULE_HEADLINE, type Module } from './page';
import type { AddModuleSchema } from './page-inputs';

export type ModuleInput = Omit<z.output<typeof AddModuleSchema>, 'pageId'> & { continuesTo?: string | null };

export function completeModule(id: string, pageId: string, data: ModuleInput): Module {
  return {
    id,
    pageId,
    kind: data.kind,
    storyId: data.storyId ?? null,
    column: data.column,
    columnSpan: data.columnSpan,
    topLine: data.topLine,
    heightLines: data.heightLines,
    bodyColumns: data.bodyColumns ?? (data.kind === 'story' ? Math.max(1, data.columnSpan) : 1),
    headline: { ...DEFAULT_MODULE_HEADLINE, ...data.headline },
    border: data.border ?? 'none',
    picture:
      data.kind === 'image'
        ? { assetId: null, imageHeightLines: Math.max(1, data.heightLines - 4), caption: '', credit: '', ...data.picture }
        : null,
    furniture: data.furniture ?? null,
    continuesTo: data.continuesTo ?? null,
  };
}

/**
 * A composition made without a cache stays alive until the next one (shared/compose/live-shapes.ts): a full
 * collection in between must not take the composer's object shapes, and with them its optimised code, away
 * (issue #15: the plan's cold thumbnails). Bounded: the next scratch composition lets the previous one go.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { composePage, fontBookFromBytes, type PageLayout } from '../../../../shared/compose';
import { demoPageView } from '../../../../shared/seed/demo-page-view';

const fonts = fontBookFromBytes(readAllFontBytes());

/** A full collection (V8's gc exposed at run time), after the current job: a WeakRef holds its target until then. */
async function fullGc(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  gc();
}

/** A weak reference to a scratch composition of the demo page's first module's layout (no strong one kept here). */
function composedWeakly(): WeakRef<PageLayout['modules'][number]> {
  const { view, stories } = demoPageView();
  return new WeakRef(composePage(view, stories, fonts).modules[0]);
}

describe('the last scratch composition is kept alive', () => {
  it('survives full collections until the next scratch composition, then is let go', async () => {
    const first = composedWeakly();
    await fullGc();
    expect(first.deref()).toBeDefined();
    const second = composedWeakly();
    await fullGc();
    expect(first.deref()).toBeUndefined();
    expect(second.deref()).toBeDefined();
  });
});

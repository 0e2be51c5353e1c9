import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/api/contract';
import type { PageView } from '../../../shared/model';
import { LayoutHistory, type LayoutApi, type ModuleAdd, type ModulePatch } from '../../../renderer/page/layout-history';
import { fakeError } from '../../error-text';

/** A fake service holding module geometry by id; refuses a column past 7 like the store does. */
function fakeServices() {
  const modules = new Map<string, { column: number; topLine: number }>();
  let next = 1;
  const calls: string[] = [];
  const view = (): Envelope<PageView> => ({ ok: true, value: { modules: [...modules.keys()].map((id) => ({ id })) } as unknown as PageView });
  const api: LayoutApi = {
    async update(id, patch: ModulePatch) {
      calls.push(`update ${id} ${JSON.stringify(patch)}`);
      if ((patch.column ?? 0) > 7) return { ok: false, error: { ...fakeError('invalid-params', '超出版面右边'), field: 'column' } };
      modules.set(id, { ...modules.get(id)!, ...(patch as { column: number }) });
      return view();
    },
    async add(params: ModuleAdd) {
      const id = `m${next++}`;
      calls.push(`add ${id}`);
      modules.set(id, { column: params.column, topLine: params.topLine });
      return view();
    },
    async remove(id) {
      calls.push(`remove ${id}`);
      modules.delete(id);
      return view();
    },
  };
  return { api, modules, calls };
}

const addParams: ModuleAdd = { pageId: 'p', kind: 'story', storyId: 's', column: 0, columnSpan: 2, topLine: 70, heightLines: 20 };

describe('LayoutHistory', () => {
  it('undoes and redoes moves through the services, in order', async () => {
    const { api, modules } = fakeServices();
    modules.set('a', { column: 0, topLine: 0 });
    const history = new LayoutHistory(api, () => [...modules.keys()]);
    await history.apply({ kind: 'update', moduleId: 'a', before: { column: 0 }, after: { column: 2 } });
    await history.apply({ kind: 'update', moduleId: 'a', before: { column: 2 }, after: { column: 3 } });
    expect(modules.get('a')!.column).toBe(3);
    await history.undo();
    expect(modules.get('a')!.column).toBe(2);
    await history.undo();
    expect(modules.get('a')!.column).toBe(0);
    expect(history.canUndo()).toBe(false);
    await history.redo();
    expect(modules.get('a')!.column).toBe(2);
    expect(history.canRedo()).toBe(true);
  });

  it('keeps a refused edit off the stack (the page stays as the services hold it)', async () => {
    const { api, modules } = fakeServices();
    modules.set('a', { column: 0, topLine: 0 });
    const history = new LayoutHistory(api, () => [...modules.keys()]);
    const result = await history.apply({ kind: 'update', moduleId: 'a', before: { column: 0 }, after: { column: 9 } });
    expect(result.ok).toBe(false);
    expect(history.canUndo()).toBe(false);
    expect(modules.get('a')!.column).toBe(0);
  });

  it('re-points later edits when undoing a removal places the module again under a new id', async () => {
    const { api, modules, calls } = fakeServices();
    const history = new LayoutHistory(api, () => [...modules.keys()]);
    await history.apply({ kind: 'add', moduleId: '', params: addParams }); // m1
    await history.apply({ kind: 'update', moduleId: 'm1', before: { column: 0 }, after: { column: 4 } });
    await history.undo(); // column back to 0
    await history.undo(); // m1 removed
    expect(modules.size).toBe(0);
    await history.redo(); // placed again: m2
    await history.redo(); // the move applies to m2
    expect([...modules.entries()]).toEqual([['m2', { column: 4, topLine: 70 }]]);
    expect(calls.at(-1)).toBe('update m2 {"column":4}');
  });
});

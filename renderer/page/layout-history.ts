/**
 * The page's undo/redo of layout changes: a local stack of module edits, each applied through the services
 * (modules.update / add / remove). An add undone and redone gets a new module id; later entries are re-pointed.
 */
import type { Envelope, Params } from '../../shared/api/contract';
import type { ModuleView, PageView } from '../../shared/model';

export type ModulePatch = Omit<Params<'modules.update'>, 'id'>;
/**
 * A module change as the inspector makes it: a patch, or a patch made from the module as it is when the change's
 * turn in the write queue comes. Fields of one object (a box, an inset, a shape's parts) edited in quick succession
 * must each build on the last, not on the module as the panel last rendered it (the earlier edit still unanswered).
 */
export type ModuleChange = ModulePatch | ((current: ModuleView) => ModulePatch);
export type ModuleAdd = Params<'modules.add'>;

export type LayoutEdit =
  | { kind: 'update'; moduleId: string; before: ModulePatch; after: ModulePatch }
  | { kind: 'add'; moduleId: string; params: ModuleAdd }
  | { kind: 'remove'; moduleId: string; params: ModuleAdd };

export interface LayoutApi {
  update(id: string, patch: ModulePatch): Promise<Envelope<PageView>>;
  add(params: ModuleAdd): Promise<Envelope<PageView>>;
  remove(id: string): Promise<Envelope<PageView>>;
}

/** The id of the module that is in `after` and not in `before`. */
function addedId(before: readonly string[], after: PageView): string {
  const known = new Set(before);
  return after.modules.find((m) => !known.has(m.id))?.id ?? '';
}

export class LayoutHistory {
  private done: LayoutEdit[] = [];
  private undone: LayoutEdit[] = [];

  constructor(
    private readonly api: LayoutApi,
    /** Module ids on the page now (to find the id an add created). */
    private readonly moduleIds: () => string[],
  ) {}

  canUndo(): boolean {
    return this.done.length > 0;
  }
  canRedo(): boolean {
    return this.undone.length > 0;
  }
  clear(): void {
    this.done = [];
    this.undone = [];
  }

  /** Applies a new edit; on success it goes on the undo stack and the redo stack is dropped. */
  async apply(edit: LayoutEdit): Promise<Envelope<PageView>> {
    const result = await this.run(edit, 'forward');
    if (result.ok) {
      this.done.push(edit);
      this.undone = [];
    }
    return result;
  }

  async undo(): Promise<Envelope<PageView> | null> {
    const edit = this.done.pop();
    if (!edit) return null;
    const result = await this.run(edit, 'back');
    if (result.ok) this.undone.push(edit);
    else this.done.push(edit);
    return result;
  }

  async redo(): Promise<Envelope<PageView> | null> {
    const edit = this.undone.pop();
    if (!edit) return null;
    const result = await this.run(edit, 'forward');
    if (result.ok) this.done.push(edit);
    else this.undone.push(edit);
    return result;
  }

  private async run(edit: LayoutEdit, direction: 'forward' | 'back'): Promise<Envelope<PageView>> {
    const creates = (edit.kind === 'add' && direction === 'forward') || (edit.kind === 'remove' && direction === 'back');
    if (edit.kind === 'update') return this.api.update(edit.moduleId, direction === 'forward' ? edit.after : edit.before);
    if (!creates) return this.api.remove(edit.moduleId);
    const before = this.moduleIds();
    const result = await this.api.add(edit.params);
    if (result.ok) {
      const id = addedId(before, result.value);
      if (edit.moduleId && id && id !== edit.moduleId) this.repoint(edit.moduleId, id);
      edit.moduleId = id;
    }
    return result;
  }

  private repoint(from: string, to: string): void {
    for (const e of [...this.done, ...this.undone]) if (e.moduleId === from) e.moduleId = to;
  }
}

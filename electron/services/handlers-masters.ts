/** Handlers of the page-master methods (shared/api/contract-masters.ts), typed like handlers.ts. */
import { LAYOUT_PERMISSIONS, mayLayout } from '../../shared/model';
import { continueOnPage, listPageMasters, plannedStories, removePageMaster, savePageMaster, setStoryPlannedPage, StoreError, type Desk } from '../store';
import { errorMessage } from '../../shared/errors';
import type { Handler } from './handler';
import { actingAs } from './handlers-workflow';

type MasterMethod = keyof typeof import('../../shared/api/contract-masters').masterMethods;

export function createMasterHandlers(desk: Desk): { [M in MasterMethod]: Handler<M> } {
  const { db } = desk;
  /** A master moves the furniture of its pages: only a role that may change modules edits one. */
  const refuse = () => {
    const { role } = actingAs(desk);
    if (mayLayout(role, 'change-modules')) return;
    const allowed = LAYOUT_PERMISSIONS['change-modules'].map((r) => errorMessage(`role-${r}`));
    throw new StoreError('forbidden', errorMessage('proof-act-forbidden', { role: errorMessage(`role-${role}`), act: errorMessage('act-change-modules'), allowed }));
  };
  return {
    'masters.list': (p) => listPageMasters(db, p.paper),
    'masters.save': (p) => (refuse(), savePageMaster(db, { ...(p.id ? { id: p.id } : {}), paper: p.paper, fields: p.fields }, actingAs(desk))),
    'masters.remove': (p) => (refuse(), removePageMaster(db, p.id)),
    'modules.continueOnPage': (p) => (refuse(), continueOnPage(db, p.id, p.pageId)),
    'stories.setPlannedPage': (p) => (refuse(), setStoryPlannedPage(db, p.id, p.pageId)),
    'pages.plannedStories': (p) => plannedStories(db, p.id),
  };
}

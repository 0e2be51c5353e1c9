/** Handlers of the page-composition methods (shared/api/contract-pages.ts), typed like handlers.ts. */
import { LAYOUT_PERMISSIONS, mayLayout, presetTemplate, ROLE_LABELS_ZH, type PageSignoffs, type PageView, type Story } from '../../shared/model';
import { setStoryId } from '../../shared/model/page-placement';
import {
  addModule,
  addPage,
  createIssue,
  deskVersion,
  getIssue,
  getPageView,
  getStory,
  storyHead,
  listIssues,
  noteIssueOpened,
  readPageSignoffs,
  recentIssues,
  removeModule,
  removePage,
  reorderPages,
  updateIssue,
  updateModule,
  updatePage,
  StoreError,
  type Desk,
  type WritableDb,
} from '../store';
import type { PageStatus } from '../../shared/model';
import type { Handler } from './handler';
import { composeStoredPage } from '../compose/stored-page';
import { pageFit } from '../compose/page-fit';
import { errorMessage } from '../../shared/errors';
import { actingAs } from './handlers-workflow';

type PageMethod = keyof typeof import('../../shared/api/contract-pages').pageMethods;
export type PageHandlers = { [M in PageMethod]: Handler<M> };

export function createPageHandlers(desk: Desk): PageHandlers {
  const { db } = desk;
  return {
    'issues.list': (p) => listIssues(db, p),
    'issues.get': (p) => getIssue(db, p.id),
    'issues.create': (p) => createIssue(db, p),
    'issues.update': ({ id, ...changes }) => updateIssue(db, id, changes),
    'issues.recent': () => recentIssues(db),
    'issues.opened': (p) => noteIssueOpened(db, p.id),

    'pages.presets': () => ({ broadsheet: presetTemplate('broadsheet'), tabloid: presetTemplate('tabloid') }),
    'pages.get': (p) => getPageView(db, p.id),
    'pages.ofIssue': (p) => {
      const version = deskVersion(db);
      if (p.since === version) return { version, unchanged: true, views: [], stories: [], same: [], missing: [], heads: [], signoffs: [] };
      return { version, unchanged: false, ...pagesOfIssue(db, p.issueId, p.revisions ?? {}, p.texts ?? true) };
    },
    'pages.update': ({ id, ...changes }) => {
      refuseApprovalBypass(db, id, changes.status);
      return updatePage(db, id, changes);
    },
    'pages.add': (p) => addPage(db, p),
    'pages.remove': (p) => removePage(db, p.id, { discardModules: p.discardModules }),
    'pages.reorder': (p) => reorderPages(db, p.issueId, p.pageIds),
    'pages.fit': (p) => {
      const page = composeStoredPage(db, p.id);
      return { modules: pageFit(page).modules, findings: page.view.findings };
    },

    'modules.add': (p) => (refuseModuleChange(desk), addModule(db, p)),
    'modules.update': ({ id, ...changes }) => (refuseModuleChange(desk), updateModule(db, id, changes)),
    'modules.remove': (p) => (refuseModuleChange(desk), removeModule(db, p.id)),
  };
}

/** A module is placed, moved, resized or removed only by a role LAYOUT_PERMISSIONS allows (not a proofreader). */
function refuseModuleChange(desk: Desk): void {
  const { role } = actingAs(desk);
  if (mayLayout(role, 'change-modules')) return;
  const allowed = LAYOUT_PERMISSIONS['change-modules'].map((r) => errorMessage(`role-${r}`));
  throw new StoreError('forbidden', errorMessage('proof-act-forbidden', { role: errorMessage(`role-${role}`), act: errorMessage('act-change-modules'), allowed }));
}

/**
 * 签发 and its withdrawal are signed, recorded acts (signoff.approve / signoff.withdraw); a plain page update must
 * not set a page to or from 已签付/已传版, or the text lock and the sign-off record could be bypassed.
 */
function refuseApprovalBypass(db: WritableDb, pageId: string, status: PageStatus | undefined): void {
  if (status === undefined) return;
  const current = getPageView(db, pageId).page.status;
  const signed = (s: PageStatus) => s === 'approved' || s === 'sent';
  if (status !== current && (signed(status) || signed(current))) {
    throw new StoreError(
      'conflict',
      errorMessage('approval-only-by-signoff', { page: getPageView(db, pageId).page.number }),
    );
  }
}

/**
 * An issue's page views in page order and every story they place, each once (pages.ofIssue: the plan's one
 * request) — but a story the caller holds at its newest revision only by id (`same`), and with `texts` false no
 * story at all: only each placed story's head (newest revision and content hash); and each page's sign-offs.
 * Synchronous over one connection: nothing is written between the reads, so the heads are those of the texts sent.
 */
function pagesOfIssue(db: Desk['db'], issueId: string, held: Readonly<Record<string, number>>, texts: boolean): { views: PageView[]; stories: Story[]; same: string[]; missing: string[]; heads: { id: string; revision: number; hash: string }[]; signoffs: PageSignoffs[] } {
  const views = getIssue(db, issueId).pages.map((page) => getPageView(db, page.id));
  const signoffs = views.map((view) => readPageSignoffs(db, view.page.id));
  const ids = new Set<string>();
  for (const view of views) for (const m of view.modules) {
    const id = setStoryId(m);
    if (id !== null) ids.add(id);
  }
  const stories: Story[] = [];
  const same: string[] = [];
  const missing: string[] = [];
  const heads: { id: string; revision: number; hash: string }[] = [];
  for (const id of ids) {
    const head = storyHead(db, id);
    if (head === null) {
      missing.push(id);
      continue;
    }
    heads.push({ id, ...head });
    if (!texts) continue;
    const heldRevision = Object.prototype.hasOwnProperty.call(held, id) ? held[id] : undefined;
    if (heldRevision === head.revision) {
      same.push(id);
      continue;
    }
    stories.push(getStory(db, id));
  }
  return { views, stories, same, missing, heads, signoffs };
}

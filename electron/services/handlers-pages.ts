/** Handlers of the page-composition methods (shared/api/contract-pages.ts), typed like handlers.ts. */
import type { ModuleFit } from '../../shared/api/contract-pages';
import { presetTemplate } from '../../shared/model';
import {
  addModule,
  addPage,
  createIssue,
  getIssue,
  getPageView,
  getStory,
  listIssues,
  removeModule,
  removePage,
  reorderPages,
  updateIssue,
  updateModule,
  updatePage,
  type Desk,
} from '../store';
import type { Handler } from './handlers';
import { bundledFontBook, fitModule } from './page-fit';

type PageMethod = keyof typeof import('../../shared/api/contract-pages').pageMethods;
export type PageHandlers = { [M in PageMethod]: Handler<M> };

export function createPageHandlers(desk: Desk): PageHandlers {
  const { db } = desk;
  return {
    'issues.list': (p) => listIssues(db, p),
    'issues.get': (p) => getIssue(db, p.id),
    'issues.create': (p) => createIssue(db, p),
    'issues.update': ({ id, ...changes }) => updateIssue(db, id, changes),

    'pages.presets': () => ({ broadsheet: presetTemplate('broadsheet'), tabloid: presetTemplate('tabloid') }),
    'pages.get': (p) => getPageView(db, p.id),
    'pages.update': ({ id, ...changes }) => updatePage(db, id, changes),
    'pages.add': (p) => addPage(db, p),
    'pages.remove': (p) => removePage(db, p.id, { discardModules: p.discardModules }),
    'pages.reorder': (p) => reorderPages(db, p.issueId, p.pageIds),
    'pages.fit': (p) => {
      const view = getPageView(db, p.id);
      const fonts = bundledFontBook();
      const modules: ModuleFit[] = view.modules.map((m) => {
        const content = m.story && m.story.state !== 'missing' ? getStory(db, m.story.id).content : null;
        return fitModule(view.page.template, m, content, fonts);
      });
      return { modules, findings: view.findings };
    },

    'modules.add': (p) => addModule(db, p),
    'modules.update': ({ id, ...changes }) => updateModule(db, id, changes),
    'modules.remove': (p) => removeModule(db, p.id),
  };
}

/** Handlers of the style-sheet methods (shared/api/contract-styles.ts), typed like handlers.ts. */
import { exportStyleSheetFile, getStyleSheet, importStyleSheetFile, setStyleSheet, type Desk } from '../store';
import type { Handler } from './handler';
import { actingAs } from './handlers-workflow';

type StyleMethod = keyof typeof import('../../shared/api/contract-styles').styleMethods;

export function createStyleHandlers(desk: Desk): { [M in StyleMethod]: Handler<M> } {
  const { db } = desk;
  return {
    'styles.get': (p) => getStyleSheet(db, p.paper),
    'styles.set': (p) => setStyleSheet(db, p.paper, p.sheet, actingAs(desk)),
    'styles.importFile': (p) => importStyleSheetFile(db, p.paper, p.text, actingAs(desk)),
    'styles.exportFile': (p) => exportStyleSheetFile(db, p.paper),
  };
}

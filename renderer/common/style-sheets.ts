/**
 * The style sheet saved in this session (paper and sheet), so what sets in it — the page preview, the editor's
 * style picker — follows a save at once, without reopening the page.
 */
import type { StyleSheet } from '../../shared/model';
import { observable } from './observable';

export interface SavedStyleSheet {
  paper: string;
  sheet: StyleSheet;
}

export const savedStyleSheet = observable<SavedStyleSheet | null>(null);

/** Bumped when a 版式模板 is saved in this session: the open page reloads (its template and furniture may change). */
export const savedPageMasters = observable<number>(0);

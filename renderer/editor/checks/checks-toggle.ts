/** Spell-as-you-type on or off (视图 → 自动检查; on by default), for every story editor of this window. */
import { observable } from '../../common/observable';

export const checksEnabled = observable(true);

/** Findings hidden with 忽略: for the rest of the session (ignoreKey in check-ranges.ts). */
export const ignoredFindings = new Set<string>();

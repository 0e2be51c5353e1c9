/** Who is acting on the desk: the local profile, or the stand-in used before anyone has set one. */
import type { Profile } from '../../shared/model';

export type Actor = Profile;

/**
 * With no profile set, the desk acts as an editor named '': the UI built before profiles existed (and a desk
 * used by one person) keeps working exactly as before, and nothing is attributed to a made-up name.
 */
export const ANONYMOUS_EDITOR: Actor = Object.freeze({ name: '', role: 'editor' });

/**
 * A coded error (shared/errors) in the UI's language, with i18next: the catalogue's dictionaries are the
 * `apiErrors` part of each language's resources (renderer/i18n). Every error the UI shows goes through here (client.ts for envelopes).
 */
import i18next from 'i18next';
import { resolveError, serverErrorText, type ErrorMessage } from '../../shared/errors';

export function errorText(message: ErrorMessage): string {
  return resolveError(message, (code, params) => i18next.t(`apiErrors.${code}`, params));
}

/** The words for an Envelope error (its coded text; a peer without one is shown with its own words). */
export function envelopeErrorText(error: { text?: unknown; message?: unknown }): string {
  return errorText(serverErrorText(error));
}

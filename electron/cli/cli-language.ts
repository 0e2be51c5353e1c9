/**
 * The CLI's messages in its language (chosen in cli-locale.ts: zh-CN by default; English by
 * `folio --lang en <command>`, else by FOLIO_LANG=en, else when the locale is an English one; C/POSIX locales keep
 * zh-CN). Errors are translated with i18next from the catalogue (shared/errors), like the UI.
 */
import i18next, { type i18n } from 'i18next';
import { ERROR_DICTIONARIES, LOCALES, resolveError, type ErrorMessage, type Locale } from '../../shared/errors';
import { currentCliLanguage } from './cli-locale';

export { cliLanguage, setCliLanguage } from './cli-locale';

function instance(locale: Locale): i18n {
  const made = i18next.createInstance();
  void made.init({
    lng: locale,
    resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: ERROR_DICTIONARIES[l] }])),
    interpolation: { escapeValue: false }, // a terminal, not HTML
    initAsync: false,
  });
  return made;
}

const translators = new Map<Locale, i18n>();

/** `message` in the CLI's language. */
export function cliText(message: ErrorMessage, locale: Locale = currentCliLanguage()): string {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = instance(locale)));
  const translator = t;
  return resolveError(message, (code, params) => translator.t(code, params));
}

/** The words for an error that carries a coded message (StoreError, ImportError, NewsroomError); null for others. */
export function cliErrorText(error: unknown): string | null {
  const text = (error as { text?: ErrorMessage } | null)?.text;
  return text && typeof text === 'object' && typeof text.code === 'string' ? cliText(text) : null;
}

/**
 * The language of the CLI's messages. zh-CN by default; English by `folio --lang en <command>`, else by
 * FOLIO_LANG=en, else when the locale (LC_ALL, then LC_MESSAGES, then LANG) is an English one (en_US.UTF-8 …).
 * C/POSIX locales keep zh-CN. Errors are translated with i18next from the catalogue (shared/errors), like the UI.
 */
import i18next, { type i18n } from 'i18next';
import { ERROR_DICTIONARIES, LOCALES, resolveError, type ErrorMessage, type Locale } from '../../shared/errors';

export function cliLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  const chosen = flag ?? env.FOLIO_LANG ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  return /^en\b|^en[_-]/i.test(chosen) ? 'en' : 'zh-CN';
}

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
let current: Locale = 'zh-CN';

/** Set once per command line by runCli. */
export function setCliLanguage(locale: Locale): void {
  current = locale;
}

/** `message` in the CLI's language. */
export function cliText(message: ErrorMessage, locale: Locale = current): string {
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

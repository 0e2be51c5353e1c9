/**
 * Which language the CLI speaks, without the translations: runCli sets it on every start, and loading
 * i18next and the error catalogue (cli-language.ts) only when a message is printed keeps `folio check`/`compose`
 * starting fast (issue #15).
 */
import type { Locale } from '../../shared/errors/catalogue';

/** zh-CN by default; English by `--lang en`, else FOLIO_LANG=en, else an English locale (LC_ALL, LC_MESSAGES, LANG). */
export function cliLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  const chosen = flag ?? env.FOLIO_LANG ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  return /^en\b|^en[_-]/i.test(chosen) ? 'en' : 'zh-CN';
}

let current: Locale = 'zh-CN';

/** Set once per command line by runCli. */
export function setCliLanguage(locale: Locale): void {
  current = locale;
}

export function currentCliLanguage(): Locale {
  return current;
}

/** The error catalogue: every code has zh-CN and English words with the same parameters, and i18next agrees. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, ERROR_DICTIONARIES, errorMessage, formatError, resolveError, templateParams, type ErrorCode } from '../../../shared/errors';
import { Roles } from '../../../shared/model/people';
import { StoryStatuses } from '../../../shared/model/story';
import { MarkKinds, ProofActs, ProofRounds } from '../../../shared/model/proof';
import { FurnitureKinds } from '../../../shared/model/page';
import { NewsroomRoles } from '../../../shared/newsroom/roles';

const HAN = /\p{Script=Han}/u;
const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

describe('the error catalogue', () => {
  it.each(codes)('%s: zh-CN and English use exactly the parameters the catalogue names', (code) => {
    const declared = [...ERROR_CATALOGUE[code].params].sort();
    for (const locale of ['zh-CN', 'en'] as const) {
      const template = ERROR_DICTIONARIES[locale][code];
      expect(template.length, `${locale} ${code}`).toBeGreaterThan(0);
      expect(templateParams(template).sort(), `${locale} ${code}`).toEqual(declared);
    }
    expect(ERROR_DICTIONARIES.en[code], `en ${code}`).not.toMatch(HAN);
  });

  it('has Chinese words for every code but the punctuation-only ones', () => {
    const notChinese = codes.filter((code) => !HAN.test(ERROR_DICTIONARIES['zh-CN'][code]));
    expect(notChinese.filter((code) => /[A-Za-z]{3}/.test(ERROR_DICTIONARIES['zh-CN'][code].replace(/\{\{\w+\}\}/g, '')))).toEqual([]);
  });

  it('has a word for every value of the enums messages name (roles, states, rounds, acts, furniture, mark kinds)', () => {
    const words = [
      ...NewsroomRoles.map((r) => `role-${r}`),
      ...Roles.map((r) => `role-${r}`),
      ...StoryStatuses.map((s) => `status-${s}`),
      ...ProofRounds.map((r) => `round-${r}`),
      ...ProofActs.map((a) => `act-${a}`),
      ...FurnitureKinds.map((f) => `furniture-${f}`),
      ...MarkKinds.map((k) => `mark-${k}`),
    ];
    expect(words.filter((w) => !(w in ERROR_CATALOGUE))).toEqual([]);
  });

  it('fills templates the same way as i18next, nested messages and lists included, in both languages', async () => {
    const t = i18next.createInstance();
    await t.init({
      resources: { 'zh-CN': { translation: ERROR_DICTIONARIES['zh-CN'] }, en: { translation: ERROR_DICTIONARIES.en } },
      lng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
    const sample = (code: ErrorCode) =>
      ({ code, params: Object.fromEntries(ERROR_CATALOGUE[code].params.map((p, i) => [p, i % 2 ? `“值${i}”<&>` : errorMessage('role-editor')])) });
    for (const locale of ['zh-CN', 'en'] as const) {
      await t.changeLanguage(locale);
      for (const code of codes) {
        const message = sample(code);
        expect(resolveError(message, (c, params) => t.t(c, params)), `${locale} ${code}`).toBe(formatError(message, locale));
      }
    }
    const list = errorMessage('status-move-forbidden', {
      role: errorMessage('role-proofreader'),
      from: errorMessage('status-draft'),
      to: errorMessage('status-approved'),
      allowed: [errorMessage('status-to-edit'), errorMessage('status-edited')],
    });
    expect(formatError(list, 'zh-CN')).toBe('校对不能把稿件从「草稿」改为「签发」。可以改为：待编、已编。');
    expect(formatError(list, 'en')).toBe('A proofreader may not move a story from “draft” to “approved”. Possible: to edit, edited.');
  });

  it('types the parameters: a wrong or missing name does not compile', () => {
    // @ts-expect-error 'id' is the parameter of story-not-found
    errorMessage('story-not-found', { story: 'x' });
    // @ts-expect-error story-not-found needs its id
    errorMessage('story-not-found');
    expect(errorMessage('story-not-found', { id: 'x' })).toEqual({ code: 'story-not-found', params: { id: 'x' } });
  });
});

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('errors carry codes, not free text', () => {
  it('builds every StoreError, ImportError and NewsroomError from a catalogue message, never from a string', () => {
    const offenders: string[] = [];
    for (const file of [...sources('electron'), ...sources('server'), ...sources('shared')]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/new StoreError\(\s*'[a-z-]+',\s*[`'"]/g)) offenders.push(`${file}: ${match[0]}`);
      for (const match of text.matchAll(/new ImportError\(\s*[`'"]/g)) offenders.push(`${file}: ${match[0]}`);
      for (const match of text.matchAll(/new NewsroomError\(\s*'[a-z-]+',\s*([`'"])/g)) offenders.push(`${file}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});

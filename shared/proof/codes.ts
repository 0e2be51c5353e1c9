/**
 * The proofreading findings: one closed list of codes, and the one table that describes each (severity, the
 * Chinese and English messages). Every check reports through this table, so the UI, the CLI and the tests
 * speak the same words.
 */

/** Every finding code, in priority order: when two findings overlap, the earlier code wins. */
export const FINDING_CODES = [
  'term',
  'banned-word',
  'halfwidth-punct',
  'mismatched-pair',
  'unmatched-pair',
  'dash-form',
  'ellipsis-form',
  'doubled-punct',
  'doubled-char',
  'space-in-chinese',
  'fullwidth-digit',
  'mixed-date-form',
  'mixed-count-form',
  'mixed-unit-form',
  'missing-terminal-punct',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** error: almost surely wrong; warning: usually wrong, a person decides; info: a house-style question. */
export type Severity = 'error' | 'warning' | 'info';

/** What a message is built from: the text found, what should stand there, and a rule's note. */
export interface MessageArgs {
  found: string;
  expected?: string;
  note?: string;
}

export interface CodeInfo {
  severity: Severity;
  /** The check's name, for settings and legends. */
  titleZh: string;
  titleEn: string;
  zh(args: MessageArgs): string;
  en(args: MessageArgs): string;
}

/** Chinese names of the half-width marks the checks replace, for messages such as “半角逗号”. */
const MARK_NAMES_ZH: Record<string, string> = {
  ',': '逗号',
  '.': '句号',
  ';': '分号',
  ':': '冒号',
  '?': '问号',
  '!': '叹号',
  '"': '引号',
  "'": '引号',
  '(': '括号',
  ')': '括号',
};

/** Quotes text in a zh message: “…”, or 「…」 when the text itself holds curly quotes (“““” would be unreadable). */
const q = (text: string) => (/[“”‘’"]/.test(text) ? `「${text}」` : `“${text}”`);
const markZh = (found: string) => MARK_NAMES_ZH[found.trim()] ?? '标点';
const withNote = (text: string, note: string | undefined, sep: string) => (note ? `${text}${sep}${note}` : text);
const expectedZh = (a: MessageArgs) => (a.expected !== undefined ? `，应为${q(a.expected)}` : '');
const expectedEn = (a: MessageArgs) => (a.expected !== undefined ? `; use “${a.expected}”` : '');

export const CODE_INFO: Record<FindingCode, CodeInfo> = {
  term: {
    severity: 'error',
    titleZh: '规范用语',
    titleEn: 'Required term',
    zh: (a) => withNote(`${q(a.found)}应为${q(a.expected ?? '')}`, a.note, '（') + (a.note ? '）' : ''),
    en: (a) => withNote(`“${a.found}” should read “${a.expected}”`, a.note, ' — '),
  },
  'banned-word': {
    severity: 'error',
    titleZh: '禁用词',
    titleEn: 'Banned word',
    zh: (a) => withNote(`${q(a.found)}是禁用词`, a.note, '：'),
    en: (a) => withNote(`“${a.found}” is a banned word`, a.note, ': '),
  },
  'halfwidth-punct': {
    severity: 'error',
    titleZh: '半角标点',
    titleEn: 'Half-width punctuation',
    zh: (a) => `中文之间用了半角${markZh(a.found)}${expectedZh(a).replace('，应为', '，应为全角')}`,
    en: (a) => `Half-width “${a.found.trim()}” in Chinese text${expectedEn(a)}`,
  },
  'mismatched-pair': {
    severity: 'error',
    titleZh: '引号括号不配对',
    titleEn: 'Mismatched quotes or brackets',
    zh: (a) => `${q(a.found)}与前面的起始符号不配对${expectedZh(a)}`,
    en: (a) => `“${a.found}” does not match the opening mark${expectedEn(a)}`,
  },
  'unmatched-pair': {
    severity: 'error',
    titleZh: '引号括号缺半边',
    titleEn: 'Unmatched quote or bracket',
    zh: (a) => `${q(a.found)}在本段中没有与之配对的另一半`,
    en: (a) => `“${a.found}” has no partner in this paragraph`,
  },
  'dash-form': {
    severity: 'warning',
    titleZh: '破折号形式',
    titleEn: 'Dash form',
    zh: (a) => `破折号应占两个字位，写作“——”，这里是${q(a.found)}（如为连接号可忽略）`,
    en: (a) => `A Chinese dash is two em dashes “——”, found “${a.found}” (ignore if it is a connector)`,
  },
  'ellipsis-form': {
    severity: 'error',
    titleZh: '省略号形式',
    titleEn: 'Ellipsis form',
    zh: (a) => `省略号应为“……”（两个“…”），这里是${q(a.found)}`,
    en: (a) => `A Chinese ellipsis is “……” (two “…”), found “${a.found}”`,
  },
  'doubled-punct': {
    severity: 'error',
    titleZh: '标点重复',
    titleEn: 'Doubled punctuation',
    zh: (a) => `标点${q(a.found)}重复${expectedZh(a)}`,
    en: (a) => `Doubled punctuation “${a.found}”${expectedEn(a)}`,
  },
  'doubled-char': {
    severity: 'warning',
    titleZh: '字词重复',
    titleEn: 'Doubled character',
    zh: (a) => `${q(a.found)}疑为多打了一个字${expectedZh(a)}`,
    en: (a) => `“${a.found}” looks like a doubled character${expectedEn(a)}`,
  },
  'space-in-chinese': {
    severity: 'warning',
    titleZh: '中文间空格',
    titleEn: 'Space in Chinese text',
    zh: () => '中文之间多了空格，应删除',
    en: () => 'Space between Chinese characters; delete it',
  },
  'fullwidth-digit': {
    severity: 'warning',
    titleZh: '全角数字',
    titleEn: 'Full-width digits',
    zh: (a) => `数字${q(a.found)}用了全角${expectedZh(a).replace('，应为', '，应为半角')}`,
    en: (a) => `Full-width digits “${a.found}”${expectedEn(a)}`,
  },
  'mixed-date-form': {
    severity: 'warning',
    titleZh: '日期写法不一致',
    titleEn: 'Inconsistent date form',
    zh: (a) => `本稿日期写法不一致：多数用${a.note}，${q(a.found)}宜改为${q(a.expected ?? '')}（GB/T 15835）`,
    en: (a) => `Dates are written two ways in this story; most use ${a.note === '阿拉伯数字' ? 'Arabic digits' : 'Chinese numerals'}: “${a.found}” → “${a.expected}” (GB/T 15835)`,
  },
  'mixed-count-form': {
    severity: 'warning',
    titleZh: '数字写法不一致',
    titleEn: 'Inconsistent number form',
    zh: (a) => `本稿数量写法不一致：多数用${a.note}${a.expected !== undefined ? `，${q(a.found)}宜改为${q(a.expected ?? '')}` : `，${q(a.found)}宜统一`}（GB/T 15835）`,
    en: (a) => `Counts are written two ways in this story; “${a.found}”${a.expected !== undefined ? ` → “${a.expected}”` : ' should match the rest'} (GB/T 15835)`,
  },
  'mixed-unit-form': {
    severity: 'warning',
    titleZh: '单位写法不一致',
    titleEn: 'Inconsistent unit form',
    zh: (a) => `本稿计量单位写法不一致，${q(a.found)}宜统一为${q(a.expected ?? '')}（GB/T 15835）`,
    en: (a) => `A unit is written two ways in this story: “${a.found}” → “${a.expected}” (GB/T 15835)`,
  },
  'missing-terminal-punct': {
    severity: 'warning',
    titleZh: '段末缺标点',
    titleEn: 'Paragraph lacks final punctuation',
    zh: () => '正文段落末尾缺少句末标点，可能漏了“。”',
    en: () => 'Body paragraph does not end in punctuation; “。” may be missing',
  },
};

/** The message for a finding in the UI language (zh-CN by default). */
export function formatMessage(code: FindingCode, args: MessageArgs, language: 'zh' | 'en' = 'zh'): string {
  const info = CODE_INFO[code];
  return language === 'en' ? info.en(args) : info.zh(args);
}

/**
 * The proofreading findings: one closed list of codes, and the one table that describes each (severity, the
 * Chinese and English messages). Every check reports through this table, so the UI, the CLI and the tests
 * speak the same words.
 */

/** Every finding code, in priority order: when two findings overlap, the earlier code wins. */
export const FINDING_CODES = [
  'term',
  'banned-word',
  'misspelled-word',
  'word-in-context',
  'de-di-de',
  'halfwidth-punct',
  'mismatched-pair',
  'unmatched-pair',
  'dash-form',
  'ellipsis-form',
  'doubled-punct',
  'nested-quote',
  'nested-title',
  'quote-terminal',
  'etc-after-ellipsis',
  'doubled-char',
  'space-in-chinese',
  'fullwidth-digit',
  'year-zero-form',
  'range-form',
  'mixed-numeral',
  'idiom-numeral',
  'count-numeral',
  'mixed-date-form',
  'mixed-percent-form',
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

/**
 * Why a context rule fired: `note` carries one of these keys, so the CLI and the UI word the reason in their
 * language (an unknown note, such as a term list's own, is shown as written).
 */
export const RULE_NOTES: Record<string, { zh: string; en: string }> = {
  'jiezhi-point': { zh: '“截至”后接时间点，“截止”不带时间宾语', en: '截至 takes a point in time; 截止 takes no time object' },
  'jiezhi-end': { zh: '“截止”表示到期停止，用在句末或“日期、时间”前', en: '截止 (to close) stands at the end or before 日期/时间' },
  'jiezhi-redundant': { zh: '“截至”已含“到”义，不再加“到”', en: '截至 already means “up to”; drop 到' },
  'zuochu-abstract': { zh: '抽象事物（决定、贡献、努力、规定等）用“作出”', en: 'abstract objects (决定, 贡献, 努力, 规定 …) take 作出' },
  'zuochu-concrete': { zh: '具体物品用“做出”', en: 'concrete things take 做出' },
  'di-adverbial': { zh: '状语后、动词前用“地”', en: '地 joins an adverbial to its verb' },
  'de-complement': { zh: '动词、形容词后引出补语用“得”', en: '得 joins a verb or adjective to its complement' },
  'qita-style': { zh: '本报规定统一用“其他”', en: 'the paper’s style: always 其他' },
  'qita-things': { zh: '本报规定指事物用“其它”', en: 'the paper’s style: 其它 for things' },
  'quote-inside': { zh: '冒号后引用完整的句子，句末点号放在引号内（GB/T 15834）', en: 'a whole sentence quoted after ： keeps its stop inside the quotes (GB/T 15834)' },
  'quote-outside': { zh: '引用的只是句子的一部分，句末点号放在引号外（GB/T 15834）', en: 'a quoted phrase inside a sentence leaves the stop outside (GB/T 15834)' },
};

const noteZh = (note: string | undefined) => (note === undefined ? undefined : (RULE_NOTES[note]?.zh ?? note));
const noteEn = (note: string | undefined) => (note === undefined ? undefined : (RULE_NOTES[note]?.en ?? note));

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
  'misspelled-word': {
    severity: 'error',
    titleZh: '错别字',
    titleEn: 'Misspelling',
    zh: (a) => `${q(a.found)}是错别字${expectedZh(a)}`,
    en: (a) => `“${a.found}” is misspelled${expectedEn(a)}`,
  },
  'word-in-context': {
    severity: 'warning',
    titleZh: '用词（看上下文）',
    titleEn: 'Word in context',
    zh: (a) => withNote(`此处${q(a.found)}应为${q(a.expected ?? '')}`, noteZh(a.note), '：'),
    en: (a) => withNote(`“${a.found}” should read “${a.expected}” here`, noteEn(a.note), ': '),
  },
  'de-di-de': {
    severity: 'warning',
    titleZh: '的地得',
    titleEn: '的/地/得',
    zh: (a) => withNote(`${q(a.found)}疑为误用${expectedZh(a)}`, noteZh(a.note), '：'),
    en: (a) => withNote(`“${a.found}” looks misused${expectedEn(a)}`, noteEn(a.note), ': '),
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
  'nested-quote': {
    severity: 'error',
    titleZh: '引号套用',
    titleEn: 'Nested quotes',
    zh: (a) => `引号内再用引号应改用单引号${expectedZh(a)}（GB/T 15834）`,
    en: (a) => `Quotes inside quotes are single quotes${expectedEn(a)} (GB/T 15834)`,
  },
  'nested-title': {
    severity: 'error',
    titleZh: '书名号套用',
    titleEn: 'Nested book-title marks',
    zh: (a) => `书名号内再用书名号应改用单书名号${expectedZh(a)}（GB/T 15834）`,
    en: (a) => `A title inside a title takes single title marks${expectedEn(a)} (GB/T 15834)`,
  },
  'quote-terminal': {
    severity: 'warning',
    titleZh: '引号与句末点号',
    titleEn: 'Stop inside or outside quotes',
    zh: (a) => withNote(`${q(a.found)}宜改为${q(a.expected ?? '')}`, noteZh(a.note), '：'),
    en: (a) => withNote(`“${a.found}” → “${a.expected}”`, noteEn(a.note), ': '),
  },
  'etc-after-ellipsis': {
    severity: 'error',
    titleZh: '省略号后用“等”',
    titleEn: '等 after an ellipsis',
    zh: (a) => `省略号后不再用${q(a.found)}，二者只用其一（GB/T 15834）`,
    en: (a) => `No “${a.found}” after an ellipsis: use one or the other (GB/T 15834)`,
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
  'year-zero-form': {
    severity: 'error',
    titleZh: '年份中的“〇”',
    titleEn: 'Zero in a Chinese-numeral year',
    zh: (a) => `汉字数字年份中的零写作“〇”${expectedZh(a)}（GB/T 15835）`,
    en: (a) => `A year in Chinese numerals writes zero as 〇${expectedEn(a)} (GB/T 15835)`,
  },
  'range-form': {
    severity: 'error',
    titleZh: '数值范围',
    titleEn: 'Number range',
    zh: (a) => `数值范围用浪纹线“～”或“至”连接，不用${q(a.found)}${expectedZh(a)}（GB/T 15834、GB/T 15835）`,
    en: (a) => `A range takes “～” or 至, not “${a.found}”${expectedEn(a)} (GB/T 15834, GB/T 15835)`,
  },
  'mixed-numeral': {
    severity: 'error',
    titleZh: '数字与汉字混写',
    titleEn: 'Digits mixed with Chinese numerals',
    zh: (a) => `阿拉伯数字不与“十、百、千”等汉字数字连用${expectedZh(a)}（GB/T 15835）`,
    en: (a) => `Do not mix Arabic digits with 十/百/千${expectedEn(a)} (GB/T 15835)`,
  },
  'idiom-numeral': {
    severity: 'error',
    titleZh: '固定词语用汉字数字',
    titleEn: 'Set phrase in Chinese numerals',
    zh: (a) => `成语、惯用语等固定词语中的数字用汉字${expectedZh(a)}（GB/T 15835）`,
    en: (a) => `Numbers in idioms and set phrases are Chinese numerals${expectedEn(a)} (GB/T 15835)`,
  },
  'count-numeral': {
    severity: 'info',
    titleZh: '计量用阿拉伯数字',
    titleEn: 'Counts in Arabic digits',
    zh: (a) => `本报规定计数、计量用阿拉伯数字${expectedZh(a)}`,
    en: (a) => `The paper’s style writes counts and measures in Arabic digits${expectedEn(a)}`,
  },
  'mixed-percent-form': {
    severity: 'warning',
    titleZh: '百分数写法不一致',
    titleEn: 'Inconsistent percentage form',
    zh: (a) => `本稿百分数写法不一致，${q(a.found)}宜统一为${q(a.expected ?? '')}（GB/T 15835）`,
    en: (a) => `Percentages are written two ways in this story: “${a.found}” → “${a.expected}” (GB/T 15835)`,
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

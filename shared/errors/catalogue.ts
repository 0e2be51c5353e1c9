/**
 * Every error Folio shows a person, as a code with named parameters, and its words in zh-CN and English.
 * The store, the services, shared/ rules and the newsroom server throw codes; the UI (i18next) and the CLI
 * translate them, so an English desk never shows Chinese errors and a Chinese desk never shows English ones.
 * Templates use i18next's `{{name}}` interpolation only. A parameter may itself be a coded message (a role, a
 * story state, a nested reason) or a list of them, translated first (./translate.ts).
 * Codes use no dots: i18next reads dots as nested keys.
 */

import type { CatalogueEntry } from './catalogue-entry';
import { DESK_ERRORS } from './catalogue-desk';
import { PROOF_ERRORS } from './catalogue-proof';
import { PAGES_ERRORS } from './catalogue-page';
import { OUTPUT_ERRORS } from './catalogue-output';
import { NEWSROOM_ERRORS } from './catalogue-newsroom';

type Entry = CatalogueEntry;

/** Words used inside messages: one code per value of a model enum (tests/shared/errors walks the enums). */
const WORDS = {
  'list-separator': { params: [], zh: '、', en: ', ' },
  'list-or': { params: [], zh: '或', en: ' or ' },
  'role-editor': { params: [], zh: '编辑', en: 'editor' },
  'role-proofreader': { params: [], zh: '校对', en: 'proofreader' },
  'role-layout': { params: [], zh: '版式', en: 'layout' },
  'role-chief': { params: [], zh: '值班总编', en: 'chief editor on duty' },
  'role-admin': { params: [], zh: '系统管理员', en: 'administrator' },
  'status-draft': { params: [], zh: '草稿', en: 'draft' },
  'status-to-edit': { params: [], zh: '待编', en: 'to edit' },
  'status-edited': { params: [], zh: '已编', en: 'edited' },
  'status-to-proof': { params: [], zh: '待校', en: 'to proof' },
  'status-proofed': { params: [], zh: '已校', en: 'proofed' },
  'status-approved': { params: [], zh: '签发', en: 'approved' },
  'round-first': { params: [], zh: '一校', en: 'first proof' },
  'round-second': { params: [], zh: '二校', en: 'second proof' },
  'round-third': { params: [], zh: '三校', en: 'third proof' },
  'round-read-through': { params: [], zh: '通读', en: 'read-through' },
  'act-mark': { params: [], zh: '添加校对符号', en: 'add proof marks' },
  'act-decide': { params: [], zh: '采纳或退回校对意见', en: 'accept or reject proof marks' },
  'act-sign-round': { params: [], zh: '校次签字', en: 'sign a proof round' },
  'act-sign-page': { params: [], zh: '责任编辑签字', en: "sign as the page's editor" },
  'act-change-modules': { params: [], zh: '移动或改动版面上的稿件块', en: 'move or change modules on the page' },
  'act-approve': { params: [], zh: '签发', en: 'approve the page' },
  'act-withdraw': { params: [], zh: '撤销签发', en: 'withdraw an approval' },
  'act-edit-terms': { params: [], zh: '修改词表', en: 'edit the term list' },
  'act-edit-policy': { params: [], zh: '修改校对制度设置', en: 'change the proofing policy' },
  'furniture-masthead': { params: [], zh: '报头', en: 'The masthead' },
  'furniture-running-head': { params: [], zh: '报眉', en: 'The running head' },
  'furniture-credit-line': { params: [], zh: '责编行', en: 'The credit line' },
  'mark-replace': { params: [], zh: '改正', en: 'A correction' },
  'mark-delete': { params: [], zh: '删除', en: 'A deletion' },
  'mark-insert': { params: [], zh: '增补', en: 'An insertion' },
  'mark-transpose': { params: [], zh: '对调', en: 'A transposition' },
  'mark-run-on': { params: [], zh: '接排', en: 'A run-on' },
  'mark-new-paragraph': { params: [], zh: '另起段', en: 'A new paragraph' },
  'mark-space-increase': { params: [], zh: '加大空距', en: 'More space' },
  'mark-space-decrease': { params: [], zh: '减小空距', en: 'Less space' },
  'mark-stet': { params: [], zh: '保留', en: 'A stet' },
  'mark-note': { params: [], zh: '说明', en: 'A note' },
  'mark-rotate': { params: [], zh: '转正', en: 'Rotate upright' },
  'mark-move': { params: [], zh: '转移', en: 'A move' },
  'mark-shift-vertical': { params: [], zh: '上下移', en: 'Move up or down' },
  'mark-shift-horizontal': { params: [], zh: '左右移', en: 'Move left or right' },
  'mark-align': { params: [], zh: '排齐', en: 'Align' },
  'mark-emphasis': { params: [], zh: '着重号', en: 'Emphasis dots' },
  'mark-font-change': { params: [], zh: '改字体字号', en: 'A change of face or size' },
  'page-status-planning': { params: [], zh: '待排', en: 'planning' },
  'page-status-layout': { params: [], zh: '排版中', en: 'in layout' },
  'page-status-proofing': { params: [], zh: '校对中', en: 'in proofing' },
  'page-status-approved': { params: [], zh: '已签付', en: 'approved' },
  'page-status-sent': { params: [], zh: '已传版', en: 'sent to plate' },
  'module-the-page': { params: [], zh: '版面', en: 'The page' },
  'module-picture': { params: [], zh: '图片', en: 'The picture' },
  'module-story': { params: [], zh: '稿件块', en: 'The story module' },
  'list-with': { params: [], zh: '与', en: ' and ' },
  'quoted': { params: ['word'], zh: '「{{word}}」', en: '“{{word}}”' },
  'someone-else': { params: [], zh: '另一位同事', en: 'a colleague' },
  'another-window': { params: [], zh: '另一个窗口', en: 'another window' },
  'unknown': { params: [], zh: '未知', en: 'unknown' },
  'act-write-text': { params: [], zh: '直接改动稿件文字（请用校对符号提出修改）', en: "change a story's text directly (propose the change as a proof mark)" },
} as const satisfies Record<string, Entry>;

/** What was being done when the disk said no, and what the disk said. */
const DISK = {
  'disk-read-only': { params: [], zh: '所在的磁盘是只读的', en: 'the disk is read-only' },
  'disk-no-permission': { params: [], zh: '没有写入的权限', en: 'no permission to write there' },
  'disk-full': { params: [], zh: '磁盘已满', en: 'the disk is full' },
  'disk-folder-missing': { params: [], zh: '文件夹不存在', en: 'the folder does not exist' },
  'disk-write-failed': { params: [], zh: '写入出错', en: 'a write error' },
  'disk-refused': {
    params: ['what', 'why', 'path', 'errno'],
    zh: '{{what}}：{{why}}（{{path}}，{{errno}}）。',
    en: '{{what}}: {{why}} ({{path}}, {{errno}}).',
  },
  'backup-not-made': { params: [], zh: '备份没有完成', en: 'The backup could not be made' },
} as const satisfies Record<string, Entry>;


export const ERROR_CATALOGUE = { ...WORDS, ...DISK, ...DESK_ERRORS, ...PROOF_ERRORS, ...PAGES_ERRORS, ...OUTPUT_ERRORS, ...NEWSROOM_ERRORS } as const satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A parameter: plain text or a number, or a coded message (or list of them) translated in the same language. */
export type ErrorParam = string | number | ErrorMessage | readonly ErrorMessage[];

/** An error as it travels: a code and its parameters (named as the catalogue says). */
export interface ErrorMessage {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, ErrorParam>>;
}

/** The parameters of one code, by name. */
export type ErrorParams<C extends ErrorCode> = { readonly [K in (typeof ERROR_CATALOGUE)[C]['params'][number]]: ErrorParam };

/** A typed message: `errorMessage('story-not-found', { id })`. */
export function errorMessage<C extends ErrorCode>(code: C, ...params: keyof ErrorParams<C> extends never ? [] : [ErrorParams<C>]): ErrorMessage {
  return { code, params: (params[0] ?? {}) as Record<string, ErrorParam> };
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, code);
}

/** The dictionary of one language: code → i18next template. */
export type ErrorDictionary = Readonly<Record<ErrorCode, string>>;

function dictionary(pick: (entry: Entry) => string): ErrorDictionary {
  return Object.fromEntries(Object.entries(ERROR_CATALOGUE).map(([code, entry]) => [code, pick(entry)])) as Record<ErrorCode, string>;
}

export const ERROR_DICTIONARIES: Readonly<Record<Locale, ErrorDictionary>> = {
  'zh-CN': dictionary((entry) => entry.zh),
  en: dictionary((entry) => entry.en),
};

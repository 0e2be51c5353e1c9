/** Error words of proofreading: marks, checks, rounds, term lists (one part of the catalogue, ./catalogue.ts). */
import type { CatalogueEntry } from './catalogue-entry';

export const PROOF_ERRORS = {
  'mark-not-found': { params: ['id'], zh: '没有这个校对符号：{{id}}', en: 'No such proof mark: {{id}}' },
  'proof-act-forbidden': {
    params: ['role', 'act', 'allowed'],
    zh: '{{role}}不能{{act}}，这需要{{allowed}}来做。',
    en: 'A {{role}} may not {{act}}: that is for the {{allowed}}.',
  },
  'round-already-signed': {
    params: ['page', 'round', 'by', 'at'],
    zh: '第{{page}}版的{{round}}已由{{by}}于 {{at}} 签字。',
    en: 'The {{round}} of page {{page}} was signed by {{by}} at {{at}}.',
  },
  'round-earlier-first': { params: ['earlier', 'round'], zh: '请先完成{{earlier}}签字，再签{{round}}。', en: 'Sign the {{earlier}} before the {{round}}.' },
  'round-missing-for-page': {
    params: ['page', 'round'],
    zh: '第{{page}}版的{{round}}还没有签字，责任编辑不能签字。',
    en: 'The {{round}} of page {{page}} is not signed yet, so the page editor cannot sign.',
  },
  'withdraw-needs-reason': { params: [], zh: '撤销签发需要写明原因。', en: 'Withdrawing an approval needs a reason.' },
  'withdraw-sent': { params: ['page'], zh: '第{{page}}版已传版，不能撤销签发。', en: 'Page {{page}} has been sent to plate: the approval cannot be withdrawn.' },
  'withdraw-not-approved': { params: ['page'], zh: '第{{page}}版没有签发，无需撤销。', en: 'Page {{page}} is not approved: nothing to withdraw.' },
  'round-signed-no-marks': {
    params: ['page', 'round'],
    zh: '第{{page}}版的{{round}}已经签字，不能再添加这一校次的校对符号。',
    en: 'The {{round}} of page {{page}} is signed: no more marks for this round.',
  },
  'mark-text-changed': {
    params: ['quote', 'now'],
    zh: '稿件文字已经改动（选中的是“{{quote}}”，现在这里是“{{now}}”），请刷新后重新标注。',
    en: 'The story text has changed (you selected “{{quote}}”, it now reads “{{now}}”); refresh and mark again.',
  },
  'mark-already-accepted': { params: ['by', 'at'], zh: '这个校对符号已由{{by}}于 {{at}} 采纳。', en: 'This proof mark was accepted by {{by}} at {{at}}.' },
  'mark-already-rejected': { params: ['by', 'at'], zh: '这个校对符号已由{{by}}于 {{at}} 退回。', en: 'This proof mark was rejected by {{by}} at {{at}}.' },
  'mark-already-decided': { params: ['by'], zh: '这个校对符号已经由 {{by}} 处理过了。', en: 'This proof mark was already decided by {{by}}.' },
  'mark-original-deleted': {
    params: ['original'],
    zh: '“{{original}}”已从稿件中删去，这个校对符号无法采纳；请退回并写明原因。',
    en: '“{{original}}” was deleted from the story, so this mark cannot be accepted; reject it with a reason.',
  },
  'mark-drifted': {
    params: ['original', 'now'],
    zh: '标注后原文已改动：标注时是“{{original}}”，现在是“{{now}}”。请核对后再确认采纳。',
    en: 'The marked text changed since the mark was made: it was “{{original}}”, it is now “{{now}}”. Check it, then confirm to accept.',
  },
  'mark-only-author-edits': { params: ['by'], zh: '这个校对符号是{{by}}标注的，只有标注人可以修改。', en: 'This mark was made by {{by}}; only they may edit it.' },
  'mark-no-block': { params: ['block', 'count'], zh: '稿件没有第 {{block}} 段（共 {{count}} 段）。', en: 'The story has no paragraph {{block}} (it has {{count}}).' },
  'mark-range-outside': {
    params: ['start', 'end', 'length'],
    zh: '选区 {{start}}–{{end}} 超出了这一段的文字（共 {{length}} 个字符单元）。',
    en: 'The selection {{start}}–{{end}} runs past the paragraph ({{length}} code units).',
  },
  'mark-splits-character': {
    params: [],
    zh: '选区的边界落在一个字的中间（该字占两个字符单元），请重新选择。',
    en: 'The selection ends in the middle of a character (one that takes two code units); select again.',
  },
  'finding-no-block': { params: ['block'], zh: '稿件已没有第 {{block}} 段，请重新检查。', en: 'The story no longer has paragraph {{block}}; run the check again.' },
  'finding-stale': { params: ['text'], zh: '“{{text}}”已经改动，这条检查结果过时了，请重新检查。', en: '“{{text}}” has changed: this finding is out of date; run the check again.' },
  'transpose-needs-selection': { params: [], zh: '对调需要先选中文字。', en: 'A transposition needs a selection.' },
  'transpose-needs-order': { params: [], zh: '对调两个以上的字时，请写明调换后的次序。', en: 'Transposing more than two characters needs the new order written out.' },
  'transpose-not-reorder': {
    params: ['proposed', 'quote'],
    zh: '对调只能调换次序：“{{proposed}}”不是“{{quote}}”换序而成。',
    en: 'A transposition only changes the order: “{{proposed}}” is not a reordering of “{{quote}}”.',
  },
  'mark-needs-proposed': { params: ['kind'], zh: '{{kind}}需要填写要改成（或补入）的文字。', en: '{{kind}} needs the text to put in.' },
  'mark-proposed-same': { params: [], zh: '改正后的文字与原文相同。', en: 'The correction is the same as the original.' },
  'mark-takes-no-proposed': { params: ['kind'], zh: '{{kind}}不带替换文字（说明请写在 note 里）。', en: '{{kind}} takes no replacement text (write remarks in the note).' },
  'mark-needs-selection': { params: ['kind'], zh: '{{kind}}需要先选中文字。', en: '{{kind}} needs a selection.' },
  'mark-already-withdrawn': { params: ['by', 'at'], zh: '这个校对符号已由 {{by}} 于 {{at}} 撤回。', en: 'This proof mark was withdrawn by {{by}} at {{at}}.' },
  'mark-decided-cannot-withdraw': { params: ['by'], zh: '这个校对符号已由 {{by}} 处理，不能再撤回。', en: '{{by}} has already decided this proof mark; it can no longer be withdrawn.' },
  'mark-withdraw-author-only': { params: ['author'], zh: '这个校对符号是 {{author}} 标注的，只有标注人可以撤回。', en: 'Only {{author}}, who made this proof mark, may withdraw it.' },
  'mark-move-needs-target': { params: [], zh: '转移需要写明移到哪里。', en: 'A move mark needs a note saying where to move the text.' },
  'mark-font-change-needs-note': { params: [], zh: '改字体字号需要写明改成什么字体、字号。', en: 'A change of face or size needs a note naming the face and size.' },
  'terms-not-saved': { params: ['why'], zh: '词表没有保存：{{why}}。', en: 'The term list was not saved: {{why}}.' },
  'terms-rule-empty': { params: ['index'], zh: '第 {{index}} 条规则缺少错误写法或规范写法', en: 'rule {{index}} lacks the wrong or the right spelling' },
  'terms-rule-same': { params: ['word'], zh: '“{{word}}”两边相同', en: '“{{word}}” is the same on both sides' },
  'terms-rule-repeated': { params: ['word'], zh: '“{{word}}”已经列出', en: '“{{word}}” is already listed' },
  'terms-banned-empty': { params: ['index'], zh: '第 {{index}} 个禁用词是空的', en: 'banned word {{index}} is empty' },

  'finding-story-trashed': {
    params: ['title', 'column', 'lastColumn', 'line', 'lastLine'],
    zh: '稿件已删除：「{{title}}」在回收站中，仍占第{{column}}–{{lastColumn}}栏第{{line}}–{{lastLine}}行。请从回收站恢复稿件，或移除此块。',
    en: 'Story deleted: “{{title}}” is in the trash but still takes columns {{column}}–{{lastColumn}}, lines {{line}}–{{lastLine}}. Restore it from the trash or remove this module.',
  },
  'finding-story-missing': {
    params: ['id', 'column', 'lastColumn', 'line', 'lastLine'],
    zh: '稿件不存在：第{{column}}–{{lastColumn}}栏第{{line}}–{{lastLine}}行的稿件（{{id}}）不在本稿库中。请换稿或移除此块。',
    en: 'Story missing: the story of columns {{column}}–{{lastColumn}}, lines {{line}}–{{lastLine}} ({{id}}) is not in this desk. Place another or remove this module.',
  },
  'finding-continuation-broken': {
    params: ['column', 'lastColumn', 'line', 'lastLine'],
    zh: '第{{column}}–{{lastColumn}}栏第{{line}}–{{lastLine}}行的稿件转到的稿件块已换了别的稿件：请重新指定转版位置。',
    en: 'The module that columns {{column}}–{{lastColumn}}, lines {{line}}–{{lastLine}} continue to now holds another story: link the continuation again.',
  },
} as const satisfies Record<string, CatalogueEntry>;

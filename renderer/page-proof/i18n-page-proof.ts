/**
 * The page proof mode's strings (key `pageProof`), zh-CN first. Added to i18next on first use rather than in
 * renderer/i18n/{zh-CN,en}.ts, so this folder stays self-contained.
 */
import i18next from 'i18next';

export const pageProofZhCN = {
  toggle: '校样',
  toggleTitle: '在版面上显示校对符号；校对和编辑可在版面上拖选文字加符号',
  print: '打印校样',
  printing: '正在生成校样…',
  round: '校次',
  readOnly: '只读：{{role}}不能添加校对符号',
  hint: '在正文上拖选文字以添加校对符号',
  unplaced: '{{n}} 处校对符号不在本版（超版或原文已删）',
  watermark: '校样',
};

export const pageProofEn: typeof pageProofZhCN = {
  toggle: 'Proof',
  toggleTitle: 'Show the proof marks on the page; proofreaders and editors drag across text to mark it',
  print: 'Print proof',
  printing: 'Making the proof…',
  round: 'Round',
  readOnly: 'Read-only: a {{role}} cannot add proof marks',
  hint: 'Drag across text on the page to add a proof mark',
  unplaced: '{{n}} marks are not on this page (overset or deleted text)',
  watermark: '校样',
};

let added = false;

/** Registers the strings once (after i18next was initialised by main.tsx). */
export function ensurePageProofStrings(): void {
  if (added || !i18next.isInitialized) return;
  i18next.addResourceBundle('zh-CN', 'translation', { pageProof: pageProofZhCN }, true, false);
  i18next.addResourceBundle('en', 'translation', { pageProof: pageProofEn }, true, false);
  added = true;
}

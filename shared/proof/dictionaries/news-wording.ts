/**
 * Forms news organisations forbid or require, built in and merged with the paper's own term list (the paper's
 * own entry for the same form wins). Data only. `before`/`after`: the entry applies only where the form stands
 * right before / right after one of these strings; `notBefore`/`notAfter`: not there.
 * Source: 新华社《新闻信息报道中的禁用词和慎用词》(2016 年 7 月修订), the sections on disabled people, 港澳台,
 * international affairs and ethnic groups. Update this list when the agency revises it.
 */
export const WORDING_SOURCE = '新华社《新闻信息报道中的禁用词和慎用词》';

export interface WordingContext {
  before?: readonly string[];
  after?: readonly string[];
  notBefore?: readonly string[];
  notAfter?: readonly string[];
}

export interface WordingEntry extends WordingContext {
  /** The form found in copy. */
  wrong: string;
  /** The required form; absent: the form is banned outright and a person rewrites the sentence. */
  right?: string;
  /** Why, in a few words (shown with the source). */
  why: string;
}

export const NEWS_WORDING: readonly WordingEntry[] = [
  { wrong: '残废人', right: '残疾人', why: '不使用蔑称' },
  { wrong: '瞎子', right: '盲人', why: '不使用蔑称' },
  { wrong: '聋子', right: '聋人', why: '不使用蔑称' },
  { wrong: '傻子', right: '智力障碍者', why: '不使用蔑称' },
  { wrong: '呆子', right: '智力障碍者', notAfter: ['书'], why: '不使用蔑称' },
  { wrong: '弱智', right: '智力障碍者', why: '不使用蔑称' },
  { wrong: '独眼龙', why: '不使用蔑称' },
  { wrong: '台湾总统', right: '台湾地区领导人', why: '涉台用语' },
  { wrong: '台湾领导人', right: '台湾地区领导人', why: '涉台用语' },
  { wrong: '台湾总统府', right: '台湾地区领导人办公室', why: '涉台用语' },
  { wrong: '台湾政府', right: '台湾当局', why: '涉台用语' },
  { wrong: '台湾行政院', right: '台湾地区行政管理机构', why: '涉台用语' },
  { wrong: '台湾立法院', right: '台湾地区立法机构', why: '涉台用语' },
  { wrong: '台湾国防部', right: '台湾地区防务部门', why: '涉台用语' },
  { wrong: '台湾外交部', right: '台湾地区外事部门', why: '涉台用语' },
  { wrong: '中台关系', right: '两岸关系', why: '涉台用语' },
  { wrong: '中国', right: '大陆', before: ['和台湾', '与台湾'], why: '不将台湾与中国并列' },
  { wrong: '中国', right: '内地', before: ['和香港', '与香港', '和澳门', '与澳门', '和港澳', '与港澳'], why: '不将港澳与中国并列' },
  { wrong: '大陆', right: '内地', before: ['和香港', '与香港', '和澳门', '与澳门', '和港澳', '与港澳'], why: '涉港澳用“内地”' },
  { wrong: '中港台', why: '不将港台与中国并列' },
  { wrong: '中港两地', right: '内地与香港', why: '不将香港与中国并列' },
  { wrong: '香港回归中国', right: '香港回归祖国', why: '涉港用语' },
  { wrong: '澳门回归中国', right: '澳门回归祖国', why: '涉澳用语' },
  { wrong: '亚洲四小龙', why: '不将台湾与国家并列' },
  { wrong: '南韩', right: '韩国', why: '国名' },
  { wrong: '北韩', right: '朝鲜', why: '国名' },
  { wrong: '北朝鲜', right: '朝鲜', why: '国名' },
  { wrong: '南朝鲜', right: '韩国', why: '国名' },
  { wrong: '满清', right: '清朝', why: '民族用语' },
  { wrong: '鞑子', why: '民族蔑称' },
  { wrong: '蛮子', why: '民族蔑称' },
];

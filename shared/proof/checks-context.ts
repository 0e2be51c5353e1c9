/**
 * Words right only in context: 截止/截至 (by what follows), 做出/作出 (by the object), and 其他/其它 by the
 * paper's style. Each rule is a closed pattern with lists, so it fires only where the choice is clear; a word
 * the lists do not know is left to the proofreader.
 */
import type { LocalFinding } from './finding';
import type { ParagraphCheck } from './paragraph';

/** House-style choices the checks follow (absent: not checked). */
export interface ProofStyle {
  /** '其他': the paper writes 其他 for people and things alike, so 其它 is flagged. */
  other?: '其他';
  /** Counts and measures in Arabic digits (三十五人 → 35人). */
  arabicCounts?: boolean;
}

/** A point in time right after 截止 (截止目前, 截止11月底, 截止今年 …): the word there is 截至. */
const TIME_POINT = '(?:\\d|[〇一二三四五六七八九十]{1,4}[年月日]|目前|今年|今天|今日|昨天|昨日|本月|上月|本周|上周|年底|年末|月底|月末|日前|去年|前年|发稿|记者发稿|当天|当日|现在|此前|上半年|下半年|第[一二三四]季度|一季度|二季度|三季度|四季度|本季度)';
const JIEZHI_BEFORE_POINT = new RegExp(`截止(?=${TIME_POINT})`, 'g');
/** 截至 needs an object: at a clause end or before 日期/时间 (a deadline) the word is 截止. */
const JIEZHI_AS_END = /截至(?=[，。；！？、）”]|$|日期|时间|期限)/g;
const JIEZHI_DAO = /截至到/g;

const ABSTRACT = '(?:决定|决策|决议|贡献|努力|规定|安排|部署|判断|承诺|回应|答复|解释|说明|评价|批示|指示|结论|判决|裁决|裁定|处罚|处分|让步|牺牲|保证|论断)';
const MODIFIER = '(?:(?:一个|一项|一些|一系列|重大|重要|积极|突出|巨大|新|更大|应有|相应|正确|明确|最终|初步|书面|具体|全面|统一|专门|特别|必要|科学|合理|郑重|庄严|公开|不懈|艰苦|卓越|杰出|很大|不少|了不起)的?)';
const ZUOCHU_ABSTRACT = new RegExp(`做出(?=了?${MODIFIER}{0,2}${ABSTRACT})`, 'g');
const CONCRETE = '(?:饭菜|菜肴|蛋糕|点心|面包|衣服|家具|模型|样品|样机|月饼|饺子|馒头|包子|玩具|鞋子|桌子|椅子|手工艺品)';
const ZUOCHU_CONCRETE = new RegExp(`作出(?=了?(?:一桌|一道|一个|一件|一双|一把|一批|一些|许多|很多|好吃的|美味的|精美的)?${CONCRETE})`, 'g');

function push(out: LocalFinding[], at: number, found: string, expected: string, note: string): void {
  out.push({ code: 'word-in-context', start: at, end: at + found.length, suggestion: expected, args: { found, expected, note } });
}

export function contextCheck(style: ProofStyle): ParagraphCheck {
  return (paragraph, _next, out) => {
    const text = paragraph.text;
    if (text.includes('截')) {
      for (const m of text.matchAll(JIEZHI_BEFORE_POINT)) push(out, m.index, '截止', '截至', 'jiezhi-point');
      for (const m of text.matchAll(JIEZHI_AS_END)) push(out, m.index, '截至', '截止', 'jiezhi-end');
      for (const m of text.matchAll(JIEZHI_DAO)) push(out, m.index, '截至到', '截至', 'jiezhi-redundant');
    }
    if (text.includes('出')) {
      for (const m of text.matchAll(ZUOCHU_ABSTRACT)) push(out, m.index, '做出', '作出', 'zuochu-abstract');
      for (const m of text.matchAll(ZUOCHU_CONCRETE)) push(out, m.index, '作出', '做出', 'zuochu-concrete');
    }
    if (style.other === '其他') {
      for (let at = text.indexOf('其它'); at >= 0; at = text.indexOf('其它', at + 2)) push(out, at, '其它', '其他', 'qita-style');
    }
  };
}

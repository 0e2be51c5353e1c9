/**
 * 的/地/得, only where the choice is certain. 地 after a reduplicated adverbial before a listed verb that is
 * followed by an aspect mark, a direction or the clause end (慢慢的走了 → 慢慢地走了); 得 between a listed
 * intransitive verb or adjective and a degree complement that ends the clause (跑的很快。 → 跑得很快。).
 * Anything less certain (认真的学习 may be a noun phrase: 认真的学习态度) is left alone.
 */
import type { ParagraphCheck } from './paragraph';

const REDUPLICATED = '(?:慢慢|渐渐|悄悄|轻轻|紧紧|牢牢|狠狠|偷偷|缓缓|稳稳|静静|默默|深深|久久|好好|频频|连连|匆匆|死死|细细|早早|暗暗|微微|认认真真|仔仔细细|踏踏实实|扎扎实实|高高兴兴|清清楚楚|明明白白|实实在在|反反复复|稳稳当当|安安静静|开开心心|勤勤恳恳|一步一步|一点一点)';
const VERB = '(?:走|跑|说|看|听|想|笑|哭|点头|摇头|站|坐|握|抓|抱|盯|望|写|读|学|做|干|推|拉|放|拿|打开|关上|离开|流逝|消失|退出|升起|落下|发展|推进|提高|增长|改变|变化|靠近|走来|走去|走进|走出|说道|回答|问道|转身|抬头|低头|睁开|闭上|流下|流|飘|吹|响|亮|学习|工作|前进|落实|完成|解决|融入|恢复|上升|下降|降临|来临|改善|形成|积累|爬|跳|飞|游|唱|喊|叫|吃|喝|睡)';
const AFTER_VERB = '(?:[着了过在到出进上回去来，。；！？、]|起来|下去|$)';
const DI = new RegExp(`(?<=${REDUPLICATED})的(?=${VERB}${AFTER_VERB})`, 'g');

const INTRANSITIVE = '(?:跑|飞|睡|哭|笑|跳|忙|累|高兴|激动|紧张|兴奋|开心|难过|伤心)';
const DEGREE = '(?:很|非常|十分|特别|格外|极|太)[\\u4e00-\\u9fff]{1,2}(?=[，。；！？]|$)';
const DE = new RegExp(`(?<=${INTRANSITIVE})[的地](?=${DEGREE})`, 'g');

export const checkDeDiDe: ParagraphCheck = (paragraph, _next, out) => {
  const text = paragraph.text;
  for (const m of text.matchAll(DI)) out.push({ code: 'de-di-de', start: m.index, end: m.index + 1, suggestion: '地', args: { found: '的', expected: '地', note: 'di-adverbial' } });
  for (const m of text.matchAll(DE)) out.push({ code: 'de-di-de', start: m.index, end: m.index + 1, suggestion: '得', args: { found: m[0], expected: '得', note: 'de-complement' } });
};

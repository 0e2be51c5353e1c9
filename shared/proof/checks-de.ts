/**
 * 的/地/得, only where the choice is certain. 地 after a reduplicated adverbial before a listed verb that is
 * followed by an aspect mark, a direction or the clause end (慢慢的走了 → 慢慢地走了); 得 between a listed
 * intransitive verb or adjective and a degree complement that ends the clause (跑的很快。 → 跑得很快。).
 * Also 地 after an adjective used adverbially (认真、积极、紧张有序 …) on the same terms; 得 after a verb of result
 * (解决的很彻底) and before a four-character complement (干的热火朝天). Anything less certain (认真的学习 may be a
 * noun phrase: 认真的学习态度; 认真的听取意见 is left too, its verb being followed by an object) is left alone.
 */
import type { ParagraphCheck } from './paragraph';

const REDUPLICATED = ['慢慢', '渐渐', '悄悄', '轻轻', '紧紧', '牢牢', '狠狠', '偷偷', '缓缓', '稳稳', '静静', '默默', '深深', '久久', '好好', '频频', '连连', '匆匆', '死死', '细细', '早早', '暗暗', '微微', '认认真真', '仔仔细细', '踏踏实实', '扎扎实实', '高高兴兴', '清清楚楚', '明明白白', '实实在在', '反反复复', '稳稳当当', '安安静静', '开开心心', '勤勤恳恳', '一步一步', '一点一点'];
const VERB = '(?:走|跑|说|看|听|想|笑|哭|点头|摇头|站|坐|握|抓|抱|盯|望|写|读|学|做|干|推|拉|放|拿|打开|关上|离开|流逝|消失|退出|升起|落下|发展|推进|提高|增长|改变|变化|靠近|走来|走去|走进|走出|说道|回答|问道|转身|抬头|低头|睁开|闭上|流下|流|飘|吹|响|亮|学习|工作|前进|落实|完成|解决|融入|恢复|上升|下降|降临|来临|改善|形成|积累|爬|跳|飞|游|唱|喊|叫|吃|喝|睡)';
const AFTER_VERB = '(?:[着了过在到出进上回去来，。；！？、]|起来|下去|$)';
/** What follows 的 in the 地 case, tried right after it (sticky). */
const DI_AFTER = new RegExp(`${VERB}${AFTER_VERB}`, 'y');

/** Adjectives used as adverbials before a verb (认真的推进了 → 认真地推进了), with the same certainty test. */
const ADVERBIAL = ['认真', '积极', '主动', '紧张有序', '有序', '扎实', '深入', '热情', '耐心', '仔细', '迅速', '顺利', '稳步', '飞快', '逐步', '逐渐', '自觉', '大胆', '坚定', '悄然', '热烈', '愉快'];
const INTRANSITIVE = ['跑', '飞', '睡', '哭', '笑', '跳', '忙', '累', '高兴', '激动', '紧张', '兴奋', '开心', '难过', '伤心'];
/**
 * Verbs whose result is judged (解决的很彻底 → 解决得很彻底): a 的 after them before 很/非常 + adjective at the
 * clause end is never a noun phrase in news copy. Verbs that make a thing (做, 写, 画, 买 …) are left out: 他做的很好吃.
 */
const RESULT_VERBS = ['解决', '完成', '落实', '开展', '推进', '处理', '安排', '布置', '打扫', '收拾', '整理', '执行', '贯彻'];
/** Four-character complements of degree or state (干得热火朝天, 讲得头头是道): after a verb, 的 before one is 得. */
const COMPLEMENT = '(?:热火朝天|有声有色|井井有条|红红火火|淋漓尽致|一干二净|清清楚楚|明明白白|干干净净|整整齐齐|头头是道|津津有味|乱七八糟|一塌糊涂|滚瓜烂熟|面红耳赤|满头大汗|热泪盈眶|目瞪口呆|心服口服|恰到好处|有条不紊|风生水起|如火如荼|一清二楚|服服帖帖|稳稳当当)';
const COMPLEMENT_AFTER = new RegExp(`${COMPLEMENT}(?=[，。；！？]|$)`, 'y');
/** A pronoun or plural before 的 makes it possessive (他们的热火朝天): never a complement. */
const POSSESSOR = ['们', '我', '你', '他', '她', '它', '谁', '自己'];
const DEGREE_AFTER = /(?:很|非常|十分|特别|格外|极|太)[\u4e00-\u9fff]{1,2}(?=[，。；！？]|$)/y;

const endsWithAny = (text: string, at: number, words: readonly string[]) => words.some((w) => at >= w.length && text.startsWith(w, at - w.length));
const followedBy = (sticky: RegExp, text: string, at: number) => {
  sticky.lastIndex = at;
  return sticky.test(text);
};

/** Scans for 的 and 地 with indexOf (few per sentence) and looks around each one. */
export const checkDeDiDe: ParagraphCheck = (paragraph, _next, out) => {
  const text = paragraph.text;
  const nextDe = (from: number) => {
    const de = text.indexOf('的', from);
    const di = text.indexOf('地', from);
    return de < 0 ? di : di < 0 ? de : Math.min(de, di);
  };
  for (let at = nextDe(0); at >= 0; at = nextDe(at + 1)) {
    const found = text[at];
    if (found === '的' && (endsWithAny(text, at, REDUPLICATED) || endsWithAny(text, at, ADVERBIAL)) && followedBy(DI_AFTER, text, at + 1)) {
      out.push({ code: 'de-di-de', start: at, end: at + 1, suggestion: '地', args: { found, expected: '地', note: 'di-adverbial' } });
    } else if ((endsWithAny(text, at, INTRANSITIVE) || (found === '的' && endsWithAny(text, at, RESULT_VERBS))) && followedBy(DEGREE_AFTER, text, at + 1)) {
      out.push({ code: 'de-di-de', start: at, end: at + 1, suggestion: '得', args: { found, expected: '得', note: 'de-complement' } });
    } else if (found === '的' && at > 0 && /[\u4e00-\u9fff]/.test(text[at - 1]) && !endsWithAny(text, at, POSSESSOR) && followedBy(COMPLEMENT_AFTER, text, at + 1)) {
      out.push({ code: 'de-di-de', start: at, end: at + 1, suggestion: '得', args: { found, expected: '得', note: 'de-complement' } });
    }
  }
};

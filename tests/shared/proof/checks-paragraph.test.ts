/** A body paragraph ends in punctuation; headlines, bylines, intertitles and signatures never do. */
import { describe, expect, it } from 'vitest';
import { checkStory, checkText, guessKind } from '../../../shared/proof';
import { hits } from './helpers';

describe('missing-terminal-punct', () => {
  it('flags a body paragraph (paragraph, lead, run-in) without final punctuation; the fix appends 。', () => {
    expect(hits('还要完', 'missing-terminal-punct')).toEqual([['完', '完。']]);
    expect(hits('本报讯 会议召开', 'missing-terminal-punct', 'lead')).toEqual([['开', '开。']]);
    expect(hits('履行“第一责任人”', 'missing-terminal-punct')).toEqual([['”', '”。']]);
  });
  it('covers an astral last character whole (2 UTF-16 units)', () => {
    expect(hits('这是𠮷', 'missing-terminal-punct')).toEqual([['𠮷', '𠮷。']]);
  });
  it('accepts stops, ellipses, colons, semicolons, and a stop inside closing quotes or brackets', () => {
    for (const text of ['好。', '好！', '好？', '好……', '如下：', '第一；', '他说：“好。”', '（完。）', '好。  ']) {
      expect(hits(text, 'missing-terminal-punct')).toEqual([]);
    }
  });
  it('accepts a bracketed note after the last sentence (（完）, a reporter credit) but not a bare one', () => {
    expect(hits('会议圆满结束。（完）', 'missing-terminal-punct')).toEqual([]);
    expect(hits('会议圆满结束。（记者 张三）', 'missing-terminal-punct')).toEqual([]);
    expect(hits('会议圆满结束（完）', 'missing-terminal-punct')).toEqual([['）', '）。']]);
  });
  it('holds captions written in sentences to it, but not one-phrase captions', () => {
    const caption = (text: string) =>
      checkStory({ blocks: [{ type: 'figure', image: null, caption: [{ text }], credit: [{ text: '彭锦 摄' }] }] }, { only: ['missing-terminal-punct'] }).map((f) => [f.part, f.text]);
    expect(caption('近日，太钢鑫磊公司组织述职')).toEqual([['caption', '职']]);
    expect(caption('会议现场')).toEqual([]);
  });
  it('never flags headlines, bylines, intertitles, signatures', () => {
    expect(hits('一腔热血写春秋', 'missing-terminal-punct', 'headline')).toEqual([]);
    expect(hits('■特约记者 郭红梅', 'missing-terminal-punct', 'byline')).toEqual([]);
    expect(hits('深情的投入', 'missing-terminal-punct', 'intertitle')).toEqual([]);
    expect(hits('（胜利桥地区党总支）', 'missing-terminal-punct', 'signature')).toEqual([]);
  });
});

describe('plain text paragraph kinds', () => {
  it('guesses headings, bylines, signatures, credits and body text from the line', () => {
    expect(guessKind('# 炼钢二厂“三关”保“三联”取实效')).toBe('headline');
    expect(guessKind('### 深情的投入')).toBe('intertitle');
    expect(guessKind('■通讯员 韩海东 报道')).toBe('byline');
    expect(guessKind('(胜利桥地区党总支)')).toBe('signature');
    expect(guessKind('彭锦 摄')).toBe('credit');
    expect(guessKind('一腔热血写春秋')).toBe('headline');
    expect(guessKind('加强组织领导，起好表率作用。')).toBe('paragraph');
    expect(guessKind('这是一段很长的没有任何标点符号的正文它超过了四十个字所以不会是标题而是丢了标点的正文段落')).toBe('paragraph');
  });
  it('gives offsets into the whole text across lines, CRLF and # marks', () => {
    const text = '# 标题,新\r\n\r\n正文,正文。\r\n第二段，还有\u3000内容\n';
    const findings = checkText(text);
    expect(findings.map((f) => [f.code, f.start, f.end, f.text])).toEqual([
      ['halfwidth-punct', 4, 5, ','],
      ['halfwidth-punct', 12, 13, ','],
      ['space-in-chinese', 24, 25, '\u3000'],
      ['missing-terminal-punct', 26, 27, '容'],
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

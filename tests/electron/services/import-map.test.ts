import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import { htmlToParagraphs } from '../../../electron/services/import/html-paragraphs';
import { mapBlocks } from '../../../electron/services/import/map-blocks';
import { thrownText } from '../../error-text';
import { decodeText, textToParagraphs } from '../../../electron/services/import/text-paragraphs';

const fromText = (text: string) => mapBlocks(textToParagraphs(text), { plainText: true });
const fromHtml = (html: string) => mapBlocks(htmlToParagraphs(html));
const shape = (blocks: Block[]) =>
  blocks.map((b) => (b.type === 'figure' ? `figure:${b.caption.map((r) => r.text).join('')}|${b.credit.map((r) => r.text).join('')}` : `${b.type}:${b.runs.map((r) => r.text).join('')}`));

describe('plain-text copy → blocks', () => {
  it('recognises head, byline, lead, intertitle and signature', () => {
    const text = [
      '一腔热血写春秋',
      '——记能源动力总厂优秀共产党员卫晋毅',
      '■特约记者 郭红梅',
      '本报讯 卫晋毅，一位有着二十年党龄的优秀共产党员。',
      '　　他带领职工以管理制度创新为核心。',
      '          深情的投入',
      '他说：“我们要干好。”',
      '（胜利桥地区党总支）',
    ].join('\r\n');
    expect(shape(fromText(text))).toEqual([
      'headline:一腔热血写春秋',
      'subheadline:——记能源动力总厂优秀共产党员卫晋毅',
      'byline:■特约记者 郭红梅',
      'lead:本报讯 卫晋毅，一位有着二十年党龄的优秀共产党员。',
      'paragraph:他带领职工以管理制度创新为核心。',
      'intertitle:深情的投入',
      'paragraph:他说：“我们要干好。”',
      'signature:（胜利桥地区党总支）',
    ]);
  });

  it('reads kicker, headline and subheadline from three head lines, and 本报记者 bylines', () => {
    expect(shape(fromText('深化改革促发展\n炼钢二厂保三联\n——质量效益双提升\n本报记者 张三 通讯员 李四\n本报太原3月5日电 今天，会议召开。'))).toEqual([
      'kicker:深化改革促发展',
      'headline:炼钢二厂保三联',
      'subheadline:——质量效益双提升',
      'byline:本报记者 张三 通讯员 李四',
      'lead:本报太原3月5日电 今天，会议召开。',
    ]);
  });

  it('keeps a sentence that begins like a byline as a paragraph, and a parenthesis mid-story as text', () => {
    expect(shape(fromText('标题\n本报记者日前从市政府获悉，今年将新建学校十所。\n（一）\n正文结束。'))).toEqual([
      'headline:标题',
      'paragraph:本报记者日前从市政府获悉，今年将新建学校十所。',
      'intertitle:（一）',
      'paragraph:正文结束。',
    ]);
  });

  it('takes numbered section heads (一、 / （二）) as intertitles', () => {
    expect(shape(fromText('标题\n本报讯 会议召开。\n一、加强组织领导\n各单位要重视。\n（二）落实责任\n责任到人。'))).toEqual([
      'headline:标题',
      'lead:本报讯 会议召开。',
      'intertitle:一、加强组织领导',
      'paragraph:各单位要重视。',
      'intertitle:（二）落实责任',
      'paragraph:责任到人。',
    ]);
  });

  it('decodes UTF-8, UTF-8 with BOM, UTF-16 and GBK', () => {
    const text = '本报讯 中文稿件。';
    expect(decodeText(Buffer.from(text, 'utf8'), 'a.txt')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'a.txt')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'a.txt')).toBe(text);
    // “中文” in GBK.
    expect(decodeText(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), 'a.txt')).toBe('中文');
    expect(thrownText(() => decodeText(Buffer.from([0x41, 0x00, 0x42]), 'a.txt'))).toMatch(/a.txt 不是纯文本/);
  });
});

describe('Word HTML → blocks', () => {
  it('maps headings, bold run-in heads, centred and bold intertitles', () => {
    const html =
      '<h2>深化改革</h2><h1>炼钢二厂保三联</h1><p>■本报记者 张三</p>' +
      '<p>本报讯 今天，<strong>炼钢二厂</strong>召开会议。</p>' +
      '<p class="center">严把质量关</p><p><strong>严把质量关：</strong>工人们说好。</p>' +
      '<p><strong>全是粗体的短行</strong></p><h2>第二个小标题</h2><p>最后一段。<br />软回车后的一行。</p>';
    const blocks = fromHtml(html);
    expect(shape(blocks)).toEqual([
      'kicker:深化改革',
      'headline:炼钢二厂保三联',
      'byline:■本报记者 张三',
      'lead:本报讯 今天，炼钢二厂召开会议。',
      'intertitle:严把质量关',
      'runin:严把质量关：工人们说好。',
      'intertitle:全是粗体的短行',
      'intertitle:第二个小标题',
      'paragraph:最后一段。',
      'paragraph:软回车后的一行。',
    ]);
    expect(blocks[3]).toEqual({ type: 'lead', runs: [{ text: '本报讯 今天，' }, { text: '炼钢二厂', bold: true }, { text: '召开会议。' }] });
    expect(blocks[5]).toEqual({ type: 'runin', runs: [{ text: '严把质量关：', bold: true }, { text: '工人们说好。' }] });
  });

  it('turns a picture into a figure with its caption and credit, split when they share a line', () => {
    const image = { assetId: 'a'.repeat(64), widthPx: 640, heightPx: 480 };
    const html =
      '<h1>标题</h1><p>正文。</p><p><img src="folio-image:0" /></p><p>图为会议现场。本报记者 彭锦 摄</p>' +
      '<p><img src="folio-image:1" /></p><p>图为车间一角</p><p>李四 提供</p><p>正文继续。</p>';
    const blocks = mapBlocks(htmlToParagraphs(html), { image: (i) => (i === 0 ? image : null) });
    expect(shape(blocks)).toEqual([
      'headline:标题',
      'paragraph:正文。',
      'figure:图为会议现场。|本报记者 彭锦 摄',
      'figure:图为车间一角|李四 提供',
      'paragraph:正文继续。',
    ]);
    expect(blocks[2]).toMatchObject({ type: 'figure', image });
    expect(blocks[3]).toMatchObject({ type: 'figure', image: null });
  });

  it('decodes entities and drops empty paragraphs', () => {
    expect(shape(fromHtml('<p>A &amp; B 公司&lt;合作&gt;。</p><p> </p><p></p>'))).toEqual(['paragraph:A & B 公司<合作>。']);
  });
});

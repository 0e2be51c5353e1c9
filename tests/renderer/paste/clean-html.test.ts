// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../renderer/editor/paste/clean-html';
import { plainTextBlocks } from '../../../renderer/editor/paste/plain-text';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const clean = (html: string) => cleanHtml(html, new DOMParser());

describe('cleanHtml: Word HTML', () => {
  const blocks = clean(fixture('word-story.html'));

  it('maps the Word document to our element types, dropping styles, <o:p> and XML; a list bullet becomes ●', () => {
    expect(blocks).toEqual([
      { type: 'headline', runs: [{ text: '炼钢二厂“三关”“三联”取实效' }] },
      {
        type: 'paragraph',
        runs: [{ text: '本报讯　今年以来，炼钢二厂党委紧紧围绕生产经营中心任务，以“三关”“三联”为抓手，推动党建工作与生产经营深度融合。' }],
      },
      {
        type: 'runin',
        runs: [
          { text: '关心职工生活。', bold: true },
          { text: '该厂党委坚持每月走访困难职工家庭，帮助解决实际问题12件，' },
          { text: '职工满意度', emphasis: true },
          { text: '明显提升。' },
        ],
      },
      { type: 'intertitle', runs: [{ text: '三联促发展' }] },
      { type: 'paragraph', runs: [{ text: '●联系班组，每周深入一线。' }] },
      { type: 'figure', image: null, caption: [{ text: '炉前工人正在测温' }], credit: [{ text: '' }] },
      { type: 'paragraph', runs: [{ text: '（炼钢二厂党委）' }] },
    ]);
  });

  it('keeps no trace of Office markup in the text', () => {
    const text = JSON.stringify(blocks);
    for (const junk of ['mso', 'Mso', 'font-family', 'xml', 'endif', 'supportLists', '·', 'clip_image']) {
      expect(text).not.toContain(junk);
    }
  });
});

describe('cleanHtml: lists, super/subscript and tables (kept as text, never dropped)', () => {
  it('keeps the numbers Word typed for an mso-list, without their padding', () => {
    const word = [1, 2].map((n) =>
      `<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>` +
      `<span lang=EN-US style='mso-fareast-font-family:宋体'><span style='mso-list:Ignore'>${n}.<span style='font:7.0pt "Times New Roman"'>` +
      `&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:宋体'>第${n}条措施。<o:p></o:p></span></p>`,
    ).join('\n');
    const wps = `<p style='mso-list:l1 level1 lfo2'><![if !supportLists]><span>（一）</span><![endif]>加强领导。</p>`;
    expect(clean(word + wps)).toEqual([
      { type: 'paragraph', runs: [{ text: '1.第1条措施。' }] },
      { type: 'paragraph', runs: [{ text: '2.第2条措施。' }] },
      { type: 'paragraph', runs: [{ text: '（一）加强领导。' }] },
    ]);
  });

  it('numbers <ol> items from start/value in the list\'s type, bullets <ul> items, and numbers nested lists on their own', () => {
    const html =
      '<ol start="3"><li>甲</li><li>乙<ol type="a"><li>子一</li><li>子二</li></ol></li><li value="9">丙</li></ol>' +
      '<ol type="I"><li>一</li><li>二</li><li>三</li><li>四</li></ol><ul><li><p>要点</p></li></ul>';
    expect(clean(html).map((b) => (b.type === 'figure' ? '' : b.runs.map((r) => r.text).join('')))).toEqual([
      '3.甲', '4.乙', 'a.子一', 'b.子二', '9.丙', 'I.一', 'II.二', 'III.三', 'IV.四', '●要点',
    ]);
  });

  it('turns superscript and subscript into their Unicode characters where every one exists', () => {
    const html = '<p>面积120m<sup>2</sup>，排放CO<sub>2</sub>，第1<sup>st</sup>名，10<span style="vertical-align:super">-3</span></p>';
    expect(clean(html)).toEqual([{ type: 'paragraph', runs: [{ text: '面积120m²，排放CO₂，第1st名，10⁻³' }] }]);
  });

  it('makes a table one paragraph per row, cells joined by ｜ (Word puts a <p> in each cell)', () => {
    const html =
      '<table class=MsoTableGrid><tr><td><p class=MsoNormal>单位<o:p></o:p></p></td><td><p class=MsoNormal><b>产量</b></p></td></tr>' +
      '<tr><td><p>炼钢二厂</p></td><td><p>120<br>万吨</p></td></tr></table><p>表后正文。</p>';
    expect(clean(html)).toEqual([
      { type: 'paragraph', runs: [{ text: '单位｜' }, { text: '产量', bold: true }] },
      { type: 'paragraph', runs: [{ text: '炼钢二厂｜120 万吨' }] },
      { type: 'paragraph', runs: [{ text: '表后正文。' }] },
    ]);
  });
});

describe('cleanHtml: web pages', () => {
  it('reads span soup: bold by style becomes a mark, colours and classes go', () => {
    const html =
      '<div class="article"><span style="color:red;font-size:18px"><span>网页</span></span><span class="x">正文</span>' +
      '<span style="font-weight:700">加粗</span></div>';
    expect(clean(html)).toEqual([{ type: 'paragraph', runs: [{ text: '网页正文' }, { text: '加粗', bold: true }] }]);
  });

  it('splits paragraphs at <p> and <br><br>, never keeping empty ones', () => {
    const html = '<p>第一段</p><p>&nbsp;</p>第二段<br><br>第三段<br>';
    expect(clean(html).map((b) => (b.type === 'figure' ? '' : b.runs[0].text))).toEqual(['第一段', '第二段', '第三段']);
  });

  it('maps headings: h1 → 主题 (or 小标题 when asked), h2–h6 → 小标题', () => {
    const html = '<h1>大标题</h1><h3>小节</h3><p>正文</p>';
    expect(clean(html).map((b) => b.type)).toEqual(['headline', 'intertitle', 'paragraph']);
    expect(cleanHtml(html, new DOMParser(), { h1As: 'intertitle' })[0].type).toBe('intertitle');
  });

  it('marks a paragraph opening in <strong> as a run-in, but not one that is all bold', () => {
    expect(clean('<p><strong>本报讯</strong> 昨天</p>')[0]).toEqual({
      type: 'runin',
      runs: [{ text: '本报讯', bold: true }, { text: ' 昨天' }],
    });
    expect(clean('<p><b>全部加粗</b></p>')[0].type).toBe('paragraph');
  });

  it('drops scripts, styles and hidden text; turns images into figure slots with the alt text', () => {
    const html = '<style>p{color:red}</style><script>alert(1)</script><p style="display:none">隐藏</p><img alt="图说">';
    expect(clean(html)).toEqual([{ type: 'figure', image: null, caption: [{ text: '图说' }], credit: [{ text: '' }] }]);
  });

  it('keeps a real space between Latin words but not a source line break between Chinese characters', () => {
    expect(clean('<p>Folio   works\nwell 中文\n换行</p>')[0]).toEqual({ type: 'paragraph', runs: [{ text: 'Folio works well 中文换行' }] });
  });
});

describe('plainTextBlocks', () => {
  it('makes one paragraph per non-empty line and trims ideographic indents', () => {
    expect(plainTextBlocks('　　第一段\r\n\r\n第二段\n  ')).toEqual([
      { type: 'paragraph', runs: [{ text: '第一段' }] },
      { type: 'paragraph', runs: [{ text: '第二段' }] },
    ]);
  });
});

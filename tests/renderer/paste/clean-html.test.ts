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

  it('maps the Word document to our element types, dropping styles, <o:p>, XML and list bullets', () => {
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
      { type: 'paragraph', runs: [{ text: '联系班组，每周深入一线。' }] },
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

// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { blockText, type Block } from '../../../shared/model';
import type { CustomEditor } from '../../../renderer/editor/custom-types';
import { cleanHtmlReport } from '../../../renderer/editor/paste/clean-html';
import { onPasteNotice, readClipboard, withPaste } from '../../../renderer/editor/plugins/with-paste';
import { withNewspaper } from '../../../renderer/editor/plugins/with-newspaper';
import type { ErrorMessage } from '../../../shared/errors';
import { isBylineLine } from '../../../shared/model/line-kind';
import { textOf } from '../../error-text';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const clipboard = (html: string, plain = '') => ({
  types: ['text/html', 'text/plain'],
  getData: (type: string) => (type === 'text/html' ? html : type === 'text/plain' ? plain : ''),
});
const texts = (blocks: readonly Block[]) => blocks.map((b) => `${b.type}:${blockText(b)}`);

describe('pasted tables become rows of text, and the user is told', () => {
  it('reads a Word table (MsoTableGrid, a <p> per cell, <o:p>, a merged cell, an empty cell) as one paragraph per row', () => {
    const report = cleanHtmlReport(fixture('word-table.html'), new DOMParser());
    expect(texts(report.blocks)).toEqual([
      'paragraph:一季度各厂产量如下：',
      'paragraph:单位｜产量（万吨）｜同比',
      'paragraph:炼钢二厂｜120｜',
      'paragraph:合计｜｜+8%',
      'paragraph:表后正文。',
    ]);
    // An all-bold header row keeps its bold cells and stays body text (never a 小标题 or run-in by its look).
    expect(report.blocks[1]).toEqual({
      type: 'paragraph',
      runs: [{ text: '单位', bold: true }, { text: '｜' }, { text: '产量（万吨）', bold: true }, { text: '｜' }, { text: '同比', bold: true }],
    });
    expect(report.tables).toEqual({ tables: 1, rows: 3 });
    expect(report.tableRowIndexes).toEqual([1, 2, 3]);
  });

  it('reads a WPS table (x:str cells, <col>, an empty cell); a row that looks like a byline stays a row', () => {
    const { blocks, notices } = readClipboard(clipboard(fixture('wps-table.html')), new DOMParser());
    expect(texts(blocks)).toEqual(['paragraph:车间｜人数｜备注', 'paragraph:轧钢｜35｜', 'paragraph:■ 本报记者 张三｜2｜（钢城）']);
    expect(isBylineLine('■ 本报记者 张三｜2｜（钢城）')).toBe(true); // what the line classifier alone would make of it
    expect(notices.map((n) => textOf(n))).toEqual(['表格已转为 3 段文字（1 个表格，一行一段，单元格以“｜”分隔）：报纸正文不排表格。']);
  });

  it('reads a web table: caption, <thead>, links, a nested table flattened into its cell, every cell in order', () => {
    const { blocks, notices } = readClipboard(clipboard(fixture('web-table.html')), new DOMParser());
    expect(texts(blocks)).toEqual([
      'paragraph:据统计，各地情况如下：',
      'paragraph:表1 各地降水量',
      'paragraph:地区｜降水量（毫米）',
      'paragraph:北京｜12.5',
      'paragraph:上海｜早 3 晚 7',
      'paragraph:合计｜22.5',
      'paragraph:数据来源：气象部门。',
    ]);
    expect(notices.map((n) => textOf(n, 'en'))).toEqual([
      'Tables became 5 paragraphs of text (1 table(s), one paragraph per row, cells separated by “｜”): a newspaper body does not set tables.',
    ]);
  });

  it('keeps the columns below a cell merged down (rowspan) and across (colspan)', () => {
    const html = '<table><tr><th rowspan=2>地区</th><th colspan=2>降水</th></tr><tr><td>早</td><td>晚</td></tr><tr><td>北京</td><td>3</td><td>7</td></tr></table>';
    expect(texts(cleanHtmlReport(html, new DOMParser()).blocks)).toEqual(['paragraph:地区｜降水｜', 'paragraph:｜早｜晚', 'paragraph:北京｜3｜7']);
  });

  it('counts every table of a paste, and tells nothing when there is none', () => {
    const two = '<table><tr><td>a</td></tr></table><p>中</p><table><tr><td>b</td><td>c</td></tr><tr><td>d</td></tr></table><table><tr><td> </td></tr></table>';
    expect(readClipboard(clipboard(two), new DOMParser()).notices).toEqual([{ code: 'paste-table-as-text', params: { tables: 2, rows: 3 } }]);
    expect(readClipboard(clipboard('<p>正文</p>'), new DOMParser()).notices).toEqual([]);
    expect(readClipboard(clipboard('', '纯文本'), new DOMParser()).notices).toEqual([]);
  });
});

describe('the paste into the story (withPaste)', () => {
  const figure = (caption: string) => ({
    type: 'figure',
    children: [
      { type: 'figure-image', image: null, children: [{ text: '' }] },
      { type: 'figure-caption', children: [{ text: caption }] },
      { type: 'figure-credit', children: [{ text: '' }] },
    ],
  });

  function editorWith(value: unknown[]): CustomEditor {
    const editor = withPaste(withNewspaper(withHistory(createEditor()) as CustomEditor));
    editor.children = value as Descendant[];
    Editor.normalize(editor, { force: true });
    return editor;
  }
  const paste = (editor: CustomEditor, html: string) => editor.insertData(clipboard(html) as unknown as DataTransfer);

  it('keeps a paste into a caption in the caption: the figure is not split and no paragraph appears', () => {
    const editor = editorWith([figure('村民在田间。'), { type: 'paragraph', children: [{ text: '正文' }] }]);
    Transforms.select(editor, { path: [0, 1, 0], offset: 2 });
    paste(editor, '<p>第一段</p><p><b>第二段</b></p><table><tr><td>甲</td><td>乙</td></tr></table>');
    expect(editor.children).toHaveLength(2);
    const [fig, para] = editor.children as Array<{ type: string; children: Array<{ type?: string; children?: Array<{ text: string }> }> }>;
    expect(fig.type).toBe('figure');
    expect(fig.children.map((c) => c.type)).toEqual(['figure-image', 'figure-caption', 'figure-credit']);
    expect(Editor.string(editor, [0, 1])).toBe('村民第一段 第二段 甲｜乙在田间。');
    expect(Editor.string(editor, [0, 2])).toBe('');
    expect(para.type).toBe('paragraph');
  });

  it('puts table rows in as paragraphs and tells the editor\'s notice listener once per paste', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: '' }] }]);
    const heard: ErrorMessage[] = [];
    const stop = onPasteNotice(editor, (n) => heard.push(n));
    Transforms.select(editor, { path: [0, 0], offset: 0 });
    paste(editor, '<table><tr><td>单位</td><td>产量</td></tr><tr><td>二厂</td><td></td></tr></table>');
    expect(editor.children.map((n) => Editor.string(editor, [editor.children.indexOf(n)]))).toEqual(['单位｜产量', '二厂｜']);
    expect(heard).toEqual([{ code: 'paste-table-as-text', params: { tables: 1, rows: 2 } }]);
    paste(editor, '<p>再粘一段</p>');
    expect(heard).toHaveLength(1);
    stop();
    paste(editor, '<table><tr><td>x</td></tr></table>');
    expect(heard).toHaveLength(1);
  });
});

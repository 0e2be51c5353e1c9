import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getStory, openDesk, type Desk } from '../../../electron/store';
import { docxToParagraphs } from '../../../electron/services/import/docx-paragraphs';
import { htmlToParagraphs } from '../../../electron/services/import/html-paragraphs';
import { importCopyFiles } from '../../../electron/services/import/import-copy';
import { mapBlocks } from '../../../electron/services/import/map-blocks';
import { paragraphText } from '../../../electron/services/import/source-paragraph';
import { blockText } from '../../../shared/model';
import { tempDir } from '../store/helpers';
import { buildDocx } from './docx-fixture';
import { rgbPng } from './picture-fixtures';
import { textOf } from '../../error-text';

describe('.docx tables: the classifier paste uses (shared/model/table-text.ts)', () => {
  it('reads a Word table from mammoth as one paragraph per row, cells joined by ｜, merged and empty cells kept', async () => {
    const bytes = await buildDocx([
      { runs: [{ text: '产量如下：' }] },
      {
        table: [
          [{ text: '单位', span: 1, bold: true }, { text: '产量', span: 1, bold: true }, { text: '同比', span: 1, bold: true }],
          ['炼钢二厂', '120\n万吨', ''],
          [{ text: '合计', span: 2 }, '+8%'],
          ['上海', { table: [['早', '3'], ['晚', '7']] }, '备注'],
        ],
      },
      { runs: [{ text: '表后正文。' }] },
    ]);
    const { paragraphs } = await docxToParagraphs(bytes, '表格.docx');
    expect(paragraphs.map((p) => [paragraphText(p), p.tableRow])).toEqual([
      ['产量如下：', undefined],
      ['单位｜产量｜同比', 0],
      ['炼钢二厂｜120 万吨｜', 0],
      ['合计｜｜+8%', 0],
      ['上海｜早 3 晚 7｜备注', 0],
      ['表后正文。', undefined],
    ]);
    expect(paragraphs[1].runs).toEqual([{ text: '单位', bold: true }, { text: '｜' }, { text: '产量', bold: true }, { text: '｜' }, { text: '同比', bold: true }]);
  });

  it('numbers the tables of a file, and puts a picture met in a table after the table\'s rows', () => {
    const html = '<table><tr><td><p>甲</p></td><td><img src="folio-image:0"></td></tr></table><p>中</p><table><tr><td>乙</td></tr></table>';
    expect(htmlToParagraphs(html).map((p) => [paragraphText(p), p.tableRow, p.image])).toEqual([
      ['甲｜', 0, undefined],
      ['', undefined, 0],
      ['中', undefined, undefined],
      ['乙', 1, undefined],
    ]);
  });

  it('keeps the columns below a merged cell (rowspan, as mammoth writes Word\'s vertical merge)', () => {
    const html = '<table><tr><td rowspan="2"><p>二厂</p></td><td><p>一月</p></td></tr><tr><td><p>二月</p></td></tr></table>';
    expect(htmlToParagraphs(html).map(paragraphText)).toEqual(['二厂｜一月', '｜二月']);
  });

  it('maps table rows to body text, never a head, byline, 小标题, caption or signature by their look', () => {
    const row = (text: string, bold = false) => ({ runs: [{ text, ...(bold ? { bold: true as const } : {}) }], heading: 0, centred: false, tableRow: 0 });
    const blocks = mapBlocks([
      row('地区｜数值', true),
      { runs: [], heading: 0, centred: false, image: 0 },
      row('■ 本报记者 张三｜2'),
      { runs: [{ text: '正文。' }], heading: 0, centred: false },
      row('（钢城）'),
    ]);
    expect(blocks.map((b) => `${b.type}:${b.type === 'figure' ? '' : blockText(b)}`)).toEqual([
      'paragraph:地区｜数值', 'figure:', 'paragraph:■ 本报记者 张三｜2', 'paragraph:正文。', 'paragraph:（钢城）',
    ]);
  });
});

describe('importing a .docx with tables', () => {
  let dir: string;
  let cleanup: () => void;
  let desk: Desk;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir('folio-import-tables-'));
    desk = openDesk(dir);
  });
  afterEach(() => {
    desk.close();
    cleanup();
  });

  it('keeps every cell as text and warns, coded, how many tables became how many paragraphs', async () => {
    const bytes = await buildDocx([
      { style: 'Title', runs: [{ text: '一季度产量' }] },
      { runs: [{ text: '本报讯 各厂产量如下。' }] },
      { table: [['单位', '产量'], ['二厂', '120']] },
      { picture: await rgbPng(64, 48) },
      { runs: [{ text: '图为车间。' }] },
      { table: [['合计', '']] },
    ]);
    const report = await importCopyFiles(desk, [{ name: '表格.docx', bytes }]);
    expect(report.errors).toEqual([]);
    const [summary] = report.stories;
    expect(summary.warnings.map((w) => textOf(w))).toEqual(['表格.docx 中的表格已转为 3 段文字（2 个表格，一行一段，单元格以“｜”分隔）：报纸正文不排表格。']);
    expect(textOf(summary.warnings[0], 'en')).toBe('The tables in 表格.docx became 3 paragraphs of text (2 table(s), one paragraph per row, cells separated by “｜”): a newspaper body does not set tables.');
    const story = getStory(desk.db, summary.id);
    expect(story.content.blocks.map((b) => `${b.type}:${b.type === 'figure' ? '' : blockText(b)}`)).toEqual([
      'headline:一季度产量', 'lead:本报讯 各厂产量如下。', 'paragraph:单位｜产量', 'paragraph:二厂｜120', 'figure:', 'paragraph:合计｜',
    ]);
  });

  it('warns of no table when there is none', async () => {
    const bytes = await buildDocx([{ style: 'Title', runs: [{ text: '标题' }] }, { runs: [{ text: '正文。' }] }]);
    const report = await importCopyFiles(desk, [{ name: '无表.docx', bytes }]);
    expect(report.stories[0].warnings).toEqual([]);
  });
});

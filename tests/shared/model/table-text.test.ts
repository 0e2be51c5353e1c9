import { describe, expect, it } from 'vitest';
import { cellSpan, TABLE_CELL_SEPARATOR, tablePartOf, TableReader, type TablePart } from '../../../shared/model/table-text';
import type { TextRun } from '../../../shared/model';

/** A tiny event script: ['table', ['row', ['cell', 'text'], …], …] fed to a reader, as the walks do. */
type Script = string | TextRun | { br: true } | [TablePart | 'cell*2', ...Script[]];

function feed(reader: TableReader, script: Script): TextRun[][] | null {
  if (typeof script === 'string') return reader.text({ text: script }), null;
  if ('text' in script) return reader.text(script), null;
  if ('br' in script) return reader.softBreak(), null;
  const [head, ...children] = script;
  const part: TablePart = head === 'cell*2' ? 'cell' : head;
  reader.enter(part, head === 'cell*2' ? 2 : 1);
  for (const child of children) feed(reader, child);
  return reader.leave(part);
}
const read = (script: Script) => feed(new TableReader(), script);
const texts = (rows: TextRun[][] | null) => (rows ?? []).map((runs) => runs.map((r) => r.text).join(''));

describe('table text (the one table classifier of paste and .docx import)', () => {
  it('knows the table parts by tag, in either case; tbody and the like are transparent', () => {
    expect(['TABLE', 'tr', 'TD', 'th', 'caption', 'TBODY', 'thead', 'p'].map(tablePartOf)).toEqual(['table', 'row', 'cell', 'cell', 'caption', null, null, null]);
    expect([undefined, null, '', 'x', '1', '3', '100000'].map(cellSpan)).toEqual([1, 1, 1, 1, 1, 3, 100]);
  });

  it('makes one paragraph per row, cells joined by ｜, keeping each cell\'s marks', () => {
    const rows = read(['table', ['row', ['cell', { text: '单位', bold: true }], ['cell', { text: '产量', bold: true }]], ['row', ['cell', '炼钢'], ['cell', '120']]]);
    expect(TABLE_CELL_SEPARATOR).toBe('｜');
    expect(rows).toEqual([
      [{ text: '单位', bold: true }, { text: '｜' }, { text: '产量', bold: true }],
      [{ text: '炼钢｜120' }],
    ]);
  });

  it('keeps empty cells and spanned columns as empty places, so the columns line up', () => {
    const rows = read(['table', ['row', ['cell', 'a'], ['cell', 'b'], ['cell', 'c']], ['row', ['cell*2', '合并'], ['cell', '']], ['row', ['cell', ''], ['cell', 'y'], ['cell', '  ']]]);
    expect(texts(rows)).toEqual(['a｜b｜c', '合并｜｜', '｜y｜']);
    expect(texts(rows).map((t) => t.split('｜').length)).toEqual([3, 3, 3]);
  });

  it('leaves an empty place below a cell that spans rows (rowspan), in the middle or at the end of a row', () => {
    const reader = new TableReader();
    const row = (cells: Array<[string, number?, number?]>) => {
      reader.enter('row');
      for (const [text, span = 1, rowSpan = 1] of cells) {
        reader.enter('cell', span, rowSpan);
        reader.text({ text });
        reader.leave('cell');
      }
      reader.leave('row');
    };
    reader.enter('table');
    row([['地区', 1, 3], ['早'], ['晚', 1, 2]]);
    row([['3']]);
    row([['4'], ['5']]);
    row([['a'], ['b'], ['c']]);
    expect(texts(reader.leave('table'))).toEqual(['地区｜早｜晚', '｜3｜', '｜4｜5', 'a｜b｜c']);
  });

  it('joins a nested table\'s text to its cell, and a line break in a cell to the row, in order', () => {
    const rows = read(['table', ['row', ['cell', '上海'], ['cell', ['table', ['row', ['cell', '早'], ['cell', '3']], ['row', ['cell', '晚'], ['cell', '7']]]]], ['row', ['cell', '120', { br: true }, '万吨']]]);
    expect(texts(rows)).toEqual(['上海｜早 3 晚 7', '120 万吨']);
  });

  it('makes a caption a row of its own, collapses HTML white space (none between CJK lines), drops rows without text', () => {
    const rows = read(['table', ['caption', '表1\n  降水量'], '\n  ', ['row', ['cell', ' 北京 \n '], ['cell', '12.5\u00a0 毫米']], ['row', ['cell', ' '], ['cell', '']]]);
    expect(texts(rows)).toEqual(['表1降水量', '北京｜12.5 毫米']);
  });

  it('gives the rows only when the outermost table closes, and reads text outside a cell as a cell of its own', () => {
    const reader = new TableReader();
    reader.enter('table');
    expect(reader.open).toBe(true);
    reader.enter('row');
    reader.text({ text: '散字' });
    reader.enter('cell');
    reader.text({ text: '格' });
    expect(reader.leave('cell')).toBeNull();
    expect(reader.leave('row')).toBeNull();
    expect(texts(reader.leave('table'))).toEqual(['散字｜格']);
    expect(reader.open).toBe(false);
  });
});

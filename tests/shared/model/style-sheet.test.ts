/**
 * Style sheet files: what export writes, import reads back unchanged; a hostile or broken file is refused in plain
 * words naming the field, never half read.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STYLE_SHEET,
  MAX_STYLE_SHEET_FILE_CHARS,
  StyleSheetSchema,
  paragraphStyleFor,
  parseStyleSheetFile,
  styleSheetFileText,
  type StyleSheet,
} from '../../../shared/model';
import { HAO_PT } from '../../../shared/units';
import { textOf } from '../../error-text';

const fileOf = (sheet: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'folio-style-sheet', version: 1, paper: '钢城日报', sheet, ...extra });
const refused = (text: string) => {
  const parsed = parseStyleSheetFile(text);
  if (parsed.ok) throw new Error('a bad file was read');
  return parsed;
};

describe('the house style sheet', () => {
  it('is a valid sheet whose every kind has a default style', () => {
    expect(StyleSheetSchema.safeParse(DEFAULT_STYLE_SHEET).success).toBe(true);
    expect(paragraphStyleFor(DEFAULT_STYLE_SHEET, 'paragraph').sizePt).toBe(HAO_PT.小五);
    expect(paragraphStyleFor(DEFAULT_STYLE_SHEET, 'headline').sizePt).toBe(HAO_PT.二号);
    expect(paragraphStyleFor(DEFAULT_STYLE_SHEET, 'intertitle').sizePt).toBe(HAO_PT.五号);
  });

  it('gives a block the style it names, and its kind’s default when the sheet lacks that style', () => {
    expect(paragraphStyleFor(DEFAULT_STYLE_SHEET, 'paragraph', 'body-large').sizePt).toBe(HAO_PT.五号);
    expect(paragraphStyleFor(DEFAULT_STYLE_SHEET, 'paragraph', 'no-such-style').id).toBe('body');
  });
});

describe('style sheet files', () => {
  it('reads back what export wrote', () => {
    const parsed = parseStyleSheetFile(styleSheetFileText('钢城日报', DEFAULT_STYLE_SHEET));
    expect(parsed).toEqual({ ok: true, file: { format: 'folio-style-sheet', version: 1, paper: '钢城日报', sheet: DEFAULT_STYLE_SHEET } });
  });

  it('refuses a file that is not JSON, or not a style sheet', () => {
    expect(textOf(refused('{"format": "folio-style-sheet", ').message)).toContain('不是 JSON');
    expect(textOf(refused('[1,2,3]').message)).toContain('不是 Folio 样式表文件');
    expect(textOf(refused(JSON.stringify({ format: 'something-else' })).message)).toContain('不是 Folio 样式表文件');
    expect(refused(fileOf(DEFAULT_STYLE_SHEET, { version: 2 })).field).toBe('version');
  });

  it('refuses a file larger than any real sheet unread', () => {
    const huge = fileOf(DEFAULT_STYLE_SHEET).replace('"paper"', `"padding": "${'x'.repeat(MAX_STYLE_SHEET_FILE_CHARS)}", "paper"`);
    expect(textOf(refused(huge).message)).toContain('过大');
  });

  it('names the field of a bad style: a size out of range, an unknown font, a foreign key', () => {
    const withStyle = (change: Record<string, unknown>): StyleSheet =>
      ({ ...DEFAULT_STYLE_SHEET, paragraphStyles: DEFAULT_STYLE_SHEET.paragraphStyles.map((s, i) => (i === 0 ? { ...s, ...change } : s)) }) as StyleSheet;
    expect(refused(fileOf(withStyle({ sizePt: 0.5 }))).field).toBe('sheet.paragraphStyles.0.sizePt');
    expect(refused(fileOf(withStyle({ sizePt: '9' }))).field).toBe('sheet.paragraphStyles.0.sizePt');
    expect(refused(fileOf(withStyle({ font: 'comic-sans' }))).field).toBe('sheet.paragraphStyles.0.font');
    expect(textOf(refused(fileOf(withStyle({ onload: 'alert(1)' }))).message)).toContain('onload');
    expect(refused(fileOf(withStyle({ id: '../../etc' }))).field).toBe('sheet.paragraphStyles.0.id');
  });

  it('refuses a prototype-polluting key instead of carrying it in', () => {
    const text = fileOf(DEFAULT_STYLE_SHEET).replace('"paragraphStyles"', '"__proto__": {"polluted": true}, "paragraphStyles"');
    expect(refused(text).field).toBe('sheet');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses duplicate style ids and defaults naming no style', () => {
    const duplicate = { ...DEFAULT_STYLE_SHEET, paragraphStyles: [...DEFAULT_STYLE_SHEET.paragraphStyles, DEFAULT_STYLE_SHEET.paragraphStyles[0]] };
    expect(textOf(refused(fileOf(duplicate)).message)).toContain('重复');
    const dangling = { ...DEFAULT_STYLE_SHEET, defaults: { ...DEFAULT_STYLE_SHEET.defaults, caption: 'gone' } };
    expect(refused(fileOf(dangling)).field).toBe('sheet.defaults.caption');
    const missingKind = { ...DEFAULT_STYLE_SHEET, defaults: { ...DEFAULT_STYLE_SHEET.defaults, credit: undefined } };
    expect(refused(fileOf(missingKind)).field).toBe('sheet.defaults.credit');
  });
});

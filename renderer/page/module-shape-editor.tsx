/**
 * Irregular modules and 竖排 in the page inspector: how many columns the head spans (the other columns' body
 * starts at the module top, beside it), whether the head or the whole story is set vertically, and the module's shape — a rectangle, an L, steps, or its parts edited one by one
 * (栏 and 行 from the module's top-left corner). Each change is one layout edit (undoable) through modules.update;
 * the composer flows the body through the cells, never this panel.
 */
import { useTranslation } from 'react-i18next';
import { lShape, steppedShape, type ModulePart, type ModuleView } from '../../shared/model';
import type { ModuleChange } from './layout-history';

const PART_FIELDS = ['column', 'columnSpan', 'topLine', 'heightLines'] as const;
type PartField = (typeof PART_FIELDS)[number];

export function ModuleShapeEditor({ module: m, onModule }: { module: ModuleView; onModule(module: ModuleView, change: ModuleChange): void }) {
  const { t } = useTranslation();
  if (m.kind !== 'story') return null;
  const parts = m.shape?.parts ?? [];
  const setPart = (i: number, field: PartField, value: number) =>
    onModule(m, (current) => ({ shape: { parts: (current.shape?.parts ?? parts).map((p, k): ModulePart => (k === i ? { ...p, [field]: value } : p)) } }));
  const min = (field: PartField) => (field === 'column' || field === 'topLine' ? 0 : 1);
  const max = (field: PartField) => (field === 'column' || field === 'columnSpan' ? m.columnSpan : m.heightLines) - (field === 'column' || field === 'topLine' ? 1 : 0);
  return (
    <fieldset className="module-box" data-testid="module-shape">
      <legend>{t('page.shape.title')}</legend>
      <label className="field">
        <span>{t('page.shape.headSpan')}</span>
        <select
          data-testid="shape-head-span"
          value={m.headline.spanColumns === null ? '' : String(m.headline.spanColumns)}
          onChange={(e) => onModule(m, { headline: { spanColumns: e.target.value === '' ? null : Number(e.target.value) } })}
        >
          <option value="">{t('page.shape.headAcross')}</option>
          {Array.from({ length: m.columnSpan }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{t('page.shape.columns', { n })}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('page.shape.vertical')}</span>
        <select
          data-testid="module-vertical"
          value={m.vertical ?? ''}
          onChange={(e) => onModule(m, { vertical: e.target.value === '' ? null : (e.target.value as 'head' | 'block') })}
        >
          <option value="">{t('page.shape.verticals.none')}</option>
          <option value="head">{t('page.shape.verticals.head')}</option>
          <option value="block">{t('page.shape.verticals.block')}</option>
        </select>
      </label>
      <div className="field-line">
        <button type="button" className="btn small" data-testid="shape-rect" aria-pressed={!m.shape} onClick={() => onModule(m, { shape: null })}>{t('page.shape.rect')}</button>
        <button type="button" className="btn small" data-testid="shape-l" onClick={() => onModule(m, { shape: lShape(m.columnSpan, m.heightLines) })}>{t('page.shape.l')}</button>
        <button type="button" className="btn small" data-testid="shape-steps" onClick={() => onModule(m, { shape: steppedShape(m.columnSpan, m.heightLines) })}>{t('page.shape.steps')}</button>
      </div>
      {parts.map((p, i) => (
        <div className="field-line" key={i} data-testid="shape-part">
          <span>{t('page.shape.part', { n: i + 1 })}</span>
          {PART_FIELDS.map((field) => (
            <label key={field} title={t(`page.shape.${field}`)}>
              <span className="sr-only">{t(`page.shape.${field}`)}</span>
              <input
                type="number"
                className="narrow"
                data-testid={`shape-part-${field}`}
                aria-label={`${t('page.shape.part', { n: i + 1 })} ${t(`page.shape.${field}`)}`}
                min={min(field) + (field === 'column' || field === 'topLine' ? 1 : 0)}
                max={max(field) + (field === 'column' || field === 'topLine' ? 1 : 0)}
                // 栏 and 行 are shown 1-based, as everywhere in the UI.
                value={p[field] + (field === 'column' || field === 'topLine' ? 1 : 0)}
                onChange={(e) => {
                  const n = Number(e.target.value) - (field === 'column' || field === 'topLine' ? 1 : 0);
                  if (e.target.value !== '' && Number.isInteger(n) && n >= min(field) && n <= max(field)) setPart(i, field, n);
                }}
              />
            </label>
          ))}
          {parts.length > 1 && (
            <button type="button" className="link-btn" data-testid="shape-part-remove" onClick={() => onModule(m, { shape: { parts: parts.filter((_, k) => k !== i) } })}>
              {t('page.shape.removePart')}
            </button>
          )}
        </div>
      ))}
      {m.shape && parts.length < 20 && (
        <button type="button" className="link-btn" data-testid="shape-part-add" onClick={() => onModule(m, { shape: { parts: [...parts, { column: 0, columnSpan: 1, topLine: 0, heightLines: m.heightLines }] } })}>
          {t('page.shape.addPart')}
        </button>
      )}
    </fieldset>
  );
}

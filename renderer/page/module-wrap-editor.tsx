/**
 * 绕排 in the page inspector: a picture or box placed inside the selected story module, where (字 from the
 * module's left edge, 行 from its top), how big, and the standoff kept clear around it (磅). Each change is one
 * layout edit (undoable) through modules.update; the composer flows the body around it, never this panel.
 */
import { useTranslation } from 'react-i18next';
import { DEFAULT_MODULE_INSET, type ModuleInset, type ModuleView } from '../../shared/model';
import type { ModuleChange } from './layout-history';

type NumberField = 'leftChars' | 'widthChars' | 'topLine' | 'heightLines' | 'standoffPt';
const LIMITS: Record<NumberField, { min: number; max: number; step: number }> = {
  leftChars: { min: 0, max: 400, step: 1 },
  widthChars: { min: 1, max: 400, step: 1 },
  topLine: { min: 0, max: 499, step: 1 },
  heightLines: { min: 1, max: 500, step: 1 },
  standoffPt: { min: 0, max: 72, step: 0.5 },
};

export function ModuleWrapEditor({ module: m, onModule }: { module: ModuleView; onModule(module: ModuleView, change: ModuleChange): void }) {
  const { t } = useTranslation();
  if (m.kind !== 'story') return null;
  const inset = m.inset;
  if (!inset) {
    return (
      <button type="button" className="btn small" data-testid="wrap-add" onClick={() => onModule(m, { inset: DEFAULT_MODULE_INSET })}>
        {t('page.wrap.add')}
      </button>
    );
  }
  const set = (change: Partial<ModuleInset>) => onModule(m, (current) => ({ inset: { ...(current.inset ?? inset), ...change } }));
  return (
    <fieldset className="module-box" data-testid="module-wrap">
      <legend>{t('page.wrap.title')}</legend>
      <label className="field">
        <span>{t('page.wrap.kind')}</span>
        <select data-testid="wrap-kind" value={inset.kind} onChange={(e) => set({ kind: e.target.value as ModuleInset['kind'] })}>
          {(['picture', 'box'] as const).map((k) => <option key={k} value={k}>{t(`page.wrap.kinds.${k}`)}</option>)}
        </select>
      </label>
      {(Object.keys(LIMITS) as NumberField[]).map((field) => (
        <label className="field" key={field}>
          <span>{t(`page.wrap.${field}`)}</span>
          <input
            type="number"
            data-testid={`wrap-${field}`}
            {...LIMITS[field]}
            value={inset[field]}
            onChange={(e) => {
              const n = Number(e.target.value);
              const { min, max } = LIMITS[field];
              if (e.target.value !== '' && Number.isFinite(n) && n >= min && n <= max && (field === 'standoffPt' || Number.isInteger(n))) set({ [field]: n });
            }}
          />
        </label>
      ))}
      <button type="button" className="link-btn" data-testid="wrap-remove" onClick={() => onModule(m, { inset: null })}>{t('page.wrap.remove')}</button>
    </fieldset>
  );
}

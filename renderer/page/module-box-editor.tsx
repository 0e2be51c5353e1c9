/**
 * The selected module's box and shading (花边, 底纹 in CMYK, 反白, rounded corners), in the page inspector. Each
 * change is one layout edit (undoable) through modules.update; the composer draws it, never this panel.
 */
import { useTranslation } from 'react-i18next';
import { BoxBorders, DEFAULT_MODULE_BOX, type BoxBorder, type CmykPercent, type ModuleBox, type ModuleView } from '../../shared/model';
import type { ModuleChange } from './layout-history';

const INKS = ['c', 'm', 'y', 'k'] as const;

function CmykField({ value, onChange, testId }: { value: CmykPercent; onChange(v: CmykPercent): void; testId: string }) {
  return (
    <span className="cmyk-field">
      {INKS.map((ink) => (
        <label key={ink}>
          {ink.toUpperCase()}
          <input
            type="number"
            min={0}
            max={100}
            step={5}
            data-testid={`${testId}-${ink}`}
            value={value[ink]}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isFinite(n) && n >= 0 && n <= 100) onChange({ ...value, [ink]: n });
            }}
          />
        </label>
      ))}
    </span>
  );
}

export function ModuleBoxEditor({ module: m, onModule }: { module: ModuleView; onModule(module: ModuleView, change: ModuleChange): void }) {
  const { t } = useTranslation();
  const box = m.box;
  const set = (change: Partial<ModuleBox>) => onModule(m, (current) => ({ box: { ...(current.box ?? DEFAULT_MODULE_BOX), ...change } }));
  if (!box) {
    return (
      <button type="button" className="btn small" data-testid="box-add" onClick={() => onModule(m, { box: DEFAULT_MODULE_BOX })}>
        {t('styles.box.add')}
      </button>
    );
  }
  return (
    <fieldset className="module-box" data-testid="module-box">
      <legend>{t('styles.box.title')}</legend>
      <label className="field">
        <span>{t('styles.box.border')}</span>
        <select data-testid="box-border" value={box.border} onChange={(e) => set({ border: e.target.value as BoxBorder })}>
          {BoxBorders.map((b) => <option key={b} value={b}>{t(`styles.box.borders.${b}`)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('styles.box.borderColor')}</span>
        <CmykField testId="box-border-color" value={box.borderColor} onChange={(borderColor) => set({ borderColor })} />
      </label>
      <label className="field">
        <span>
          <input type="checkbox" data-testid="box-tint-on" checked={box.tint !== null} onChange={(e) => set({ tint: e.target.checked ? { c: 20, m: 0, y: 0, k: 0 } : null })} />
          {t('styles.box.tint')}
        </span>
        {box.tint && <CmykField testId="box-tint" value={box.tint} onChange={(tint) => set({ tint })} />}
      </label>
      <label className="field">
        <span>
          <input type="checkbox" data-testid="box-knockout" checked={box.knockout} onChange={(e) => set({ knockout: e.target.checked })} />
          {t('styles.box.knockout')}
        </span>
      </label>
      <label className="field">
        <span>{t('styles.box.radius')}</span>
        <input type="number" min={0} max={72} step={1} data-testid="box-radius" value={box.cornerRadiusPt} onChange={(e) => { const n = Number(e.target.value); if (Number.isFinite(n) && n >= 0 && n <= 72) set({ cornerRadiusPt: n }); }} />
      </label>
      <button type="button" className="link-btn" data-testid="box-remove" onClick={() => onModule(m, { box: null })}>{t('styles.box.remove')}</button>
    </fieldset>
  );
}

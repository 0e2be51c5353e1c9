/**
 * 版式模板 (page masters) of the desk's paper: each names a page design — the trim and grid (对开/四开), 栏线 on
 * or off, the credit line's role words (责编/美编/校对) and which furniture it carries (报头, 报眉, 责编行) and
 * how tall. New masters start from the house 头版 or 内页. Saving re-applies a master to every page using it
 * (pages already 签发 keep theirs); the open page view reloads.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultFurnitureAt,
  DEFAULT_CREDIT_LABELS,
  FurnitureKinds,
  houseMaster,
  presetTemplate,
  type FurnitureKind,
  type PageMaster,
  type PageMasterFields,
} from '../../shared/model';
import { invoke } from '../api/client';
import { savedPageMasters } from '../common/style-sheets';
import './styles.css';

type Draft = PageMasterFields & { id?: string };

const CREDIT_ROLES = ['editor', 'layoutBy', 'proofreader'] as const;

/** The furniture of a draft after a change of kinds or heights: each placed where it belongs on the grid. */
function placeFurniture(draft: Draft, kinds: ReadonlyMap<FurnitureKind, number>): Draft {
  return { ...draft, furniture: FurnitureKinds.filter((k) => kinds.has(k)).map((k) => defaultFurnitureAt(draft.template, k, kinds.get(k))) };
}

function kindsOf(draft: Draft): Map<FurnitureKind, number> {
  return new Map(draft.furniture.map((f) => [f.furniture, f.heightLines]));
}

export function PageMastersPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [paper, setPaper] = useState<string | null>(null);
  const [masters, setMasters] = useState<PageMaster[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (select?: string) => {
    const result = await invoke('masters.list', {});
    if (!result.ok) return setMessage({ kind: 'error', text: t('styles.masters.failed', { message: result.error.message }) });
    setPaper(result.value.paper);
    setMasters(result.value.masters);
    const chosen = result.value.masters.find((m) => m.id === select) ?? null;
    if (chosen) setDraft({ id: chosen.id, name: chosen.name, template: chosen.template, furniture: chosen.furniture });
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  const startNew = (kind: 'front' | 'inner') => {
    const house = houseMaster(kind);
    let name = t(`styles.masters.house.${kind}`);
    for (let n = 2; masters.some((m) => m.name === name); n++) name = `${t(`styles.masters.house.${kind}`)} ${n}`;
    setDraft({ ...house, name });
    setMessage(null);
  };

  const save = async () => {
    if (!draft || !paper) return;
    setBusy(true);
    const { id, ...fields } = draft;
    const result = await invoke('masters.save', { ...(id ? { id } : {}), paper, fields });
    setBusy(false);
    if (!result.ok) return setMessage({ kind: 'error', text: t('styles.masters.failed', { message: result.error.message }) });
    await load(result.value.id);
    savedPageMasters.set(savedPageMasters.get() + 1);
    setMessage({ kind: 'info', text: t('styles.masters.saved', { n: result.value.pageCount }) });
  };

  const remove = async () => {
    if (!draft?.id) return;
    if (!window.confirm(t('styles.masters.removeConfirm', { name: draft.name }))) return;
    const result = await invoke('masters.remove', { id: draft.id });
    if (!result.ok) return setMessage({ kind: 'error', text: t('styles.masters.failed', { message: result.error.message }) });
    setMasters(result.value.masters);
    setDraft(null);
    setMessage({ kind: 'info', text: t('styles.masters.removed') });
  };

  const labels = draft?.template.creditLabels ?? DEFAULT_CREDIT_LABELS;
  const kinds = draft ? kindsOf(draft) : new Map<FurnitureKind, number>();

  return (
    <div className="modal-backdrop">
      <div className="modal style-sheet-panel" role="dialog" aria-label={t('styles.masters.open')} data-testid="masters-panel">
        <header className="style-sheet-head">
          <h2>{t('styles.masters.title', { paper: paper || '—' })}</h2>
          <span className="tb-spacer" />
          <button type="button" className="link-btn" data-testid="masters-close" onClick={onClose}>{t('styles.close')} ×</button>
        </header>
        {paper === '' && <p className="muted">{t('styles.noPaper')}</p>}
        <div className="masters-body">
          <nav className="masters-list" aria-label={t('styles.masters.list')}>
            {masters.length === 0 && <p className="muted" data-testid="masters-none">{t('styles.masters.none')}</p>}
            <ul>
              {masters.map((m) => (
                <li key={m.id}>
                  <button type="button" className={m.id === draft?.id ? 'issue-item on' : 'issue-item'} data-testid="master-item" data-master-id={m.id}
                    onClick={() => { setDraft({ id: m.id, name: m.name, template: m.template, furniture: m.furniture }); setMessage(null); }}>
                    {m.name} <span className="muted">{t('styles.masters.pages', { n: m.pageCount })}</span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="btn small" data-testid="masters-new-front" disabled={!paper} onClick={() => startNew('front')}>{t('styles.masters.newFront')}</button>
            <button type="button" className="btn small" data-testid="masters-new-inner" disabled={!paper} onClick={() => startNew('inner')}>{t('styles.masters.newInner')}</button>
          </nav>
          {draft && (
            <div className="masters-edit" data-testid="master-edit">
              <label>
                {t('styles.masters.name')}
                <input data-testid="master-name" value={draft.name} maxLength={40} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
              </label>
              <label>
                {t('styles.masters.preset')}
                <select data-testid="master-preset" value={draft.template.preset === 'tabloid' ? 'tabloid' : 'broadsheet'}
                  onChange={(e) => {
                    const preset = e.target.value === 'tabloid' ? 'tabloid' : 'broadsheet';
                    const template = { ...presetTemplate(preset), columnRules: draft.template.columnRules, creditLabels: draft.template.creditLabels };
                    setDraft(placeFurniture({ ...draft, template }, kinds));
                  }}>
                  <option value="broadsheet">{t('styles.masters.broadsheet')}</option>
                  <option value="tabloid">{t('styles.masters.tabloid')}</option>
                </select>
                <span className="muted">{t('styles.masters.grid', { columns: draft.template.grid.columnCount, chars: draft.template.grid.columnChars })}</span>
              </label>
              <label>
                <input type="checkbox" data-testid="master-column-rules" checked={!!draft.template.columnRules}
                  onChange={(e) => setDraft({ ...draft, template: { ...draft.template, columnRules: e.target.checked } })} />
                {t('styles.masters.columnRules')}
              </label>
              <fieldset className="module-box">
                <legend>{t('styles.masters.furniture')}</legend>
                {FurnitureKinds.map((k) => (
                  <span key={k} className="style-picker">
                    <label>
                      <input type="checkbox" data-testid={`master-furniture-${k}`} checked={kinds.has(k)}
                        onChange={(e) => {
                          const next = new Map(kinds);
                          if (e.target.checked) next.set(k, defaultFurnitureAt(draft.template, k).heightLines);
                          else next.delete(k);
                          setDraft(placeFurniture(draft, next));
                        }} />
                      {t(`styles.masters.kinds.${k}`)}
                    </label>
                    {kinds.has(k) && (
                      <label>
                        {t('styles.masters.height')}
                        <input type="number" className="narrow" min={1} max={40} data-testid={`master-furniture-${k}-height`} value={kinds.get(k)}
                          onChange={(e) => {
                            const lines = Math.max(1, Math.min(40, Math.round(Number(e.target.value) || 1)));
                            setDraft(placeFurniture(draft, new Map(kinds).set(k, lines)));
                          }} />
                      </label>
                    )}
                  </span>
                ))}
              </fieldset>
              <fieldset className="module-box">
                <legend>{t('styles.masters.credit')}</legend>
                {CREDIT_ROLES.map((role) => (
                  <label key={role}>
                    {t(`styles.masters.roles.${role}`)}
                    <input data-testid={`master-credit-${role}`} value={labels[role]} maxLength={12}
                      onChange={(e) => setDraft({ ...draft, template: { ...draft.template, creditLabels: { ...labels, [role]: e.target.value } } })} />
                  </label>
                ))}
                <span className="muted">{t('styles.masters.creditHint')}</span>
              </fieldset>
            </div>
          )}
        </div>
        {message && <p className={message.kind === 'error' ? 'proof-error' : 'proof-info'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="masters-message">{message.text}</p>}
        <div className="modal-actions">
          <button type="button" className="btn small" data-testid="masters-remove" disabled={busy || !draft?.id} onClick={() => void remove()}>{t('styles.masters.remove')}</button>
          <button type="button" className="btn small primary" data-testid="masters-save" disabled={busy || !draft || !paper} onClick={() => void save()}>{t('styles.masters.save')}</button>
        </div>
      </div>
    </div>
  );
}

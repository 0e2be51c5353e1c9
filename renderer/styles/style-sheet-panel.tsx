/**
 * The paper's style sheet (样式表): paragraph styles with size in 号 or pt, leading, face, indent, alignment and
 * space; character styles; the default style of each kind of text. Saved in one place, every page of the paper
 * restyles. Exported and imported as a file; a bad file is refused naming the field and nothing is changed.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  StyleFonts,
  StyledKinds,
  type CharacterStyleSpec,
  type ParagraphStyleSpec,
  type StyleFont,
  type StyleSheet,
} from '../../shared/model';
import { HAO_PT, ptToHao, type Hao } from '../../shared/units';
import { invoke } from '../api/client';
import { formatWhen } from '../common/format';
import { savedStyleSheet } from '../common/style-sheets';
import './styles.css';

const HAO_NAMES = Object.keys(HAO_PT) as Hao[];

interface Loaded {
  paper: string;
  sheet: StyleSheet;
  saved: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** A size: a 号 picker and the size in pt, either sets it. */
function SizeField({ valuePt, onChange, testId, allowNone = false }: { valuePt: number | null; onChange(pt: number | null): void; testId: string; allowNone?: boolean }) {
  const { t } = useTranslation();
  const hao = valuePt === null ? '' : (ptToHao(valuePt) ?? '');
  return (
    <span className="style-size">
      <select aria-label={t('styles.size')} data-testid={`${testId}-hao`} value={hao} onChange={(e) => onChange(e.target.value === '' ? (allowNone ? null : valuePt) : HAO_PT[e.target.value as Hao])}>
        <option value="">{valuePt === null ? t('styles.noChange') : '—'}</option>
        {HAO_NAMES.map((h) => (
          <option key={h} value={h}>{h}</option>
        ))}
      </select>
      <input
        type="number"
        min={4}
        max={200}
        step={0.5}
        aria-label={t('styles.sizePt')}
        data-testid={`${testId}-pt`}
        value={valuePt ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? (allowNone ? null : valuePt) : Number(e.target.value))}
      />
      <span className="muted">{t('styles.sizePt')}</span>
    </span>
  );
}

function FontSelect({ value, onChange, testId, allowNone = false }: { value: StyleFont | null; onChange(font: StyleFont | null): void; testId: string; allowNone?: boolean }) {
  const { t } = useTranslation();
  return (
    <select aria-label={t('styles.font')} data-testid={testId} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as StyleFont))}>
      {allowNone && <option value="">{t('styles.noChange')}</option>}
      {StyleFonts.map((f) => (
        <option key={f} value={f}>{t(`styles.fonts.${f}`)}</option>
      ))}
    </select>
  );
}

/** A new style's id: style-N, the first N not taken. */
function freshId(sheet: StyleSheet): string {
  const taken = new Set(sheet.paragraphStyles.map((s) => s.id));
  let n = sheet.paragraphStyles.length + 1;
  while (taken.has(`style-${n}`)) n++;
  return `style-${n}`;
}

export function StyleSheetPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [sheet, setSheet] = useState<StyleSheet | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const take = (value: Loaded) => {
    setLoaded(value);
    setSheet(value.sheet);
  };

  useEffect(() => {
    void invoke('styles.get', {}).then((result) => {
      if (!result.ok) return setMessage({ kind: 'error', text: t('styles.failed', { message: result.error.message }) });
      take(result.value);
    });
  }, [t]);

  const published = (value: Loaded, text: string) => {
    take(value);
    savedStyleSheet.set({ paper: value.paper, sheet: value.sheet });
    setMessage({ kind: 'info', text });
  };

  const save = async () => {
    if (!loaded || !sheet) return;
    setBusy(true);
    const result = await invoke('styles.set', { paper: loaded.paper, sheet });
    setBusy(false);
    if (!result.ok) return setMessage({ kind: 'error', text: t('styles.failed', { message: result.error.message }) });
    published(result.value, t('styles.saved'));
  };

  const exportFile = async () => {
    const result = await invoke('styles.exportFile', loaded ? { paper: loaded.paper } : {});
    if (!result.ok) return setMessage({ kind: 'error', text: t('styles.failed', { message: result.error.message }) });
    const url = URL.createObjectURL(new Blob([result.value.text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = result.value.fileName;
    a.click();
    URL.revokeObjectURL(url);
  };

  const importFile = async (file: File) => {
    if (!loaded) return;
    setBusy(true);
    const result = await invoke('styles.importFile', { paper: loaded.paper, text: await file.text() });
    setBusy(false);
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) return setMessage({ kind: 'error', text: t('styles.failed', { message: result.error.message }) });
    published(result.value, t('styles.imported'));
  };

  const setParagraph = (index: number, change: Partial<ParagraphStyleSpec>) =>
    sheet && setSheet({ ...sheet, paragraphStyles: sheet.paragraphStyles.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  const setCharacter = (index: number, change: Partial<CharacterStyleSpec>) =>
    sheet && setSheet({ ...sheet, characterStyles: sheet.characterStyles.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  const inUse = (id: string) => !!sheet && Object.values(sheet.defaults).includes(id);

  return (
    <div className="modal-backdrop">
      <div className="modal style-sheet-panel" role="dialog" aria-label={t('styles.open')} data-testid="style-sheet-panel">
        <header className="style-sheet-head">
          <h2>{t('styles.title', { paper: loaded?.paper || '—' })}</h2>
          <span className="tb-spacer" />
          <button type="button" className="link-btn" data-testid="styles-close" onClick={onClose}>{t('styles.close')} ×</button>
        </header>
        {loaded && loaded.paper === '' && <p className="muted">{t('styles.noPaper')}</p>}
        {loaded && !loaded.saved && loaded.paper !== '' && <p className="muted" data-testid="styles-house">{t('styles.houseSheet')}</p>}
        {loaded?.updatedAt && <p className="muted">{t('styles.updated', { who: loaded.updatedBy || '—', when: formatWhen(loaded.updatedAt) })}</p>}
        {sheet && (
          <div className="style-sheet-body">
            <h3>{t('styles.paragraphStyles')}</h3>
            <table className="style-table" data-testid="paragraph-styles">
              <thead>
                <tr>
                  <th>{t('styles.name')}</th><th>{t('styles.font')}</th><th>{t('styles.size')}</th><th>{t('styles.leading')}</th>
                  <th>{t('styles.indent')}</th><th>{t('styles.align')}</th><th>{t('styles.space')}</th><th />
                </tr>
              </thead>
              <tbody>
                {sheet.paragraphStyles.map((s, i) => (
                  <tr key={s.id} data-testid={`pstyle-${s.id}`}>
                    <td><input aria-label={t('styles.name')} value={s.name} maxLength={40} onChange={(e) => setParagraph(i, { name: e.target.value })} /></td>
                    <td><FontSelect value={s.font} testId={`pstyle-${s.id}-font`} onChange={(font) => font && setParagraph(i, { font })} /></td>
                    <td><SizeField valuePt={s.sizePt} testId={`pstyle-${s.id}-size`} onChange={(pt) => pt !== null && setParagraph(i, { sizePt: pt })} /></td>
                    <td>
                      <input type="number" min={4} max={400} step={0.5} className="narrow" aria-label={t('styles.leading')} placeholder={t('styles.leadingGrid')} data-testid={`pstyle-${s.id}-leading`}
                        value={s.leadingPt ?? ''} onChange={(e) => setParagraph(i, { leadingPt: e.target.value === '' ? null : Number(e.target.value) })} />
                    </td>
                    <td><input type="number" min={0} max={10} step={0.5} className="narrow" aria-label={t('styles.indent')} value={s.indentChars} onChange={(e) => setParagraph(i, { indentChars: Number(e.target.value) })} /></td>
                    <td>
                      <select aria-label={t('styles.align')} value={s.align} onChange={(e) => setParagraph(i, { align: e.target.value as ParagraphStyleSpec['align'] })}>
                        {(['justify', 'left', 'center', 'right'] as const).map((a) => <option key={a} value={a}>{t(`styles.aligns.${a}`)}</option>)}
                      </select>
                    </td>
                    <td><input type="number" min={0} max={10} step={1} className="narrow" aria-label={t('styles.space')} value={s.spaceLines} onChange={(e) => setParagraph(i, { spaceLines: Number(e.target.value) })} /></td>
                    <td>
                      <button type="button" className="link-btn" disabled={inUse(s.id)} onClick={() => setSheet({ ...sheet, paragraphStyles: sheet.paragraphStyles.filter((_, k) => k !== i) })}>{t('styles.remove')}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" className="btn small" data-testid="styles-add" onClick={() => setSheet({ ...sheet, paragraphStyles: [...sheet.paragraphStyles, { ...sheet.paragraphStyles[0], id: freshId(sheet), name: `${sheet.paragraphStyles[0].name} ${sheet.paragraphStyles.length + 1}` }] })}>
              {t('styles.addStyle')}
            </button>

            <h3>{t('styles.characterStyles')}</h3>
            <table className="style-table" data-testid="character-styles">
              <tbody>
                {sheet.characterStyles.map((s, i) => (
                  <tr key={s.id}>
                    <td><input aria-label={t('styles.name')} value={s.name} maxLength={40} onChange={(e) => setCharacter(i, { name: e.target.value })} /></td>
                    <td><FontSelect value={s.font} allowNone testId={`cstyle-${s.id}-font`} onChange={(font) => setCharacter(i, { font })} /></td>
                    <td><SizeField valuePt={s.sizePt} allowNone testId={`cstyle-${s.id}-size`} onChange={(sizePt) => setCharacter(i, { sizePt })} /></td>
                  </tr>
                ))}
              </tbody>
            </table>

            <h3>{t('styles.defaults')}</h3>
            <div className="style-defaults">
              {StyledKinds.map((kind) => (
                <label key={kind}>
                  {t(`styles.kinds.${kind}`)}
                  <select data-testid={`default-${kind}`} value={sheet.defaults[kind]} onChange={(e) => setSheet({ ...sheet, defaults: { ...sheet.defaults, [kind]: e.target.value } })}>
                    {sheet.paragraphStyles.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                  </select>
                </label>
              ))}
            </div>
          </div>
        )}
        {message && <p className={message.kind === 'error' ? 'proof-error' : 'proof-info'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="styles-message">{message.text}</p>}
        <div className="modal-actions">
          <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="styles-import-file" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); }} />
          <button type="button" className="btn small" data-testid="styles-import" disabled={busy || !loaded || loaded.paper === ''} onClick={() => fileInput.current?.click()}>{t('styles.import')}</button>
          <button type="button" className="btn small" data-testid="styles-export" disabled={!loaded} onClick={() => void exportFile()}>{t('styles.export')}</button>
          <button type="button" className="btn small primary" data-testid="styles-save" disabled={busy || !sheet || !loaded || loaded.paper === ''} onClick={() => void save()}>{t('styles.save')}</button>
        </div>
      </div>
    </div>
  );
}

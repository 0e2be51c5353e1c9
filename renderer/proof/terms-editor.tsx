/** The paper's 常错字表 and banned words as text (terms.get / terms.set); a bad line is named, nothing is lost. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTermList, type TermParseError } from '../../shared/proof';
import { invoke } from '../api/client';
import { formatWhen } from '../common/format';
import { termListToText } from './term-text';

export function TermsEditor({ mayEdit, onClose }: { mayEdit: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [updated, setUpdated] = useState<{ by: string | null; at: string | null }>({ by: null, at: null });
  const [errors, setErrors] = useState<TermParseError[]>([]);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const result = await invoke('terms.get', {});
      if (!result.ok) return setMessage({ kind: 'error', text: t('proof.failed', { message: result.error.message }) });
      setText(termListToText(result.value));
      setUpdated({ by: result.value.updatedBy, at: result.value.updatedAt });
    })();
  }, [t]);

  const save = async () => {
    if (text === null) return;
    const parsed = parseTermList(text);
    setMessage(null);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors([]);
    setBusy(true);
    const result = await invoke('terms.set', { rules: [...parsed.terms.rules], banned: [...parsed.terms.banned] });
    setBusy(false);
    if (!result.ok) {
      const key = result.error.code === 'forbidden' ? 'proof.forbidden' : 'proof.failed';
      return setMessage({ kind: 'error', text: t(key, { message: result.error.message }) });
    }
    setUpdated({ by: result.value.updatedBy, at: result.value.updatedAt });
    setMessage({ kind: 'info', text: t('proof.termsSaved', { rules: result.value.rules.length, banned: result.value.banned.length }) });
  };

  return (
    <section className="terms-editor" data-testid="terms-editor">
      <header className="pane-head sub">
        <h3>{t('proof.termsTitle')}</h3>
        <button type="button" className="link-btn" data-testid="terms-close" onClick={onClose}>{t('proof.close')}</button>
      </header>
      <p className="muted pad">{t('proof.termsHelp')}</p>
      {updated.at && <p className="muted pad">{t('proof.termsUpdated', { who: updated.by || '—', when: formatWhen(updated.at) })}</p>}
      <textarea
        data-testid="terms-text"
        className="terms-text"
        rows={10}
        spellCheck={false}
        readOnly={!mayEdit}
        // Nothing can be typed before the stored list arrives: it would be overwritten by it.
        disabled={text === null}
        value={text ?? ''}
        onChange={(e) => setText(e.target.value)}
      />
      {errors.length > 0 && (
        <ul className="proof-error" role="alert" data-testid="terms-errors">
          {errors.map((e) => (
            <li key={`${e.line}:${e.message}`} data-testid="terms-error" data-line={e.line}>{t('proof.termsLine', { line: e.line, message: e.message })}</li>
          ))}
        </ul>
      )}
      {message && <p className={message.kind === 'error' ? 'proof-error' : 'proof-info'} data-testid="terms-message">{message.text}</p>}
      {mayEdit && (
        <div className="mark-form-actions">
          <button type="button" data-testid="terms-save" disabled={busy || text === null} onClick={() => void save()}>{t('proof.termsSave')}</button>
        </div>
      )}
    </section>
  );
}

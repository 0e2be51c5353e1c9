/** Adding a mark on the editor's selection: choose the GB/T 14706 kind, type the new text or a note. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_KINDS, MarkKinds, type MarkKind } from '../../shared/model';
import type { NewMark } from './use-proof';
import type { BlockOffsets } from './slate-anchor';

export interface MarkFormProps {
  at: BlockOffsets;
  busy: boolean;
  onSubmit(mark: NewMark): Promise<boolean>;
  onCancel(): void;
}

export function MarkForm({ at, busy, onSubmit, onCancel }: MarkFormProps) {
  const { t } = useTranslation();
  const empty = at.start === at.end;
  const [kind, setKind] = useState<MarkKind>(empty ? 'insert' : 'replace');
  const [proposed, setProposed] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const info = MARK_KINDS[kind];
  const takesProposed = info.needsProposed || kind === 'transpose';

  const submit = async () => {
    if (info.needsProposed && proposed === '') {
      setError(t('proof.needProposed', { kind: t(`proof.kinds.${kind}`) }));
      return;
    }
    const ok = await onSubmit({
      kind,
      at,
      proposed: takesProposed && proposed !== '' ? proposed : null,
      note: note.trim() === '' ? null : note.trim(),
    });
    if (ok) onCancel();
  };

  return (
    <form
      className="mark-form"
      data-testid="mark-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <div className="mark-form-quote" data-testid="mark-selection">
        {t('proof.selected')}
        <q>{at.quote || t('proof.insertPoint')}</q>
      </div>
      <div className="mark-kinds" role="radiogroup" aria-label={t('proof.kind')}>
        {MarkKinds.map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={k === kind}
            className={k === kind ? 'mark-kind-btn on' : 'mark-kind-btn'}
            data-testid={`mark-kind-${k}`}
            onClick={() => {
              setKind(k);
              setError(null);
            }}
          >
            <span className="mark-gb">{MARK_KINDS[k].gbNumber}</span>
            {t(`proof.kinds.${k}`)}
          </button>
        ))}
      </div>
      {takesProposed && (
        <label className="mark-field">
          {t(kind === 'insert' ? 'proof.proposedInsert' : 'proof.proposed')}
          <input data-testid="mark-proposed" value={proposed} autoFocus onChange={(e) => setProposed(e.target.value)} />
        </label>
      )}
      <label className="mark-field">
        {t('proof.note')}
        <input data-testid="mark-note" value={note} placeholder={kind === 'note' ? '' : t('proof.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && <p className="proof-error" role="alert" data-testid="mark-form-error">{error}</p>}
      <div className="mark-form-actions">
        <button type="submit" data-testid="mark-submit" disabled={busy}>{t('proof.add')}</button>
        <button type="button" className="link-btn" data-testid="mark-cancel" onClick={onCancel}>{t('proof.cancel')}</button>
      </div>
    </form>
  );
}

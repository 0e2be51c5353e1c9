/**
 * One proof mark in the list: kind (GB number, name) in its round's ink, who/when, original → proposed, status;
 * accept/reject for the editor; edit and withdraw (confirmed in place) for the proofreader who made it, until it
 * is decided. A withdrawn mark stays listed, struck out.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_KINDS, ROUND_INKS, type ProofMark, type StoryContent } from '../../shared/model';
import { paragraphPreview, previewHead, previewTail, type ParagraphPreview } from '../../shared/proof';
import { errorText } from '../api/error-text';
import { formatWhen } from '../common/format';

export interface MarkRowProps {
  mark: ProofMark;
  selected: boolean;
  mayDecide: boolean;
  busy: boolean;
  onSelect(): void;
  onAccept(): void;
  onReject(reason: string): void;
  /** The desk's profile made this mark (and may mark): it may edit or withdraw it while undecided. */
  mine?: boolean;
  onWithdraw?(): void;
  onEdit?(change: { proposed: string | null; note: string | null }): Promise<boolean>;
  /** The story's text as the editor shows it: 接排 and 另起段 preview on it which paragraphs join or split. */
  content?: StoryContent | null;
}

export function MarkRow({ mark, selected, mayDecide, busy, onSelect, onAccept, onReject, mine = false, onWithdraw, onEdit, content = null }: MarkRowProps) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const info = MARK_KINDS[mark.kind];
  const ink = ROUND_INKS[mark.round].hex;
  const undecided = mark.status === 'open' || mark.status === 'orphaned';
  // Before 采纳, a 接排/另起段 shows what it joins or splits; one that would touch a heading cannot be accepted.
  const preview = undecided && content ? paragraphPreview(content, mark) : null;
  const className = ['mark-row', `status-${mark.status}`, selected ? 'selected' : '', mark.drifted ? 'drifted' : ''].filter(Boolean).join(' ');
  return (
    <li
      className={className}
      data-testid="mark-row"
      data-mark-id={mark.id}
      data-status={mark.status}
      data-kind={mark.kind}
      data-round={mark.round}
      data-drifted={mark.drifted}
      style={{ ['--proof-ink' as string]: ink }}
    >
      <button type="button" className="mark-main" onClick={onSelect} data-testid="mark-select" title={t(`proof.rounds.${mark.round}`)}>
        <span className="mark-kind">
          <span className="mark-gb">{info.gbNumber}</span>
          {t(`proof.kinds.${mark.kind}`)}
        </span>
        <span className="mark-round">{t(`proof.rounds.${mark.round}`)}</span>
        <span className={`mark-status status-${mark.status}`} data-testid="mark-status">{t(`proof.status.${mark.status}`)}</span>
        {mark.drifted && mark.status === 'open' && <span className="mark-drifted" data-testid="mark-drifted">{t('proof.drifted')}</span>}
        <span className="mark-change" data-testid="mark-change">
          <span className="mark-original" title={mark.original === '' ? t('proof.insertPoint') : undefined}>
            {mark.original || insertionContext(mark)}
          </span>
          {mark.proposed !== null && (
            <>
              {' → '}
              <span className="mark-proposed">{mark.proposed}</span>
            </>
          )}
        </span>
        {mark.note && <span className="mark-note">{mark.note}</span>}
        <span className="mark-by">
          {t('proof.by', { who: mark.by || '—', role: t(`proof.roles.${mark.byRole}`), when: formatWhen(mark.at) })}
        </span>
        {mark.decidedBy !== null && mark.decidedAt && (
          <span className="mark-by">
            {t('proof.decidedBy', { who: mark.decidedBy || '—', what: t(`proof.status.${mark.status}`), when: formatWhen(mark.decidedAt) })}
          </span>
        )}
        {mark.reason && <span className="mark-reason">{t('proof.reason', { reason: mark.reason })}</span>}
        {mark.appliedRevision !== null && <span className="mark-by">{t('proof.appliedRevision', { n: mark.appliedRevision })}</span>}
      </button>
      {preview && <ParagraphPreviewBox preview={preview} />}
      {mayDecide && undecided && !rejecting && (
        <div className="mark-actions">
          {mark.status === 'open' && (
            <button type="button" data-testid="mark-accept" disabled={busy || preview?.ok === false} onClick={onAccept}>{t('proof.accept')}</button>
          )}
          <button type="button" data-testid="mark-reject" disabled={busy} onClick={() => setRejecting(true)}>{t('proof.reject')}</button>
        </div>
      )}
      {mine && undecided && !editing && !withdrawing && (
        <div className="mark-actions">
          <button type="button" data-testid="mark-edit" disabled={busy} onClick={() => setEditing(true)}>{t('proof.editMark')}</button>
          <button type="button" data-testid="mark-withdraw" disabled={busy} onClick={() => setWithdrawing(true)}>{t('proof.withdrawMark')}</button>
        </div>
      )}
      {withdrawing && (
        <div className="mark-actions" role="group" aria-label={t('proof.withdrawMark')}>
          <span className="muted">{t('proof.withdrawConfirmText')}</span>
          <button
            type="button"
            data-testid="mark-withdraw-confirm"
            disabled={busy}
            onClick={() => {
              setWithdrawing(false);
              onWithdraw?.();
            }}
          >
            {t('proof.withdrawConfirm')}
          </button>
          <button type="button" className="link-btn" onClick={() => setWithdrawing(false)}>{t('proof.cancel')}</button>
        </div>
      )}
      {editing && <MarkEditForm mark={mark} busy={busy} onCancel={() => setEditing(false)} onSave={async (change) => (await onEdit?.(change)) && setEditing(false)} />}
      {rejecting && (
        <form
          className="mark-reject-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === '') return;
            onReject(reason.trim());
            setRejecting(false);
          }}
        >
          <input
            data-testid="mark-reject-reason"
            aria-label={t('proof.rejectReason')}
            placeholder={t('proof.rejectReasonPlaceholder')}
            value={reason}
            autoFocus
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" data-testid="mark-reject-confirm" disabled={busy || reason.trim() === ''}>{t('proof.rejectConfirm')}</button>
          <button type="button" className="link-btn" onClick={() => setRejecting(false)}>{t('proof.cancel')}</button>
        </form>
      )}
    </li>
  );
}

/** 接排: the end of one paragraph and the start of the next become one; 另起段: where one paragraph splits in two. */
function ParagraphPreviewBox({ preview }: { preview: ParagraphPreview }) {
  const { t } = useTranslation();
  if (!preview.ok) {
    return <p className="mark-preview refused" data-testid="mark-preview" data-preview="refused" role="note">{errorText(preview.message)}</p>;
  }
  const type = (b: { type: string }) => t(`blocks.${b.type}`);
  if (preview.kind === 'join') {
    const { first, second, joined } = preview;
    return (
      <div className="mark-preview" data-testid="mark-preview" data-preview="join" data-blocks={`${first.index},${second.index}`}>
        <span className="mark-preview-title">{t('proof.previewJoin', { a: first.index + 1, b: second.index + 1, type: type(joined) })}</span>
        <span className="mark-preview-text" data-testid="mark-preview-text">
          <span>{previewTail(first.text)}</span>
          <span className="mark-preview-seam" aria-label={t('proof.previewSeamJoin')}>⁀</span>
          <span>{previewHead(second.text)}</span>
        </span>
      </div>
    );
  }
  const [before, after] = preview.parts;
  return (
    <div className="mark-preview" data-testid="mark-preview" data-preview="split" data-blocks={`${before.index},${after.index}`}>
      <span className="mark-preview-title">{t('proof.previewSplit', { n: preview.block.index + 1, a: type(before), b: type(after) })}</span>
      <span className="mark-preview-text" data-testid="mark-preview-text">
        <span>{previewTail(before.text)}</span>
        <span className="mark-preview-seam" aria-label={t('proof.previewSeamSplit')}>¶</span>
        <span>{previewHead(after.text)}</span>
      </span>
    </div>
  );
}

/** The author's edit of a mark: what it asks for (new text where the kind takes one) and the note. */
function MarkEditForm({ mark, busy, onCancel, onSave }: { mark: ProofMark; busy: boolean; onCancel(): void; onSave(change: { proposed: string | null; note: string | null }): void }) {
  const { t } = useTranslation();
  const takesProposed = MARK_KINDS[mark.kind].needsProposed || mark.kind === 'transpose';
  const [proposed, setProposed] = useState(mark.proposed ?? '');
  const [note, setNote] = useState(mark.note ?? '');
  return (
    <form
      className="mark-reject-form"
      data-testid="mark-edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ proposed: takesProposed ? proposed : null, note: note.trim() === '' ? null : note.trim() });
      }}
    >
      {takesProposed && <input data-testid="mark-edit-proposed" aria-label={t('proof.proposed')} value={proposed} autoFocus onChange={(e) => setProposed(e.target.value)} />}
      <input data-testid="mark-edit-note" aria-label={t('proof.note')} placeholder={t('proof.note')} value={note} autoFocus={!takesProposed} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" data-testid="mark-edit-save" disabled={busy}>{t('proof.editSave')}</button>
      <button type="button" className="link-btn" onClick={onCancel}>{t('proof.cancel')}</button>
    </form>
  );
}

/** Where an insertion goes, four characters either side: ，厂党委‸把支部书. */
function insertionContext(mark: ProofMark): string {
  return `${mark.anchor.prefix.slice(-4)}‸${mark.anchor.suffix.slice(0, 4)}`;
}

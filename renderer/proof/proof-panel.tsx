/**
 * 校对: the open story's proof round — the round selector in its ink, adding a mark on the editor's selection,
 * the marks (click: select the range in the editor), accept/reject for the editor, the automatic checks, the
 * term list, and the page's sign-offs.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { currentRound, mayProof, ProofRounds, ROUND_INKS, type PageSignoffs, type Role } from '../../shared/model';
import { FindingsList } from './findings-list';
import { MarkForm } from './mark-form';
import { MarkRow } from './mark-row';
import { revealMark, selectionOffsets } from './proof-editor';
import { useApprovalLocked } from './proof-lock';
import { SignoffPanel } from './signoff-panel';
import type { BlockOffsets } from './slate-anchor';
import { TermsEditor } from './terms-editor';
import { invoke } from '../api/client';
import { useProfileName, type ProofState } from './use-proof';
import type { StoryPage } from './use-story-page';
import { liveStory } from '../common/live-story';

export interface ProofPanelProps {
  storyId: string;
  role: Role;
  proof: ProofState;
  /** The story's page: undefined while looking, null when not placed. */
  page: StoryPage | null | undefined;
  /** The form is open on this selection (set by the panel's button or the editor shortcut). */
  formAt: BlockOffsets | null;
  setFormAt(at: BlockOffsets | null): void;
  onSignoffs(signoffs: PageSignoffs): void;
}

export function ProofPanel({ storyId, role, proof, page, formAt, setFormAt, onSignoffs }: ProofPanelProps) {
  const { t } = useTranslation();
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [termsOpen, setTermsOpen] = useState(false);
  // After 签发 the text is locked: nothing more to mark or decide until the approval is withdrawn.
  const locked = useApprovalLocked(storyId);
  const mayMark = mayProof(role, 'mark') && !locked;
  const mayDecide = mayProof(role, 'decide') && !locked;
  const me = useProfileName(role);
  const pageId = page?.pageId ?? null;
  const { setRound } = proof;
  // The round selector starts at the story's page's current round (the first not yet signed there).
  useEffect(() => {
    if (!pageId) return;
    let live = true;
    void invoke('signoff.list', { pageId }).then((r) => {
      if (live && r.ok) setRound(currentRound(r.value.rounds));
    });
    return () => {
      live = false;
    };
  }, [pageId, setRound]);
  // The story's text as the editor shows it, for the 接排/另起段 previews (re-read as the text changes).
  const liveVersion = useSyncExternalStore(liveStory.subscribe, liveStory.version);
  const liveContent = useMemo(() => {
    void liveVersion;
    const live = liveStory.get();
    return live?.storyId === storyId ? live.read() : null;
  }, [liveVersion, storyId]);
  const shown = onlyOpen ? proof.marks.filter((m) => m.status === 'open' || m.status === 'orphaned') : proof.marks;
  const openCount = proof.marks.filter((m) => m.status === 'open' || m.status === 'orphaned').length;
  // 全部采纳: every open mark that can still be applied, in one revision (an orphaned one needs a reject).
  const acceptable = proof.marks.filter((m) => m.status === 'open').map((m) => m.id);

  const startMark = () => {
    const selection = startMarkAt(storyId);
    if (selection.ok) setFormAt(selection.at);
    else proof.setMessage({ kind: 'error', text: t(selection.messageKey) });
  };

  return (
    <aside className="proof-panel" data-testid="proof-panel" data-story-id={storyId} style={{ ['--proof-ink' as string]: ROUND_INKS[proof.round].hex }}>
      <div className="proof-rounds" role="radiogroup" aria-label={t('proof.round')} data-testid="proof-rounds" data-round={proof.round}>
        {ProofRounds.map((r) => (
          <button
            key={r}
            type="button"
            role="radio"
            aria-checked={r === proof.round}
            className={r === proof.round ? 'proof-round on' : 'proof-round'}
            data-testid={`proof-round-${r}`}
            style={{ ['--round-ink' as string]: ROUND_INKS[r].hex }}
            onClick={() => proof.setRound(r)}
          >
            {t(`proof.rounds.${r}`)}
          </button>
        ))}
      </div>
      <div className="proof-toolbar">
        {mayMark && (
          <button type="button" className="primary" data-testid="mark-add" disabled={proof.busy} onMouseDown={keepEditorSelection} onClick={startMark} title="Ctrl+Shift+M">
            {t('proof.addMark')}
          </button>
        )}
        <button type="button" data-testid="proof-check" disabled={proof.busy} onClick={() => void proof.check()}>{t('proof.check')}</button>
        <button type="button" className="link-btn" data-testid="terms-open" onClick={() => setTermsOpen((v) => !v)}>{t('proof.terms')}</button>
      </div>
      {!mayProof(role, 'mark') && <p className="muted pad" data-testid="proof-may-not">{t('proof.mayNot', { role: t(`proof.roles.${role}`), act: t('proof.addMark') })}</p>}
      {mayMark && !formAt && <p className="muted pad proof-hint">{t('proof.addHint')}</p>}
      {formAt && mayMark && <MarkForm key={`${formAt.blockIndex}:${formAt.start}:${formAt.end}`} at={formAt} busy={proof.busy} onSubmit={proof.addMark} onCancel={() => setFormAt(null)} />}
      {proof.message && (
        <p className={proof.message.kind === 'error' ? 'proof-error pad' : 'proof-info pad'} role="alert" data-testid="proof-message" data-kind={proof.message.kind}>
          {proof.message.text}
        </p>
      )}
      {termsOpen && <TermsEditor mayEdit={mayProof(role, 'edit-terms')} onClose={() => setTermsOpen(false)} />}
      {proof.findings && (
        <>
          <header className="pane-head sub">
            <h3>{t('proof.findings')} <span className="muted">{t('proof.findingsCount', { n: proof.findings.length })}</span></h3>
          </header>
          <FindingsList findings={proof.findings} mayMark={mayMark} busy={proof.busy} onMark={(f) => void proof.markFinding(f)} />
        </>
      )}
      <header className="pane-head sub">
        <h3>{t('proof.marks')} <span className="muted" data-testid="mark-open-count">{openCount}/{proof.marks.length}</span></h3>
        {mayDecide && acceptable.length > 1 && (
          <button type="button" className="link-btn" data-testid="mark-accept-all" disabled={proof.busy} onClick={() => void proof.acceptMany(acceptable)}>
            {t('proof.acceptAll', { n: acceptable.length })}
          </button>
        )}
        <button type="button" className="link-btn" data-testid="mark-filter" onClick={() => setOnlyOpen((v) => !v)}>
          {onlyOpen ? t('proof.filterAll') : t('proof.filterOpen')}
        </button>
      </header>
      {shown.length === 0 ? (
        <p className="muted pad" data-testid="mark-empty">{t('proof.noMarks')}</p>
      ) : (
        <ol className="mark-list" data-testid="mark-list">
          {shown.map((mark) => (
            <MarkRow
              key={mark.id}
              mark={mark}
              selected={mark.id === proof.selectedId}
              mayDecide={mayDecide}
              mine={mayMark && me !== null && mark.by === me}
              busy={proof.busy}
              onSelect={() => {
                proof.setSelectedId(mark.id);
                if (mark.status !== 'orphaned') revealMark(mark);
              }}
              onAccept={() => void proof.accept(mark.id)}
              onReject={(reason) => void proof.reject(mark.id, reason)}
              onWithdraw={() => void proof.withdraw(mark.id)}
              onEdit={(change) => proof.edit(mark.id, change)}
              content={liveContent}
            />
          ))}
        </ol>
      )}
      {page === null && <p className="muted pad" data-testid="signoff-not-placed">{t('proof.notPlaced')}</p>}
      {page && (
        <SignoffPanel
          key={`${page.pageId}:${proof.marks.length}:${openCount}`}
          pageId={page.pageId}
          role={role}
          label={t('page.pageLabel', { n: page.number, section: page.section }).trim()}
          onChange={onSignoffs}
        />
      )}
    </aside>
  );
}

/** Pressing the button must not move the focus (a read-only editor would drop its selection on blur). */
function keepEditorSelection(event: React.MouseEvent): void {
  event.preventDefault();
}

/** The editor's selection for a new mark, or the message saying why there is none. */
export function startMarkAt(storyId: string): { ok: true; at: BlockOffsets } | { ok: false; messageKey: string } {
  const selection = selectionOffsets(storyId);
  if (selection.ok) return { ok: true, at: selection.offsets };
  const messageKey = selection.reason === 'across-blocks' ? 'proof.acrossBlocks' : selection.reason === 'no-editor' ? 'proof.noEditor' : 'proof.noSelection';
  return { ok: false, messageKey };
}

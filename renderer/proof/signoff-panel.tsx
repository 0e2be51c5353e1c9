/**
 * A page's sign-offs (签字): the proofreader signs each round done in order, the 责任编辑 signs the page, then
 * 签发 (approve) locks the text of its stories for print; 撤销签发 with a reason reopens it. Mountable anywhere
 * with a page id (the proof panel shows it for the open story's page; the page view may mount it too).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayProof, ProofRounds, ROUND_INKS, type PageSignoffs, type ProofPolicy, type Role } from '../../shared/model';
import { invoke } from '../api/client';
import { formatWhen } from '../common/format';
import { remoteChanges } from '../newsroom/live';

export interface SignoffPanelProps {
  pageId: string;
  /** The acting profile's role (what buttons to offer; the services decide). */
  role: Role;
  /** Shown as the heading, e.g. 第1版 要闻. */
  label?: string;
  /** The sign-offs changed (or were first loaded). */
  onChange?(signoffs: PageSignoffs): void;
}

export function SignoffPanel({ pageId, role, label, onChange }: SignoffPanelProps) {
  const { t } = useTranslation();
  const [signoffs, setSignoffs] = useState<PageSignoffs | null>(null);
  const [policy, setPolicy] = useState<ProofPolicy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');

  const show = useCallback((value: PageSignoffs) => {
    setSignoffs(value);
    onChange?.(value);
  }, [onChange]);

  const load = useCallback(async () => {
    const [list, rules] = await Promise.all([invoke('signoff.list', { pageId }), invoke('proof.policy', {})]);
    if (list.ok) show(list.value);
    else setError(list.error.message);
    if (rules.ok) setPolicy(rules.value);
  }, [pageId, show]);
  useEffect(() => void load(), [load]);
  // Newsroom mode: a signature made on another desk shows here when the feed brings it.
  useEffect(
    () => remoteChanges.subscribe(() => {
      const { kinds } = remoteChanges.get();
      if (kinds.includes('signoff') || kinds.includes('page')) void load();
    }),
    [load],
  );

  const run = async (work: () => ReturnType<typeof invoke<'signoff.list'>>) => {
    setBusy(true);
    setError(null);
    const result = await work();
    setBusy(false);
    if (result.ok) show(result.value);
    else setError(t(result.error.code === 'forbidden' ? 'proof.forbidden' : 'proof.failed', { message: result.error.message }));
  };

  if (!signoffs) return <section className="signoff-panel" data-testid="signoff-panel" data-page-id={pageId} data-loaded="false" />;
  const nextRound = ProofRounds.find((r) => !signoffs.rounds[r]);
  const lastRequired = policy ? ProofRounds.indexOf(policy.lastRequiredRound) : 0;
  const rounds = ProofRounds.filter((r, i) => i <= Math.max(lastRequired, 0) || signoffs.rounds[r] || r === nextRound);
  const approved = signoffs.approved;

  return (
    <section className="signoff-panel" data-testid="signoff-panel" data-page-id={pageId} data-loaded="true" data-approved={!!approved}>
      <header className="pane-head sub"><h3>{label ? t('proof.signoffPage', { page: label }) : t('proof.signoff')}</h3></header>
      <ul className="signoff-rows">
        {rounds.map((r) => {
          const s = signoffs.rounds[r];
          const name = t(`proof.rounds.${r}`);
          return (
            <li key={r} className={s ? 'signed' : ''} data-testid={`signoff-round-${r}`} data-signed={!!s} style={{ ['--proof-ink' as string]: ROUND_INKS[r].hex }}>
              <span className="round-dot" />
              {s ? t('proof.roundSigned', { round: name, who: s.by, when: formatWhen(s.at) }) : t('proof.roundUnsigned', { round: name })}
            </li>
          );
        })}
        <li className={signoffs.page ? 'signed' : ''} data-testid="signoff-page" data-signed={!!signoffs.page}>
          {signoffs.page ? t('proof.pageSigned', { who: signoffs.page.by, when: formatWhen(signoffs.page.at) }) : t('proof.pageUnsigned')}
        </li>
        <li className={approved ? 'signed approved' : ''} data-testid="signoff-approved" data-signed={!!approved}>
          {approved ? t('proof.approved', { who: approved.by, when: formatWhen(approved.at) }) : t('proof.notApproved')}
        </li>
      </ul>
      {signoffs.undecidedMarks > 0 && <p className="proof-warn pad" data-testid="signoff-undecided">{t('proof.undecided', { n: signoffs.undecidedMarks })}</p>}
      <div className="signoff-actions">
        {mayProof(role, 'sign-round') && nextRound && !approved && (
          <button type="button" data-testid="signoff-sign-round" data-round={nextRound} disabled={busy} onClick={() => void run(() => invoke('signoff.round', { pageId, round: nextRound }))}>
            {t('proof.signRound', { round: t(`proof.rounds.${nextRound}`) })}
          </button>
        )}
        {mayProof(role, 'sign-page') && !signoffs.page && !approved && (
          <button type="button" data-testid="signoff-sign-page" disabled={busy} onClick={() => void run(() => invoke('signoff.page', { pageId }))}>
            {t('proof.signPage')}
          </button>
        )}
        {mayProof(role, 'approve') && signoffs.page && !approved && (
          <button type="button" className="primary" data-testid="signoff-approve" disabled={busy} onClick={() => void run(() => invoke('signoff.approve', { pageId }))}>
            {t('proof.approve')}
          </button>
        )}
        {mayProof(role, 'withdraw') && approved && !withdrawing && (
          <button type="button" data-testid="signoff-withdraw" disabled={busy} onClick={() => setWithdrawing(true)}>{t('proof.withdraw')}</button>
        )}
      </div>
      {withdrawing && (
        <form
          className="mark-reject-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === '') return;
            setWithdrawing(false);
            void run(() => invoke('signoff.withdraw', { pageId, reason: reason.trim() }));
          }}
        >
          <input data-testid="signoff-withdraw-reason" aria-label={t('proof.withdrawReason')} placeholder={t('proof.withdrawReason')} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} />
          <button type="submit" data-testid="signoff-withdraw-confirm" disabled={reason.trim() === ''}>{t('proof.withdraw')}</button>
          <button type="button" className="link-btn" onClick={() => setWithdrawing(false)}>{t('proof.cancel')}</button>
        </form>
      )}
      {error && <p className="proof-error" role="alert" data-testid="signoff-error">{error}</p>}
    </section>
  );
}

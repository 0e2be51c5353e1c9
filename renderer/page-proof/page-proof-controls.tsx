/** The page toolbar's 校样 controls: the toggle, the round marks are added in (in its ink), and 打印校样. */
import { useTranslation } from 'react-i18next';
import { ProofRounds, ROUND_INKS, type ProofRound } from '../../shared/model';
import { ensurePageProofStrings } from './i18n-page-proof';
import type { PageProofState } from './use-page-proof';

export function PageProofControls({ proof, disabled }: { proof: PageProofState; disabled: boolean }) {
  ensurePageProofStrings();
  const { t } = useTranslation();
  return (
    <span className="page-proof-controls" data-testid="page-proof-controls">
      <button
        type="button"
        className={proof.on ? 'btn small on' : 'btn small'}
        data-testid="page-proof-toggle"
        aria-pressed={proof.on}
        title={t('pageProof.toggleTitle')}
        disabled={disabled}
        onClick={() => proof.setOn(!proof.on)}
      >
        {t('pageProof.toggle')}
      </button>
      {proof.on && proof.mayMark && (
        <select
          data-testid="page-proof-round"
          aria-label={t('pageProof.round')}
          value={proof.round}
          style={{ color: ROUND_INKS[proof.round].hex }}
          onChange={(e) => proof.setRound(e.target.value as ProofRound)}
        >
          {ProofRounds.map((r) => (
            <option key={r} value={r} style={{ color: ROUND_INKS[r].hex }}>{t(`proof.rounds.${r}`)}</option>
          ))}
        </select>
      )}
      {proof.on && proof.role && !proof.mayMark && (
        <span className="muted page-proof-note" data-testid="page-proof-read-only">{t('pageProof.readOnly', { role: t(`proof.roles.${proof.role}`) })}</span>
      )}
      <button type="button" className="btn small" data-testid="page-proof-print" disabled={disabled || proof.printing} onClick={() => void proof.print()}>
        {proof.printing ? t('pageProof.printing') : t('pageProof.print')}
      </button>
      {proof.message && !proof.selection && (
        <span className="proof-error page-proof-note" role="alert" data-testid="page-proof-message">{proof.message.text}</span>
      )}
    </span>
  );
}

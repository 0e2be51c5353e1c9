/** The automatic checks' findings (proof.check); one click turns a finding into a mark (proof.markFromFinding). */
import { useTranslation } from 'react-i18next';
import type { StoryFindingDto } from '../../shared/api/contract-proof';
import { formatMessage } from '../../shared/proof/codes';

export interface FindingsListProps {
  findings: readonly StoryFindingDto[];
  mayMark: boolean;
  busy: boolean;
  onMark(finding: StoryFindingDto): void;
}

export function FindingsList({ findings, mayMark, busy, onMark }: FindingsListProps) {
  const { t, i18n } = useTranslation();
  // The service words findings in Chinese; the code and its arguments give the English wording.
  const message = (f: StoryFindingDto) => (i18n.language.startsWith('en') ? formatMessage(f.code, f.args, 'en') : f.message);
  if (findings.length === 0) return <p className="muted pad" data-testid="finding-empty">{t('proof.noFindings')}</p>;
  return (
    <ul className="finding-list" data-testid="finding-list">
      {findings.map((f, i) => (
        <li key={`${f.block}:${f.start}:${f.code}:${i}`} className={`finding-row severity-${f.severity}`} data-testid="finding-row" data-code={f.code}>
          <span className="finding-text">「{f.text}」</span>
          <span className="finding-message">{message(f)}</span>
          {f.suggestion !== undefined && <span className="finding-suggest">{t('proof.suggest', { s: f.suggestion || '∅' })}</span>}
          {mayMark && (
            <button type="button" className="link-btn" data-testid="finding-to-mark" disabled={busy} onClick={() => onMark(f)}>
              {t('proof.toMark')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

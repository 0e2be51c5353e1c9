/** The story's state, with only the moves this role may make (shared/model/workflow.ts decides). */
import { useTranslation } from 'react-i18next';
import { StoryStatuses, nextStates, type Role, type StoryStatus } from '../../shared/model';

export interface StateSelectProps {
  status: StoryStatus;
  role: Role;
  onMove: (to: StoryStatus) => void;
}

export function StateSelect({ status, role, onMove }: StateSelectProps) {
  const { t } = useTranslation();
  const moves = nextStates(role, status);
  const rank = (s: StoryStatus) => StoryStatuses.indexOf(s);
  return (
    <div className="state-select">
      <select
        data-testid="inspector-status"
        aria-label={t('inspector.status')}
        value={status}
        disabled={moves.length === 0}
        onChange={(e) => onMove(e.target.value as StoryStatus)}
      >
        <option value={status}>{t(`status.${status}`)}</option>
        {moves.map((to) => (
          <option key={to} value={to} data-testid="state-move">
            {t(rank(to) > rank(status) ? 'workflow.forward' : 'workflow.back', { state: t(`status.${to}`) })}
          </option>
        ))}
      </select>
      {moves.length === 0 && (
        <div className="muted hint" data-testid="state-no-moves">
          {t('workflow.noMoves', { role: t(`role.${role}`) })}
        </div>
      )}
    </div>
  );
}

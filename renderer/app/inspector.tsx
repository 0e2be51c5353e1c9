/** 属性: the open story's facts (state, author, 字数, revision) and its revision list with one-click restore. */
import { useTranslation } from 'react-i18next';
import { StoryStatuses, type RevisionSummary, type StoryStatus, type StorySummary } from '../../shared/model';
import { formatCount, formatWhen } from './format';

export interface InspectorProps {
  story: StorySummary | null;
  revisions: RevisionSummary[];
  onStatus: (status: StoryStatus) => void;
  onRestore: (number: number) => void;
}

export function Inspector({ story, revisions, onStatus, onRestore }: InspectorProps) {
  const { t } = useTranslation();
  if (!story) {
    return (
      <aside className="inspector" data-testid="inspector">
        <header className="pane-head"><h2>{t('inspector.title')}</h2></header>
        <p className="muted pad">{t('inspector.noStory')}</p>
      </aside>
    );
  }
  const newest = revisions.reduce((max, r) => Math.max(max, r.number), 0);
  return (
    <aside className="inspector" data-testid="inspector">
      <header className="pane-head"><h2>{t('inspector.title')}</h2></header>
      <dl className="facts">
        <dt>{t('inspector.titleField')}</dt>
        <dd data-testid="inspector-title">{story.title || t('desk.untitled')}</dd>
        <dt>{t('inspector.status')}</dt>
        <dd>
          <select data-testid="inspector-status" value={story.status} onChange={(e) => onStatus(e.target.value as StoryStatus)}>
            {StoryStatuses.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </select>
        </dd>
        <dt>{t('inspector.author')}</dt>
        <dd data-testid="inspector-author">{story.author || '—'}</dd>
        <dt>{t('inspector.chars')}</dt>
        <dd data-testid="inspector-chars">{formatCount(story.chars)}（{t('inspector.hanChars')} {formatCount(story.hanChars)}）</dd>
        <dt>{t('inspector.revision')}</dt>
        <dd data-testid="inspector-revision">{story.revision}</dd>
        <dt>{t('inspector.updated')}</dt>
        <dd>{formatWhen(story.updatedAt)}</dd>
      </dl>
      <header className="pane-head sub"><h3>{t('inspector.revisions')}</h3></header>
      <ol className="revision-list" data-testid="revision-list">
        {[...revisions].sort((a, b) => b.number - a.number).map((r) => (
          <li key={r.id} className="revision-row" data-testid="revision-row" data-revision={r.number}>
            <div className="rev-line">
              <strong>{t('inspector.revisionRow', { number: r.number })}</strong>
              <span className="muted">{formatWhen(r.createdAt)}</span>
            </div>
            <div className="rev-line muted">
              {r.author && <span>{r.author}</span>}
              <span>{t(`inspector.revisionReason.${r.reason}`, { from: r.restoredFrom ?? '' })}</span>
              <span>{t('desk.chars', { n: formatCount(r.chars) })}</span>
            </div>
            {r.number === newest ? (
              <span className="rev-current">{t('inspector.current')}</span>
            ) : (
              <button type="button" className="link-btn" data-testid="revision-restore" onClick={() => onRestore(r.number)}>
                {t('inspector.restore')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}

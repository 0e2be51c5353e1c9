/** 属性: the open story's facts (state, author, 字数, revision), its status log and its revisions. */
import { useTranslation } from 'react-i18next';
import type { CharCount, RevisionSummary, Role, StatusChange, StoryStatus, StorySummary } from '../../shared/model';
import { StateSelect } from '../workflow/state-select';
import { StatusLog } from '../workflow/status-log';
import { formatCount, formatWhen } from '../common/format';
import { useObservable, type Observable } from '../common/observable';
import { RevisionList } from './revision-list';
// Copyfit while writing: where the story is placed and how it fits there, from the page composer.
import { StoryCopyfit } from '../page/story-copyfit';

export interface InspectorProps {
  story: StorySummary | null;
  role: Role;
  readOnly: boolean;
  revisions: RevisionSummary[];
  statusLog: StatusChange[];
  /** The editor's live 字数 (updated per keystroke); the saved summary's count until the first keystroke. */
  counts?: Observable<CharCount | null>;
  onStatus: (status: StoryStatus) => void;
  onRestore: (number: number) => void;
  onCompare: (from: number, to: number) => void;
}

export function Inspector({ story, role, readOnly, revisions, statusLog, counts, onStatus, onRestore, onCompare }: InspectorProps) {
  const { t } = useTranslation();
  if (!story) {
    return (
      <aside className="inspector" data-testid="inspector">
        <header className="pane-head"><h2>{t('inspector.title')}</h2></header>
        <p className="muted pad">{t('inspector.noStory')}</p>
      </aside>
    );
  }
  return (
    <aside className="inspector" data-testid="inspector">
      <header className="pane-head"><h2>{t('inspector.title')}</h2></header>
      <dl className="facts">
        <dt>{t('inspector.titleField')}</dt>
        <dd data-testid="inspector-title">{story.title || t('desk.untitled')}</dd>
        <dt>{t('inspector.status')}</dt>
        <dd>
          <StateSelect status={story.status} role={role} onMove={onStatus} />
        </dd>
        <dt>{t('inspector.author')}</dt>
        <dd data-testid="inspector-author">{story.author || '—'}</dd>
        <dt>{t('inspector.chars')}</dt>
        {counts ? <LiveChars source={counts} saved={story} /> : <CharsFact count={story} />}
        <dt>{t('inspector.revision')}</dt>
        <dd data-testid="inspector-revision">{story.revision}</dd>
        <dt>{t('inspector.updated')}</dt>
        <dd>{formatWhen(story.updatedAt)}</dd>
      </dl>
      <header className="pane-head sub"><h3>{t('page.fitTitle')}</h3></header>
      <StoryCopyfit storyId={story.id} />
      <header className="pane-head sub"><h3>{t('workflow.log')}</h3></header>
      <StatusLog changes={statusLog} />
      <header className="pane-head sub"><h3>{t('inspector.revisions')}</h3></header>
      <RevisionList revisions={revisions} readOnly={readOnly} onRestore={onRestore} onCompare={onCompare} />
    </aside>
  );
}

/** Subscribes on its own, so a keystroke re-renders this one line, not the inspector. */
function LiveChars({ source, saved }: { source: Observable<CharCount | null>; saved: CharCount }) {
  return <CharsFact count={useObservable(source) ?? saved} />;
}

function CharsFact({ count }: { count: CharCount }) {
  const { t } = useTranslation();
  return (
    <dd data-testid="inspector-chars" data-chars={count.chars}>
      {formatCount(count.chars)}（{t('inspector.hanChars')} {formatCount(count.hanChars)}）
    </dd>
  );
}

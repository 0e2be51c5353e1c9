/** 稿库: the list of stories (or the trash), a title filter, and "new story". */
import { useTranslation } from 'react-i18next';
import type { StorySummary } from '../../shared/model';
import { StoryRow } from './story-row';

export interface DeskProps {
  stories: StorySummary[];
  /** False until the first list arrived (tests wait for it). */
  loaded: boolean;
  inTrash: boolean;
  filter: string;
  selectedId: string | null;
  onFilter: (filter: string) => void;
  onToggleTrash: () => void;
  onCreate: () => void;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onDelete: (id: string) => void;
  onRestore: (id: string) => void;
}

export function Desk(props: DeskProps) {
  const { t } = useTranslation();
  const { stories, inTrash, filter } = props;
  const emptyText = inTrash ? t('desk.trashEmpty') : filter ? t('desk.emptyFiltered', { filter }) : t('desk.empty');
  return (
    <aside className="desk" data-testid="desk" data-view={inTrash ? 'trash' : 'live'} data-loaded={props.loaded}>
      <header className="pane-head">
        <h2>{inTrash ? t('desk.trashTitle') : t('desk.title')}</h2>
        <span className="pane-count">{stories.length}</span>
        <div className="tb-spacer" />
        {!inTrash && (
          <button type="button" className="btn small primary" data-testid="desk-create" onClick={props.onCreate}>
            {t('desk.create')}
          </button>
        )}
      </header>
      <div className="desk-filter">
        <input
          type="search"
          data-testid="desk-filter"
          placeholder={t('desk.filter')}
          aria-label={t('desk.filter')}
          value={filter}
          onChange={(e) => props.onFilter(e.target.value)}
        />
      </div>
      <ul className="story-list" data-testid="story-list">
        {stories.map((story) => (
          <StoryRow
            key={story.id}
            story={story}
            selected={story.id === props.selectedId}
            inTrash={inTrash}
            onOpen={() => props.onOpen(story.id)}
            onRename={(title) => props.onRename(story.id, title)}
            onDelete={() => props.onDelete(story.id)}
            onRestore={() => props.onRestore(story.id)}
          />
        ))}
        {stories.length === 0 && (
          <li className="desk-empty" data-testid="desk-empty">
            {emptyText}
          </li>
        )}
      </ul>
      <footer className="desk-foot">
        <button type="button" className="link-btn" data-testid="desk-trash-toggle" onClick={props.onToggleTrash}>
          {inTrash ? t('desk.showLive') : t('desk.showTrash')}
        </button>
      </footer>
    </aside>
  );
}

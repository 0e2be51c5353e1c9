/**
 * 稿库: full-text search, the list of stories (or the trash) filtered by title, state and author, "new story",
 * and import (button or files dropped anywhere on the desk).
 */
import { forwardRef, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockInfo, StoryStatus, StorySummary } from '../../shared/model';
import { DeskFilters } from './desk-filters';
import { PAGE_STEP, useRovingList } from '../common/roving-list';
import { ImportFileInput } from './import-file-input';
import { ImportReport } from './import-report';
import { SearchResults } from './search-results';
import { StoryRow } from './story-row';
import type { ImportState } from './use-import';
import type { SearchState } from './use-search';

export interface DeskProps {
  stories: StorySummary[];
  /** False until the first list arrived (tests wait for it). */
  loaded: boolean;
  /** More rows than `stories` match: fetched by `onLoadMore` as the list scrolls or the focus nears its end. */
  hasMore?: boolean;
  onLoadMore?: () => void;
  inTrash: boolean;
  filter: string;
  status: StoryStatus | null;
  author: string | null;
  authors: string[];
  me: string | null;
  selectedId: string | null;
  /** Stories other sessions are editing now, by story id. */
  lockedBy: ReadonlyMap<string, LockInfo>;
  search: SearchState;
  imports: ImportState;
  onFilter: (filter: string) => void;
  onStatus: (status: StoryStatus | null) => void;
  onAuthor: (author: string | null) => void;
  onToggleTrash: () => void;
  onCreate: () => void;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onDelete: (id: string) => void;
  onRestore: (id: string) => void;
  /** 按版 / 按版名 filters (renderer/plan/placement-filter), shown under the state chips. */
  placementFilter?: React.ReactNode;
  /** A page or section filter is set (the empty list then says "nothing matches"). */
  placementActive?: boolean;
  /** The import file picker, so 文件 → 导入 (Ctrl+O) can open it. */
  importInputRef?: React.RefObject<HTMLInputElement | null>;
}

export const Desk = forwardRef<HTMLInputElement, DeskProps>(function Desk(props, searchRef) {
  const { t } = useTranslation();
  const { stories, inTrash, filter, search, imports } = props;
  const ownFileInput = useRef<HTMLInputElement>(null);
  const fileInput = props.importInputRef ?? ownFileInput;
  const [dropping, setDropping] = useState(false);
  // The search box's text while an IME composition is open: pinyin is not a query, so nothing is searched
  // until the composition ends.
  const [composing, setComposing] = useState<string | null>(null);
  const emptyText = inTrash
    ? t('desk.trashEmpty')
    : filter
      ? t('desk.emptyFiltered', { filter })
      : props.status || props.author || props.placementActive
        ? t('desk.emptyMatching')
        : t('desk.empty');
  const selectedIndex = stories.findIndex((s) => s.id === props.selectedId);
  const roving = useRovingList(stories.length, selectedIndex, (i) => {
    const story = stories[i];
    if (!story) return;
    if (inTrash) props.onRestore(story.id);
    else props.onOpen(story.id);
  });
  const loadMoreNear = (i: number) => {
    if (props.hasMore && i >= stories.length - 2 * PAGE_STEP) props.onLoadMore?.();
  };
  const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

  return (
    <aside
      className={dropping ? 'desk dropping' : 'desk'}
      data-testid="desk"
      data-view={inTrash ? 'trash' : 'live'}
      data-loaded={props.loaded}
      onDragOver={(e) => {
        if (!hasFiles(e) || inTrash) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e) || inTrash) return;
        e.preventDefault();
        setDropping(false);
        void imports.importFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <header className="pane-head">
        <h2>{inTrash ? t('desk.trashTitle') : t('desk.title')}</h2>
        <span className="pane-count" data-testid="desk-count">
          {props.hasMore ? t('desk.countMore', { count: stories.length }) : stories.length}
        </span>
        <div className="tb-spacer" />
        {!inTrash && (
          <>
            <button type="button" className="btn small" data-testid="desk-import" title={t('import.hint')} onClick={() => fileInput.current?.click()}>
              {t('import.button')}
            </button>
            <button type="button" className="btn small primary" data-testid="desk-create" onClick={props.onCreate}>
              {t('desk.create')}
            </button>
          </>
        )}
        {/* The app's own picker when it passes one (always mounted); a desk on its own keeps its own. */}
        {!props.importInputRef && <ImportFileInput ref={fileInput} onFiles={(files) => void imports.importFiles(files)} />}
      </header>
      <div className="desk-search">
        <input
          ref={searchRef}
          type="search"
          data-testid="search-box"
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          value={composing ?? search.query}
          data-query={search.query}
          onCompositionStart={(e) => setComposing(e.currentTarget.value)}
          onCompositionEnd={(e) => {
            setComposing(null);
            search.setQuery(e.currentTarget.value);
          }}
          onChange={(e) => {
            if ((e.nativeEvent as InputEvent).isComposing) setComposing(e.target.value);
            else search.setQuery(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') search.setQuery('');
          }}
        />
      </div>
      <ImportReport running={imports.running} report={imports.report} onOpen={props.onOpen} onCancel={imports.cancel} onDismiss={imports.dismiss} />
      {search.hits ? (
        <SearchResults
          hits={search.hits}
          query={search.query.trim()}
          searching={search.searching}
          error={search.error}
          selectedId={props.selectedId}
          onOpen={props.onOpen}
        />
      ) : (
        <>
          <div className="desk-filter">
            <input
              type="search"
              data-testid="desk-filter"
              placeholder={t('desk.filter')}
              aria-label={t('desk.filter')}
              value={filter}
              onChange={(e) => props.onFilter(e.target.value)}
            />
            {!inTrash && (
              <DeskFilters status={props.status} author={props.author} authors={props.authors} me={props.me} onStatus={props.onStatus} onAuthor={props.onAuthor} />
            )}
            {!inTrash && props.placementFilter}
          </div>
          {stories.length === 0 ? (
            <p className="desk-empty" data-testid="desk-empty">
              {emptyText}
            </p>
          ) : (
          <ul
            className="story-list"
            data-testid="story-list"
            role="listbox"
            aria-label={inTrash ? t('desk.trashTitle') : t('desk.title')}
            ref={roving.listRef}
            onKeyDown={roving.onKeyDown}
            data-more={props.hasMore ? 'true' : 'false'}
            onScroll={(e) => {
              // Two screens before the end, the next page is fetched.
              const list = e.currentTarget;
              if (props.hasMore && list.scrollTop + 3 * list.clientHeight >= list.scrollHeight) props.onLoadMore?.();
            }}
          >
            {stories.map((story, i) => (
              <StoryRow
                key={story.id}
                story={story}
                selected={story.id === props.selectedId}
                inTrash={inTrash}
                lockedBy={props.lockedBy.get(story.id)}
                onOpen={() => props.onOpen(story.id)}
                onRename={(title) => props.onRename(story.id, title)}
                onDelete={() => props.onDelete(story.id)}
                onRestore={() => props.onRestore(story.id)}
                tabIndex={roving.tabIndexOf(i)}
                onFocus={() => {
                  roving.onOptionFocus(i);
                  loadMoreNear(i);
                }}
              />
            ))}
          </ul>
          )}
        </>
      )}
      {dropping && <div className="drop-hint" data-testid="drop-hint">{t('import.dropHint')}</div>}
      <footer className="desk-foot">
        <button type="button" className="link-btn" data-testid="desk-trash-toggle" onClick={props.onToggleTrash}>
          {inTrash ? t('desk.showLive') : t('desk.showTrash')}
        </button>
      </footer>
    </aside>
  );
});

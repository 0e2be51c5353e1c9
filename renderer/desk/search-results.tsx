/**
 * Search hits in place of the desk list (a listbox): title, and the snippet with the matches marked. Click or Enter
 * opens the story; the arrows move between hits.
 */
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../shared/api/contract-library';
import { useRovingList } from '../common/roving-list';
import { splitSnippet } from './snippet';

export interface SearchResultsProps {
  hits: SearchHit[];
  query: string;
  searching: boolean;
  error: string | null;
  selectedId: string | null;
  onOpen: (id: string) => void;
}

export function SearchResults({ hits, query, searching, error, selectedId, onOpen }: SearchResultsProps) {
  const { t } = useTranslation();
  const roving = useRovingList(
    hits.length,
    hits.findIndex((h) => h.story === selectedId),
    (i) => hits[i] && onOpen(hits[i].story),
  );
  return (
    <div className="search-results" data-testid="search-results" data-searching={searching}>
      {hits.length > 0 && <p className="search-head" data-testid="search-count" id="search-count">{t('search.count', { n: hits.length })}</p>}
      {error && <p className="desk-empty form-error" data-testid="search-error" role="alert">{t('search.error', { message: error })}</p>}
      {hits.length > 0 && (
      <ul className="story-list" role="listbox" aria-labelledby="search-count" ref={roving.listRef} onKeyDown={roving.onKeyDown}>
      {hits.map((hit, i) => (
        <li
          key={hit.story}
          className={hit.story === selectedId ? 'search-hit selected' : 'search-hit'}
          data-testid="search-hit"
          data-story-id={hit.story}
          role="option"
          aria-selected={hit.story === selectedId}
          tabIndex={roving.tabIndexOf(i)}
          onFocus={() => roving.onOptionFocus(i)}
          onClick={() => onOpen(hit.story)}
        >
          <div className="story-title">{hit.title || <span className="muted">{t('desk.untitled')}</span>}</div>
          <div className="hit-snippet" data-testid="search-snippet">
            {splitSnippet(hit.snippet).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
          </div>
        </li>
      ))}
      </ul>
      )}
      {!error && !searching && hits.length === 0 && (
        <p className="desk-empty" data-testid="search-empty">{t('search.empty', { query })}</p>
      )}
    </div>
  );
}

/** Search hits in place of the desk list: title, and the snippet with the matches marked. Click opens the story. */
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../shared/api/contract-library';
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
  return (
    <ul className="story-list search-results" data-testid="search-results" data-searching={searching}>
      {hits.length > 0 && <li className="search-head" data-testid="search-count">{t('search.count', { n: hits.length })}</li>}
      {error && <li className="desk-empty form-error" data-testid="search-error">{t('search.error', { message: error })}</li>}
      {hits.map((hit) => (
        <li
          key={hit.story}
          className={hit.story === selectedId ? 'search-hit selected' : 'search-hit'}
          data-testid="search-hit"
          data-story-id={hit.story}
          onClick={() => onOpen(hit.story)}
        >
          <div className="story-title">{hit.title || <span className="muted">{t('desk.untitled')}</span>}</div>
          <div className="hit-snippet" data-testid="search-snippet">
            {splitSnippet(hit.snippet).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
          </div>
        </li>
      ))}
      {!error && !searching && hits.length === 0 && (
        <li className="desk-empty" data-testid="search-empty">{t('search.empty', { query })}</li>
      )}
    </ul>
  );
}

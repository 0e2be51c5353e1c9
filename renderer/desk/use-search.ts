/** Full-text search of the desk (search.stories), asked a moment after typing stops; the newest answer wins. */
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../shared/api/contract-library';
import { invoke } from '../api/client';

export interface SearchState {
  query: string;
  setQuery: (query: string) => void;
  /** null while there is no query (the desk list shows instead). */
  hits: SearchHit[] | null;
  searching: boolean;
  error: string | null;
}

export function useSearch(delayMs = 200): SearchState {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      asked.current++;
      setHits(null);
      setSearching(false);
      setError(null);
      return;
    }
    setSearching(true);
    const timer = setTimeout(async () => {
      const ticket = ++asked.current;
      const result = await invoke('search.stories', { query: trimmed, limit: 50 });
      if (ticket !== asked.current) return;
      setSearching(false);
      if (result.ok) {
        setHits(result.value);
        setError(null);
      } else {
        setHits([]);
        setError(result.error.message);
      }
    }, delayMs);
    return () => clearTimeout(timer);
  }, [query, delayMs]);

  return { query, setQuery, hits, searching, error };
}

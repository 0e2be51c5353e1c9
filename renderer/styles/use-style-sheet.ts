/** The desk paper's style sheet (styles.get), kept current with any save made in this session. */
import { useEffect, useState } from 'react';
import type { StyleSheet } from '../../shared/model';
import { invoke } from '../api/client';
import { useObservable } from '../common/observable';
import { savedStyleSheet } from '../common/style-sheets';

export interface DeskStyleSheet {
  paper: string;
  sheet: StyleSheet;
}

export function useDeskStyleSheet(): DeskStyleSheet | null {
  const [loaded, setLoaded] = useState<DeskStyleSheet | null>(null);
  const saved = useObservable(savedStyleSheet);
  useEffect(() => {
    let live = true;
    void invoke('styles.get', {}).then((result) => {
      if (live && result.ok) setLoaded({ paper: result.value.paper, sheet: result.value.sheet });
    });
    return () => {
      live = false;
    };
  }, []);
  if (saved && (!loaded || saved.paper === loaded.paper)) return saved;
  return loaded;
}

/** The desk's profile (who is working, in which role): loaded once, asked for when missing, switchable. */
import { useCallback, useEffect, useState } from 'react';
import type { Profile } from '../../shared/model';
import { invoke } from '../api/client';

export interface ProfileState {
  profile: Profile | null;
  /** False until profile.get answered (nothing is asked before that). */
  loaded: boolean;
  /** The profile dialog is showing: no profile yet, or the person chose to switch. */
  dialogOpen: boolean;
  openDialog: () => void;
  closeDialog: () => void;
  /** Saves the profile; resolves to an error message, or null when saved. */
  save: (profile: Profile) => Promise<string | null>;
}

export function useProfile(): ProfileState {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [switching, setSwitching] = useState(false);

  useEffect(() => {
    void (async () => {
      const result = await invoke('profile.get', {});
      if (result.ok) setProfile(result.value);
      setLoaded(true);
    })();
  }, []);

  const save = useCallback(async (next: Profile) => {
    const result = await invoke('profile.set', next);
    if (!result.ok) return result.error.message;
    setProfile(result.value);
    setSwitching(false);
    return null;
  }, []);

  return {
    profile,
    loaded,
    dialogOpen: loaded && (profile === null || switching),
    openDialog: () => setSwitching(true),
    closeDialog: () => setSwitching(false),
    save,
  };
}

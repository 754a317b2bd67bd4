import { useCallback, useEffect, useState } from 'react';
import type { Profile } from '../../shared/profile';
import { getApi } from '../api';

export interface ProfileRow {
  profile: Profile;
  /** Whether a password is in the keychain; null when the keychain could not be asked. */
  secretStored: boolean | null;
}

export interface ProfilesState {
  rows: ProfileRow[];
  /** Why the keychain is unavailable (no-secret-service, locked, …), when it is. */
  keychainReason: string | null;
  loaded: boolean;
}

const EMPTY: ProfilesState = { rows: [], keychainReason: null, loaded: false };

async function loadProfiles(): Promise<ProfilesState> {
  const api = getApi();
  if (!api) return EMPTY;
  const listed = await api.listProfiles();
  if (!listed.ok) return EMPTY;
  let keychainReason: string | null = null;
  const rows: ProfileRow[] = [];
  for (const profile of listed.value) {
    const has = profile.authMethod === 'password' ? await api.hasSecret({ address: profile.address }) : null;
    if (has && !has.ok && has.error.code === 'KEYCHAIN_UNAVAILABLE') keychainReason = has.error.reason ?? 'unknown';
    rows.push({ profile, secretStored: has && has.ok ? has.value.stored : null });
  }
  return { rows, keychainReason, loaded: true };
}

/** The saved profiles with whether each has a remembered password; reload after every change. */
export function useProfiles(): [ProfilesState, () => Promise<void>] {
  const [state, setState] = useState<ProfilesState>(EMPTY);
  const reload = useCallback(async () => setState(await loadProfiles()), []);
  useEffect(() => {
    let live = true;
    void loadProfiles().then((loaded) => {
      if (live) setState(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return [state, reload];
}

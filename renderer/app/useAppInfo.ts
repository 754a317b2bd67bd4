import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/contract';
import { getApi } from '../api';

export type AppInfoState = { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'unavailable' };

/** Asks main for version, platform and connectivity once at start. */
export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>(() => (getApi() ? { status: 'loading' } : { status: 'unavailable' }));
  useEffect(() => {
    const api = getApi();
    if (!api) return;
    let live = true;
    void api.appInfo().then((result) => {
      if (live) setState(result.ok ? { status: 'ready', info: result.value } : { status: 'unavailable' });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

import { useEffect, useState } from 'react';
import type { StartupInfo } from '../../shared/contract';
import { getApi } from '../api';

/** Preferences, the IT defaults and start-up notices, asked for once. Null until known (or without the bridge). */
export function useStartup(): StartupInfo | null {
  const [info, setInfo] = useState<StartupInfo | null>(null);
  useEffect(() => {
    const api = getApi();
    if (!api) return;
    let live = true;
    void api.startup().then((result) => {
      if (live && result.ok) setInfo(result.value);
    });
    return () => {
      live = false;
    };
  }, []);
  return info;
}

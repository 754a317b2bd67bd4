import { useEffect } from 'react';
import { addressSchema } from '../../shared/validation';
import { getApi } from '../api';
import type { WizardAction } from './wizard-state';

const SETTLE_MS = 600;

/**
 * Once the address looks complete (and the computer is online), asks main where the
 * domain receives mail, in the background. Typing on cancels the pending check.
 */
export function useDomainCheck(address: string, online: boolean, dispatch: (action: WizardAction) => void): void {
  useEffect(() => {
    const api = getApi();
    if (!api || !online || !addressSchema.safeParse(address).success) return;
    const domain = address.trim().split('@')[1]?.toLowerCase() ?? '';
    let live = true;
    const timer = setTimeout(() => {
      void api.checkDomain({ domain }).then((result) => {
        if (!live || !result.ok) return;
        const { provider, mx } = result.value;
        dispatch({ type: 'domain-checked', facts: { domain, provider, relayHost: mx.protectionHost } });
      });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [address, online, dispatch]);
}

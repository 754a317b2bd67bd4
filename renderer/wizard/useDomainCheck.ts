import { useEffect } from 'react';
import { addressSchema } from '../../shared/validation';
import { getApi } from '../api';
import type { WizardAction } from './wizard-state';

const SETTLE_MS = 400;

/**
 * Once the address looks complete (and the computer is online), asks main where the
 * domain receives mail, in the background; main is given the whole address so that,
 * when the records say nothing of Microsoft, Microsoft's Autodiscover service can tell.
 * Typing on cancels the pending check. A check that could not run still answers
 * ("unknown"), so the page stops waiting and asks the person.
 */
export function useDomainCheck(address: string, online: boolean, dispatch: (action: WizardAction) => void): void {
  useEffect(() => {
    const api = getApi();
    if (!api || !online || !addressSchema.safeParse(address).success) return;
    const trimmed = address.trim();
    const domain = trimmed.split('@')[1]?.toLowerCase() ?? '';
    let live = true;
    const timer = setTimeout(() => {
      void api.checkDomain({ domain: trimmed }).then((result) => {
        if (!live) return;
        if (!result.ok) return dispatch({ type: 'domain-checked', facts: { domain, provider: 'unknown', relayHost: null, viaService: false } });
        const { provider, mx, autodiscover } = result.value;
        dispatch({ type: 'domain-checked', facts: { domain, provider, relayHost: mx.protectionHost, viaService: autodiscover.service === 'found' } });
      });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [address, online, dispatch]);
}

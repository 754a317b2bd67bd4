import { useCallback } from 'react';
import { getApi } from '../../api';
import type { WizardAction, WizardForm } from '../wizard-state';

/**
 * "Sign in again" from a result: the account that failed is signed out of this computer
 * (its saved sign-in no longer works, or the mail server refused it), then the sign-in step
 * opens ready for a new sign-in.
 */
export function useSignInAgain(form: WizardForm, dispatch: (action: WizardAction) => void): () => Promise<void> {
  return useCallback(async () => {
    const api = getApi();
    if (api && form.oauthAccount) await api.signOut({ account: form.oauthAccount.key });
    dispatch({ type: 'oauth-account', account: null });
    dispatch({ type: 'go', to: 'signin' });
  }, [form.oauthAccount, dispatch]);
}

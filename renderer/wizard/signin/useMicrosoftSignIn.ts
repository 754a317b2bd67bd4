import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { SignedInAccount } from '../../../shared/oauth';
import { isAccountMismatch, type SignInFlow } from '../../../shared/sign-in-ipc';
import type { PresetId } from '../../../shared/types';
import { getApi } from '../../api';
import { INITIAL_PANEL, panelReducer } from './signin-state';

export interface SignInHookInput {
  presetId: PresetId | null;
  /** The address being tested: Microsoft's page starts with it, and a sign-in kept for it is reused. */
  address: string;
  account: SignedInAccount | null;
  onAccount: (account: SignedInAccount | null) => void;
}

/**
 * Connects the panel to main. It listens to sign-in progress from the moment it mounts and
 * names each sign-in itself, so the device code can never arrive before the page knows
 * which sign-in it belongs to.
 */
export function useMicrosoftSignIn({ presetId, address, account, onAccount }: SignInHookInput) {
  const [state, dispatch] = useReducer(panelReducer, INITIAL_PANEL);
  // Read inside effects without making them re-run when the person types or signs in.
  const latest = useRef({ address, account, onAccount });
  useEffect(() => {
    latest.current = { address, account, onAccount };
  });

  useEffect(() => {
    const api = getApi();
    if (!api) return;
    return api.onSignInEvent((event) => dispatch({ type: 'event', event }));
  }, []);

  useEffect(() => {
    const api = getApi();
    if (!api) return;
    let live = true;
    void api.signInStatus(presetId ? { presetId } : {}).then((status) => {
      if (!live) return;
      if (!status.ok) return dispatch({ type: 'call-failed', signInId: null, message: status.error.message });
      dispatch({ type: 'status', status: status.value });
      if (!status.value.configured) return;
      const { account: current, address: typed, onAccount: choose } = latest.current;
      // Signed in on this computer before with exactly this address: no need to sign in again.
      const kept = current ? status.value.accounts.find((a) => a.key === current.key) : status.value.accounts.find((a) => !isAccountMismatch(a, typed));
      if (!kept && current) choose(null);
      else if (kept && !current) choose(kept);
    });
    return () => {
      live = false;
    };
  }, [presetId]);

  const view = state.view;
  const signInId = view.kind === 'waiting' || view.kind === 'device-code' ? view.signInId : null;

  const start = useCallback(
    async (flow: SignInFlow) => {
      const api = getApi();
      if (!api) return;
      const id = crypto.randomUUID();
      dispatch({ type: 'start', signInId: id, flow });
      const typed = latest.current.address.trim();
      const answer = await api.signIn({ signInId: id, flow, ...(presetId ? { presetId } : {}), ...(typed ? { loginHint: typed } : {}) });
      if (!answer.ok) return dispatch({ type: 'call-failed', signInId: id, message: answer.error.message });
      if (answer.value.status === 'signed-in') latest.current.onAccount(answer.value.account);
      dispatch({ type: 'answer', signInId: id, attempt: answer.value });
    },
    [presetId],
  );

  const cancel = useCallback(async () => {
    const api = getApi();
    if (!api || !signInId) return;
    dispatch({ type: 'stop' });
    await api.cancelSignIn({ signInId });
  }, [signInId]);

  /** "Use a different account": this account is signed out of this computer, then a new sign-in can start. */
  const switchAccount = useCallback(async () => {
    const api = getApi();
    const current = latest.current.account;
    if (!api || !current) return;
    const out = await api.signOut({ account: current.key });
    if (!out.ok) return dispatch({ type: 'call-failed', signInId: null, message: out.error.message });
    latest.current.onAccount(null);
    dispatch({ type: 'signed-out' });
  }, []);

  return { view, keychain: state.keychain, start, cancel, switchAccount };
}

/**
 * The "Sign in with Microsoft" panel as one small reducer, apart from the wizard's so the
 * panel can move with its components. Who is signed in lives in the wizard's form (the
 * test needs it); this holds everything on the way there. Events and answers of any other
 * sign-in id (an earlier, stopped one) are ignored, like the wizard ignores other runs.
 */
import type { PageSignInFailure, SignInAttempt, SignInEvent, SignInFlow, SignInKeychain, SignInStatus } from '../../../shared/sign-in-ipc';

export type PanelView =
  | { kind: 'loading' }
  | { kind: 'not-configured'; failure: PageSignInFailure }
  /** `stopped`: the person pressed Cancel here, said once in words. */
  | { kind: 'ready'; stopped: boolean }
  | { kind: 'waiting'; signInId: string; stopping: boolean }
  | { kind: 'device-code'; signInId: string; stopping: boolean; code: { verificationUri: string; userCode: string; expiresInS: number } | null }
  | { kind: 'failed'; flow: SignInFlow; failure: PageSignInFailure };

export interface PanelState {
  view: PanelView;
  /** What the keychain said last (null until asked). */
  keychain: SignInKeychain | null;
}

export type PanelAction =
  | { type: 'status'; status: SignInStatus }
  | { type: 'start'; signInId: string; flow: SignInFlow }
  | { type: 'event'; event: SignInEvent }
  | { type: 'stop' }
  | { type: 'answer'; signInId: string; attempt: SignInAttempt }
  /** The call itself failed (not a sign-in failure: the bridge or main refused it). */
  | { type: 'call-failed'; signInId: string | null; message: string }
  | { type: 'signed-out' };

export const INITIAL_PANEL: PanelState = { view: { kind: 'loading' }, keychain: null };

const inProgress = (view: PanelView): view is Extract<PanelView, { kind: 'waiting' | 'device-code' }> => view.kind === 'waiting' || view.kind === 'device-code';

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  const { view } = state;
  switch (action.type) {
    case 'status':
      if (!action.status.configured) return { ...state, view: { kind: 'not-configured', failure: action.status.failure } };
      return { keychain: action.status.keychain, view: inProgress(view) ? view : { kind: 'ready', stopped: false } };
    case 'start':
      return {
        ...state,
        view: action.flow === 'browser' ? { kind: 'waiting', signInId: action.signInId, stopping: false } : { kind: 'device-code', signInId: action.signInId, stopping: false, code: null },
      };
    case 'event': {
      const { event } = action;
      if (!inProgress(view) || view.signInId !== event.signInId || event.type !== 'device-code') return state;
      return { ...state, view: { kind: 'device-code', signInId: view.signInId, stopping: view.stopping, code: { verificationUri: event.verificationUri, userCode: event.userCode, expiresInS: event.expiresInS } } };
    }
    case 'stop':
      return inProgress(view) ? { ...state, view: { ...view, stopping: true } } : state;
    case 'answer': {
      if (!inProgress(view) || view.signInId !== action.signInId) return state;
      const { attempt } = action;
      if (attempt.status === 'signed-in') return { keychain: attempt.keychain, view: { kind: 'ready', stopped: false } };
      // Stopped here on purpose: back to the start, not a failure to explain.
      if (attempt.failure.code === 'cancelled' && view.stopping) return { ...state, view: { kind: 'ready', stopped: true } };
      if (attempt.failure.code === 'not-configured') return { ...state, view: { kind: 'not-configured', failure: attempt.failure } };
      return { ...state, view: { kind: 'failed', flow: attempt.flow, failure: attempt.failure } };
    }
    case 'call-failed':
      if (action.signInId !== null && (!inProgress(view) || view.signInId !== action.signInId)) return state;
      return { ...state, view: { kind: 'failed', flow: 'browser', failure: { code: 'server-error', findingId: 'unknown', message: action.message } } };
    case 'signed-out':
      return { ...state, view: { kind: 'ready', stopped: false } };
  }
}

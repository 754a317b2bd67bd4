/**
 * The Microsoft sign-in channels: thin adapters over the OAuth service. What crosses to
 * the page is only who is signed in, how a sign-in went (a failure is a value with its
 * code and finding), and progress events keyed by the page's sign-in id. No handler here
 * ever asks the service for a token: `accessToken()` is for the runs service alone.
 */
import { OAUTH_FAILURE_FINDING, signInTarget, type OAuthFailure, type SignInTargetInput } from '../../shared/oauth';
import { err, ok } from '../../shared/result';
import type { PageSignInFailure } from '../../shared/sign-in-ipc';
import type { PresetId } from '../../shared/types';
import type { Handlers } from '../ipc';
import { scrubSecrets } from '../oauth/scrub';
import type { AppSignIn, HandlerDeps } from './deps';

type OAuthChannels = 'oauth:status' | 'oauth:sign-in' | 'oauth:cancel' | 'oauth:sign-out';

/** A failure as the page may see it; the message is scrubbed again (it is shown to IT). */
export function pageFailure(failure: OAuthFailure): PageSignInFailure {
  return {
    code: failure.code,
    findingId: OAUTH_FAILURE_FINDING[failure.code],
    ...(failure.aadsts !== undefined ? { aadsts: failure.aadsts } : {}),
    ...(failure.reason ? { reason: failure.reason } : {}),
    message: scrubSecrets(failure.message).slice(0, 400),
  };
}

export function oauthHandlers(deps: Pick<HandlerDeps, 'emitSignInEvent'> & { oauth: AppSignIn }): Pick<Handlers, OAuthChannels> {
  const { service, authority } = deps.oauth;
  const target = (presetId?: PresetId): SignInTargetInput => ({ ...(presetId ? { presetId } : {}), ...(authority ? { authority } : {}) });
  const active = new Map<string, AbortController>();
  const used = new Set<string>();

  /** Why sign-in cannot start for this kind of account, before anyone opens a browser. */
  function unavailable(presetId?: PresetId): OAuthFailure | null {
    const status = service.status();
    if (!status.configured) return status.failure;
    const where = signInTarget(target(presetId));
    return where.ok ? null : where.error;
  }

  return {
    'oauth:status': async ({ presetId }) => {
      const failure = unavailable(presetId);
      if (failure) return ok({ configured: false, failure: pageFailure(failure) });
      const accounts = await service.accounts();
      // Asked after the cache was read, so a locked or missing keychain is already known.
      const status = service.status();
      const keychain = status.configured ? status.keychain : { remembering: false, problem: null };
      return ok({ configured: true, accounts: accounts.ok ? accounts.value : [], keychain });
    },

    'oauth:sign-in': async ({ signInId, presetId, flow, loginHint }) => {
      if (used.has(signInId)) return err('INVALID_INPUT', 'this sign-in id was already used', 'signInId');
      used.add(signInId);
      const failure = unavailable(presetId);
      if (failure) return ok({ status: 'failed', flow, failure: pageFailure(failure) });
      // One sign-in at a time: a new one (the person pressed again) stops the last.
      for (const controller of active.values()) controller.abort();
      const controller = new AbortController();
      active.set(signInId, controller);
      try {
        if (flow === 'browser') deps.emitSignInEvent({ signInId, type: 'waiting', flow });
        const outcome = await service.signIn({
          ...target(presetId),
          flow,
          ...(loginHint ? { loginHint } : {}),
          signal: controller.signal,
          onDeviceCode: (info) =>
            deps.emitSignInEvent({ signInId, type: 'device-code', verificationUri: info.verificationUri, userCode: info.userCode, expiresInS: info.expiresInS }),
        });
        if (!outcome.ok) return ok({ status: 'failed', flow, failure: pageFailure(outcome.error) });
        return ok({ status: 'signed-in', flow, account: outcome.value.account, keychain: outcome.value.keychain });
      } finally {
        active.delete(signInId);
      }
    },

    'oauth:cancel': ({ signInId }) => {
      const controller = active.get(signInId);
      if (controller) {
        controller.abort();
        return ok({ cancelled: true });
      }
      return used.has(signInId) ? ok({ cancelled: false }) : err('NOT_FOUND', 'no such sign-in', 'signInId');
    },

    'oauth:sign-out': async ({ account }) => {
      const signedOut = await service.signOut(account);
      if (!signedOut.ok) {
        return signedOut.error.code === 'not-configured' ? err('NOT_FOUND', 'Microsoft sign-in is not set up in this copy', 'account') : err('IO_ERROR', scrubSecrets(signedOut.error.message));
      }
      const left = await service.accounts();
      return ok({ removed: signedOut.value.removed, nothingLeft: left.ok && left.value.length === 0 });
    },
  };
}

/**
 * The credential resolver for Microsoft sign-in (the runs service's `resolveAuth` hook). The
 * page names the signed-in account by key; here, in main, the OAuth service gives a token
 * silently (from the keychain cache, refreshing when it is about to expire) and the engine
 * signs in with XOAUTH2 as that account (`user=` its username). A sign-in that fails here
 * (expired, revoked, unreachable, not set up) ends the run as a failed `auth` stage carrying
 * the sign-in finding, the same result the CLI prints, so the person sees what to do.
 */
import { ok } from '../../shared/result';
import { isAccountAuth } from '../../shared/sign-in-ipc';
import type { ProbeRequest } from '../../shared/types';
import type { OAuthService } from '../oauth/oauth-service';
import { redactRequest } from '../probe';
import type { ResolveAuth } from './runs-service';

export interface OAuthForRuns {
  service: Pick<OAuthService, 'accessToken' | 'accounts'>;
  /** Tests only: the lab provider's authority instead of Microsoft's for the preset. */
  authority?: string;
}

export function oauthCredential(oauth: OAuthForRuns, now: () => number = () => performance.now()): ResolveAuth {
  return async (request) => {
    const { auth, ...rest } = request;
    if (!isAccountAuth(auth)) return ok({ kind: 'probe', request: request as ProbeRequest });
    const startedAt = now();
    const token = await oauth.service.accessToken({
      ...(rest.presetId ? { presetId: rest.presetId } : {}),
      ...(oauth.authority ? { authority: oauth.authority } : {}),
      account: auth.account,
    });
    if (token.ok) {
      return ok({ kind: 'probe', request: { ...rest, auth: { method: 'oauth2', user: token.value.account.username, accessToken: token.value.accessToken } } });
    }
    // Name the account in the result when main still knows it; else the address that was typed.
    const known = await oauth.service.accounts();
    const user = (known.ok ? known.value.find((a) => a.key === auth.account)?.username : undefined) ?? auth.address;
    return ok({
      kind: 'sign-in-failed',
      failure: token.error,
      // The empty token only satisfies the engine's request type; redaction drops it.
      request: redactRequest({ ...rest, auth: { method: 'oauth2', user, accessToken: '' } }),
      durationMs: Math.round(now() - startedAt),
    });
  };
}

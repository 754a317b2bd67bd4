/**
 * The result page's view of Microsoft sign-in: a run that ended before the test because
 * sign-in failed (shared/sign-in-result.ts), and whether "Sign in again" is what to do.
 */
import { OAUTH_FAILURE_FINDING, OAUTH_TOKEN_REJECTED_FINDING } from '../../../shared/oauth';
import type { PageSignInFailure } from '../../../shared/sign-in-ipc';
import { signInFailureOf } from '../../../shared/sign-in-result';
import { isOAuthFailureCode } from '../../../shared/sign-in-words';
import type { ProbeResult } from '../../../shared/types';

export function signInFailureFromResult(result: ProbeResult): PageSignInFailure | null {
  const code = signInFailureOf(result);
  if (!code || !isOAuthFailureCode(code)) return null;
  const auth = result.stages.find((s) => s.id === 'auth');
  const aadsts = auth?.detail.code === 'auth.sign-in-failed' ? /AADSTS(\d+)/.exec(auth.detail.params.aadsts)?.[1] : undefined;
  const line = result.transcript.find((l) => l.marker === '***')?.text ?? code;
  return { code, findingId: OAUTH_FAILURE_FINDING[code], ...(aadsts ? { aadsts: Number(aadsts) } : {}), message: line };
}

/** A new sign-in is the way on: the saved one failed, or the mail server refused its token. */
export function needsNewSignIn(result: ProbeResult): boolean {
  const failure = signInFailureFromResult(result);
  if (failure) return failure.code !== 'unreachable';
  return result.request.auth.method === 'oauth2' && result.findings[0] === OAUTH_TOKEN_REJECTED_FINDING;
}

/**
 * One plain sentence per sign-in failure, as a typed table (no keys built at run time), for
 * the wizard, the result page and the CLI's one stderr line.
 */
import type { MessageKey } from './i18n';
import { OAUTH_FAILURE_CODES, type OAuthFailure, type OAuthFailureCode } from './oauth';

export const SIGN_IN_FAILURE_WORDS: Readonly<Record<OAuthFailureCode, MessageKey>> = {
  'not-configured': 'oauth.failure.not-configured',
  cancelled: 'oauth.failure.cancelled',
  'timed-out': 'oauth.failure.timed-out',
  'consent-required': 'oauth.failure.consent-required',
  'admin-consent-required': 'oauth.failure.admin-consent-required',
  'conditional-access': 'oauth.failure.conditional-access',
  'mfa-required': 'oauth.failure.mfa-required',
  'sign-in-again': 'oauth.failure.sign-in-again',
  'device-code-blocked': 'oauth.failure.device-code-blocked',
  unreachable: 'oauth.failure.unreachable',
  'server-error': 'oauth.failure.server-error',
};

/** The words for a failure; a cloud this version does not support has its own sentence. */
export function signInFailureKey(failure: Pick<OAuthFailure, 'code' | 'reason'>): MessageKey {
  return failure.reason === 'cloud-not-supported' ? 'oauth.failure.cloud-not-supported' : SIGN_IN_FAILURE_WORDS[failure.code];
}

export function isOAuthFailureCode(value: string): value is OAuthFailureCode {
  return (OAUTH_FAILURE_CODES as readonly string[]).includes(value);
}

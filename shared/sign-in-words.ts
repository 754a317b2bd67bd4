/**
 * One plain sentence per sign-in failure, as a typed table (no keys built at run time), for
 * the wizard, the result page and the CLI's one stderr line.
 */
import { factDate } from './export/fact-words';
import { t, type MessageKey } from './i18n';
import { formatMinutes } from './i18n/intl-format';
import { OAUTH_FAILURE_CODES, type OAuthFailure, type OAuthFailureCode } from './oauth';

/** How long a browser sign-in may take before it is stopped; the words state it. */
export const INTERACTIVE_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * The dates and durations sign-in words state, from the facts (shared/facts) and the
 * timeout above, in the active locale: {basicOffMonth} "December 2026",
 * {deviceCodeBlockedFrom} "1 July 2026", {timeout} "5 minutes".
 */
export function signInValues(): { basicOffMonth: string; deviceCodeBlockedFrom: string; timeout: string } {
  return {
    basicOffMonth: factDate('smtp-auth.basic-off-by-default'),
    deviceCodeBlockedFrom: factDate('sign-in.security-defaults-device-code'),
    timeout: formatMinutes(INTERACTIVE_TIMEOUT_MS / 60_000),
  };
}

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

/** A failure in one plain sentence, dates and durations filled in. */
export function signInFailureWords(failure: Pick<OAuthFailure, 'code' | 'reason'>): string {
  return t(signInFailureKey(failure), signInValues());
}

export function isOAuthFailureCode(value: string): value is OAuthFailureCode {
  return (OAUTH_FAILURE_CODES as readonly string[]).includes(value);
}

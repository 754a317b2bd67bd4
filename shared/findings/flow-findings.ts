import type { FindingId } from './ids';

/**
 * What the app's own "Sign in with Microsoft" flow can end in, and the finding each
 * outcome shows. The OAuth service reports an outcome name; the words come from here,
 * so a flow never builds a finding id from a string. Every auth.oauth-* finding but
 * the Outlook.com one (a server answer, not a flow outcome) has an outcome.
 */
export const OAUTH_FLOW_FINDINGS = {
  cancelled: 'auth.oauth-cancelled',
  // A sign-in nobody finished in time reads the same to staff as one they stopped.
  'timed-out': 'auth.oauth-cancelled',
  'not-configured': 'auth.oauth-not-configured',
  unreachable: 'auth.oauth-unreachable',
  'consent-required': 'auth.oauth-consent-required',
  'admin-consent-required': 'auth.oauth-admin-consent-required',
  'conditional-access': 'auth.oauth-conditional-access',
  'mfa-required': 'auth.oauth-mfa-required',
  'device-code-blocked': 'auth.oauth-device-code-blocked',
  'sign-in-again': 'auth.oauth-sign-in-again',
  'account-mismatch': 'auth.oauth-account-mismatch',
  'token-rejected': 'auth.oauth-token-rejected',
  // No catalogue entry is specific to "anything else": the honest generic finding quotes the error.
  'server-error': 'unknown',
} as const satisfies Record<string, FindingId>;

export type OAuthFlowOutcome = keyof typeof OAUTH_FLOW_FINDINGS;

export function findingForOAuthOutcome(outcome: OAuthFlowOutcome): FindingId {
  return OAUTH_FLOW_FINDINGS[outcome];
}

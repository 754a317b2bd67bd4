import { factValue, factWords } from '../fact-values';
import type { CatalogueOf, OAuthFindingId } from '../catalogue-entry';
import { SOURCES } from '../sources';

const ADMIN_CONSENT =
  'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent';
const CA_OVERVIEW = 'https://learn.microsoft.com/en-us/entra/identity/conditional-access/overview';
const AADSTS = 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes';

/** "Sign in with Microsoft" findings: what the OAuth flow and the server say about it. */
export const OAUTH_ENTRIES: CatalogueOf<OAuthFindingId> = {
  'auth.oauth-required': { severity: 'error', who: 'you', steps: 2, source: SOURCES.OLMODERN, facts: ['outlook-com.basic-auth-ended', 'host.entra-login'] },
  'auth.oauth-token-rejected': {
    severity: 'error',
    who: 'it-admin',
    steps: 3,
    source: SOURCES.OAUTH,
    facts: ['oauth.smtp-auth-still-required', 'oauth.smtp-send-scope', 'cmdlet.get-smtp-auth-mailbox'],
    admin: { powershell: [factValue('cmdlet.get-smtp-auth-mailbox')] },
  },
  // The token works, but for another account than the address: a shared mailbox, or the wrong account.
  'auth.oauth-account-mismatch': { severity: 'warning', who: 'you', steps: 2, source: SOURCES.OAUTH, facts: ['oauth.smtp-auth-still-required'] },
  'auth.oauth-consent-required': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: ADMIN_CONSENT,
    facts: ['oauth.smtp-send-scope', 'admin.consent-requests'],
    admin: { portal: factWords('admin.consent-requests') },
  },
  'auth.oauth-admin-consent-required': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: ADMIN_CONSENT,
    facts: ['oauth.smtp-send-scope', 'admin.consent-requests'],
    admin: { portal: factWords('admin.consent-requests') },
  },
  'auth.oauth-conditional-access': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: CA_OVERVIEW,
    facts: ['admin.sign-in-logs', 'admin.conditional-access'],
    admin: { portal: factWords('admin.sign-in-logs') },
  },
  'auth.oauth-mfa-required': { severity: 'error', who: 'you', steps: 2, source: AADSTS, facts: ['admin.sign-in-logs'] },
  'auth.oauth-device-code-blocked': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.SECDEF,
    facts: ['security-defaults.block-device-code', 'admin.conditional-access'],
    admin: { portal: factWords('admin.conditional-access') },
  },
  'auth.oauth-sign-in-again': { severity: 'warning', who: 'you', steps: 2, source: AADSTS, facts: ['host.entra-login'] },
  'auth.oauth-unreachable': { severity: 'error', who: 'network', steps: 3, source: SOURCES.OAUTH, facts: ['host.entra-login'] },
  'auth.oauth-not-configured': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.DESKTOPREG, facts: ['oauth.smtp-send-scope'] },
  'auth.oauth-cancelled': { severity: 'info', who: 'you', steps: 2, source: SOURCES.OAUTH, facts: ['host.entra-login'] },
};

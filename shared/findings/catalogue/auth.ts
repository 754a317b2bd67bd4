import { factValue, factWords } from '../fact-values';
import type { CatalogueOf, OAuthFindingId } from '../catalogue-entry';
import type { FindingId } from '../ids';
import { SOURCES } from '../sources';

/** Per-mailbox switch; "the mailbox setting takes precedence" over the organisation's. */
const AUTHENTICATED_SMTP = {
  portal: factWords('admin.authenticated-smtp'),
  powershell: [factValue('cmdlet.enable-smtp-auth-mailbox')],
} as const;

const BASIC_AUTH_FACTS = [
  'smtp-auth.basic-off-by-default',
  'smtp-auth.new-tenants-without-basic',
  'smtp-auth.final-date-announcement',
  'smtp-auth.reenable-switch-unnamed',
] as const;

type PasswordAuthId = Exclude<Extract<FindingId, `auth.${string}`>, OAuthFindingId>;

export const AUTH_ENTRIES: CatalogueOf<PasswordAuthId> = {
  'auth.smtp-auth-disabled-tenant': {
    severity: 'error',
    who: 'it-admin',
    steps: 3,
    source: SOURCES.AUTHSUB,
    facts: ['admin.authenticated-smtp', 'cmdlet.enable-smtp-auth-mailbox', 'cmdlet.get-smtp-auth-org', 'oauth.smtp-auth-still-required'],
    admin: { portal: AUTHENTICATED_SMTP.portal, powershell: [...AUTHENTICATED_SMTP.powershell, factValue('cmdlet.get-smtp-auth-org')] },
  },
  'auth.smtp-auth-disabled-mailbox': {
    severity: 'error',
    who: 'it-admin',
    steps: 3,
    source: SOURCES.AUTHSUB,
    facts: ['admin.authenticated-smtp', 'cmdlet.enable-smtp-auth-mailbox', 'cmdlet.get-smtp-auth-mailbox'],
    admin: { portal: AUTHENTICATED_SMTP.portal, powershell: [...AUTHENTICATED_SMTP.powershell, factValue('cmdlet.get-smtp-auth-mailbox')] },
  },
  'auth.basic-auth-disabled': {
    severity: 'error',
    who: 'you',
    steps: 3,
    source: SOURCES.TIMELINE26,
    facts: [...BASIC_AUTH_FACTS, 'cmdlet.get-user-auth-policy', 'cmdlet.get-auth-policy-smtp'],
    // Authentication policies block basic auth only, never OAuth (MicrosoftDocs/OfficeDocs-Exchange#2711).
    admin: { powershell: [factValue('cmdlet.get-user-auth-policy'), factValue('cmdlet.get-auth-policy-smtp')] },
  },
  'auth.basic-auth-removed': { severity: 'error', who: 'you', steps: 2, source: SOURCES.TIMELINE26, facts: [...BASIC_AUTH_FACTS] },
  'auth.security-defaults': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.SECDEF,
    facts: ['security-defaults.block-legacy-smtp', 'admin.security-defaults'],
    admin: { portal: factWords('admin.security-defaults') },
  },
  'auth.conditional-access': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.PRN,
    facts: ['admin.sign-in-logs'],
    admin: { portal: factWords('admin.sign-in-logs') },
  },
  'auth.bad-credentials': { severity: 'error', who: 'you', steps: 3, source: SOURCES.PRN, facts: ['host.m365-smtp'] },
  'auth.federation-failure': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.PRN, facts: ['admin.sign-in-logs'] },
  'auth.rejected': {
    severity: 'error',
    who: 'it-admin',
    steps: 3,
    source: SOURCES.PRN,
    facts: ['cmdlet.get-smtp-auth-mailbox', 'admin.sign-in-logs'],
    admin: { powershell: [factValue('cmdlet.get-smtp-auth-mailbox')] },
  },
  // Only 235 means "signed in" (RFC 4954 §6); any other 2xx is a server that answered oddly.
  'auth.unexpected-reply': { severity: 'error', who: 'it-admin', steps: 2, source: 'https://www.rfc-editor.org/rfc/rfc4954#section-6', facts: ['smtp.auth-success-235'] },
  'auth.mechanism-unsupported': { severity: 'error', who: 'you', steps: 2, source: SOURCES.STARTTLS_ONLY, facts: ['host.m365-smtp', 'port.m365-submission'] },
  'auth.not-offered': { severity: 'error', who: 'you', steps: 2, source: SOURCES.MFD, facts: ['host.m365-smtp', 'port.m365-submission', 'mx.worldwide-suffix'] },
  'auth.required': { severity: 'error', who: 'you', steps: 3, source: SOURCES.PRN, facts: ['directsend.internal-only'] },
};

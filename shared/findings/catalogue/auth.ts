import type { CatalogueSlice } from '../catalogue-entry';
import { SOURCES } from '../sources';

/** Per-mailbox switch; "the mailbox setting takes precedence" over the org one ([AUTHSUB]). */
const AUTHENTICATED_SMTP = {
  portal: 'Microsoft 365 admin center › Users › Active users › {address} › Mail › Manage email apps › Authenticated SMTP',
  powershell: ['Set-CASMailbox -Identity {address} -SmtpClientAuthenticationDisabled $false'],
} as const;

/** Basic auth for SMTP AUTH: on hold until the end of December 2026, then off by default ([TIMELINE26]). */
const BASIC_AUTH_AS_OF = '2026-09';

export const AUTH_ENTRIES: CatalogueSlice<'auth'> = {
  'auth.smtp-auth-disabled-tenant': {
    severity: 'error',
    who: 'it-admin',
    steps: 3,
    source: SOURCES.AUTHSUB,
    admin: {
      portal: AUTHENTICATED_SMTP.portal,
      powershell: [...AUTHENTICATED_SMTP.powershell, 'Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled'],
    },
  },
  'auth.smtp-auth-disabled-mailbox': {
    severity: 'error',
    who: 'it-admin',
    steps: 3,
    source: SOURCES.AUTHSUB,
    admin: {
      portal: AUTHENTICATED_SMTP.portal,
      powershell: [...AUTHENTICATED_SMTP.powershell, 'Get-CASMailbox -Identity {address} | Format-List SmtpClientAuthenticationDisabled'],
    },
  },
  'auth.basic-auth-disabled': {
    severity: 'error',
    who: 'you',
    steps: 3,
    source: SOURCES.TIMELINE26,
    asOf: BASIC_AUTH_AS_OF,
    admin: {
      // Authentication policies block basic auth only, never OAuth (MicrosoftDocs/OfficeDocs-Exchange#2711).
      powershell: [
        'Get-User -Identity {address} | Format-List AuthenticationPolicy',
        'Get-AuthenticationPolicy | Format-List Name,AllowBasicAuthSmtp',
      ],
    },
  },
  'auth.basic-auth-removed': { severity: 'error', who: 'you', steps: 2, source: SOURCES.RETIRE24, asOf: BASIC_AUTH_AS_OF },
  'auth.oauth-required': { severity: 'error', who: 'you', steps: 2, source: SOURCES.OLMODERN },
  'auth.security-defaults': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.SECDEF,
    admin: { portal: 'Microsoft Entra admin center › Identity › Overview › Properties › Manage security defaults' },
  },
  'auth.conditional-access': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.PRN,
    admin: { portal: 'Microsoft Entra admin center › Identity › Monitoring & health › Sign-in logs' },
  },
  'auth.bad-credentials': { severity: 'error', who: 'you', steps: 3, source: SOURCES.PRN },
  'auth.oauth-token-rejected': {
    severity: 'error',
    who: 'it-admin',
    steps: 3,
    source: SOURCES.OAUTH,
    admin: { powershell: ['Get-CASMailbox -Identity {address} | Format-List SmtpClientAuthenticationDisabled'] },
  },
  'auth.federation-failure': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.PRN },
  'auth.rejected': {
    severity: 'error',
    who: 'it-admin',
    steps: 3,
    source: SOURCES.PRN,
    admin: { powershell: ['Get-CASMailbox -Identity {address} | Format-List SmtpClientAuthenticationDisabled'] },
  },
  // Only 235 means "signed in" (RFC 4954 §6); any other 2xx is a server that answered oddly.
  'auth.unexpected-reply': { severity: 'error', who: 'it-admin', steps: 2, source: 'https://www.rfc-editor.org/rfc/rfc4954#section-6' },
  'auth.mechanism-unsupported': { severity: 'error', who: 'you', steps: 2, source: SOURCES.STARTTLS_ONLY },
  'auth.not-offered': { severity: 'error', who: 'you', steps: 2, source: SOURCES.MFD },
  'auth.required': { severity: 'error', who: 'you', steps: 3, source: SOURCES.PRN },
};

import type { FactTable } from './fact';

const CHECKED = '2026-12-01';
const REVIEW_BY = '2027-06-01';

const SMTP_OAUTH_DOC =
  'https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth';
const NATIONAL_CLOUDS = 'https://learn.microsoft.com/en-us/graph/deployments';
const ERROR_CODES = 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes';
const CONSENT_ERRORS = 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error';
const EMAILENGINE_SCOPES = 'https://github.com/postalsys/emailengine/blob/master/lib/oauth/outlook.js';

/** Facts about Microsoft sign-in (OAuth 2.0): authorities, scopes, app registration, sovereign clouds. */
export const SIGN_IN_FACTS: FactTable = [
  {
    id: 'sign-in.smtp-scope-worldwide',
    claim: 'The delegated scope for SMTP AUTH with OAuth in the worldwide cloud (Microsoft 365 and Outlook.com) is https://outlook.office.com/SMTP.Send.',
    value: 'https://outlook.office.com/SMTP.Send',
    source: SMTP_OAUTH_DOC,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.offline-access-scope',
    claim: 'offline_access is requested with SMTP.Send so that a refresh token is issued and a retest needs no new sign-in.',
    value: 'offline_access',
    source: SMTP_OAUTH_DOC,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.login-host-worldwide',
    claim: 'The Microsoft Entra ID token service of the worldwide cloud is https://login.microsoftonline.com.',
    value: 'login.microsoftonline.com',
    source: NATIONAL_CLOUDS,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.login-host-us-government',
    claim: 'The Microsoft Entra ID token service of Microsoft Cloud for US Government (GCC High and DoD) is https://login.microsoftonline.us.',
    value: 'login.microsoftonline.us',
    source: NATIONAL_CLOUDS,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.smtp-scope-gcc-high',
    claim:
      'GCC High tenants ask for SMTP.Send on the US Government Exchange resource, https://outlook.office365.us/SMTP.Send. Community source (EmailEngine); no Microsoft page states it.',
    value: 'https://outlook.office365.us/SMTP.Send',
    source: EMAILENGINE_SCOPES,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.smtp-scope-dod',
    claim:
      'No settled SMTP.Send scope for DoD tenants: EmailEngine uses outlook.office365.us, while DoD Exchange Online lives at outlook-dod.office365.us. Not supported in this version.',
    source: EMAILENGINE_SCOPES,
    alsoSource: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-dod-endpoints',
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.smtp-scope-21vianet',
    claim: 'No source states the SMTP.Send scope for Microsoft 365 operated by 21Vianet (EmailEngine guesses partner.outlook.cn). Not supported in this version.',
    source: EMAILENGINE_SCOPES,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.audience-work',
    claim: 'The authority path "organizations" lets any work or school account sign in; a tenant id or domain limits sign-in to one organisation.',
    value: 'organizations',
    source: 'https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration',
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.audience-personal',
    claim: 'The authority path "consumers" is for personal Microsoft accounts (Outlook.com, Hotmail, Live).',
    value: 'consumers',
    source: 'https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration',
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.audience-any',
    claim: 'The authority path "common" accepts both work or school and personal accounts; used when the kind of account is not known.',
    value: 'common',
    source: 'https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration',
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.desktop-redirect',
    claim: 'A desktop app that signs in through the system browser registers the platform "Mobile and desktop applications" with the redirect URI http://localhost (any port is accepted).',
    value: 'http://localhost',
    source: 'https://learn.microsoft.com/en-us/entra/identity-platform/scenario-desktop-app-registration',
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.device-code-needs-public-client-flows',
    claim: 'Device code sign-in needs "Allow public client flows" = Yes on the registration; otherwise Entra answers AADSTS7000218.',
    value: '7000218',
    source: 'https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/confidential-client-application-authentication-error-aadsts7000218',
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.aadsts-consent-required',
    claim: 'AADSTS65001: the user or administrator has not consented to the application (consent_required).',
    value: '65001',
    source: ERROR_CODES,
    alsoSource: CONSENT_ERRORS,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.aadsts-admin-consent-required',
    claim: 'AADSTS90094 (the app needs permissions only an administrator can grant) and AADSTS90093 (a policy set by the administrator blocks the permissions) mean an admin must consent.',
    value: '90094,90093',
    source: CONSENT_ERRORS,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.aadsts-user-declined',
    claim: 'AADSTS65004: the user declined to consent to access the app.',
    value: '65004',
    source: ERROR_CODES,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.aadsts-conditional-access',
    claim: 'AADSTS53003: access has been blocked by Conditional Access policies.',
    value: '53003',
    source: ERROR_CODES,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.aadsts-mfa-required',
    claim: 'AADSTS50076 (multi-factor authentication required) and AADSTS50079 (the user must register for multi-factor authentication) come back as interaction_required.',
    value: '50076,50079',
    source: ERROR_CODES,
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.device-code-blocked',
    claim:
      'A Conditional Access policy that blocks the device code flow answers AADSTS53003 ("You don\'t have access to this") after the code is entered; no separate code was found for security defaults blocking device code.',
    value: '53003',
    source: 'https://github.com/Azure/azure-cli/issues/32420',
    alsoSource: 'https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-block-authentication-flows',
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.security-defaults-device-code',
    claim: 'Security defaults block device code sign-in for tenants created from 1 July 2026, so sign-in in the browser (authorization code + PKCE) is the main path.',
    value: '2026-07-01',
    source: 'https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults',
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.admin-consent-endpoint',
    claim: 'An administrator grants consent for the whole organisation at https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client id}&scope=… (or with "Grant admin consent" on the API permissions page).',
    value: 'https://login.microsoftonline.com/{tenant}/v2.0/adminconsent',
    source: 'https://learn.microsoft.com/en-us/entra/identity-platform/v2-admin-consent',
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
  {
    id: 'sign-in.windows-credential-size',
    claim: 'Windows Credential Manager stores at most 2,560 bytes per credential (CRED_MAX_CREDENTIAL_BLOB_SIZE = 5 × 512), less than one Entra sign-in (about 6–7 KB).',
    value: '2560',
    source: 'https://learn.microsoft.com/en-us/windows/win32/api/wincred/ns-wincred-credentiala',
    checked: CHECKED,
    reviewBy: REVIEW_BY,
  },
];

/**
 * Microsoft sign-in as data both sides share: who is signed in (what the renderer may
 * learn), the closed set of sign-in failures and the finding each one maps to, and where a
 * preset signs in (authority and scope). Pure: every value comes from shared/facts/sign-in.ts.
 */
import { fact } from './facts';
import { OAUTH_FLOW_FINDINGS } from './findings/flow-findings';
import type { FindingId } from './findings/ids';

/** What the renderer may learn about a signed-in account; never a token. */
export interface SignedInAccount {
  /** Stable key for this sign-in (MSAL's homeAccountId). */
  key: string;
  /** The account's sign-in name (`preferred_username`): the XOAUTH2 `user=`. */
  username: string;
  displayName: string | null;
  tenantId: string | null;
}

export type OAuthFailureCode =
  | 'not-configured'
  | 'cancelled'
  | 'timed-out'
  | 'consent-required'
  | 'admin-consent-required'
  | 'conditional-access'
  | 'mfa-required'
  | 'sign-in-again'
  | 'device-code-blocked'
  | 'unreachable'
  | 'server-error';

export const OAUTH_FAILURE_CODES: readonly OAuthFailureCode[] = [
  'not-configured',
  'cancelled',
  'timed-out',
  'consent-required',
  'admin-consent-required',
  'conditional-access',
  'mfa-required',
  'sign-in-again',
  'device-code-blocked',
  'unreachable',
  'server-error',
];

/** Why sign-in is not available in this copy (only with `not-configured`). */
export type NotConfiguredReason = 'no-client-id' | 'invalid-client-id' | 'cloud-not-supported' | 'invalid-authority';

export interface OAuthFailure {
  code: OAuthFailureCode;
  /** Short technical English for logs, the CLI and IT; never holds a token. */
  message: string;
  /** The AADSTS number Microsoft sent, when there was one. */
  aadsts?: number;
  /** MSAL's error code (e.g. invalid_grant, endpoints_resolution_error). */
  msalCode?: string;
  reason?: NotConfiguredReason;
}

export type OAuthResult<T> = { ok: true; value: T } | { ok: false; error: OAuthFailure };

export const oauthFailure = (code: OAuthFailureCode, message: string, extra: Omit<OAuthFailure, 'code' | 'message'> = {}): OAuthResult<never> => ({
  ok: false,
  error: { code, message, ...extra },
});

/** The finding the diagnosis catalogue shows for each failure: the catalogue's own flow table (shared/findings/flow-findings.ts). */
export const OAUTH_FAILURE_FINDING = Object.fromEntries(OAUTH_FAILURE_CODES.map((code) => [code, OAUTH_FLOW_FINDINGS[code]])) as Readonly<Record<OAuthFailureCode, FindingId>>;

/** The finding when a token was issued but the mail server refused it (535 5.7.3 after XOAUTH2). */
export const OAUTH_TOKEN_REJECTED_FINDING: FindingId = OAUTH_FLOW_FINDINGS['token-rejected'];
/** The finding when the signed-in account is not the address being tested. */
export const OAUTH_ACCOUNT_MISMATCH_FINDING: FindingId = OAUTH_FLOW_FINDINGS['account-mismatch'];

const numbers = (id: string): number[] => (fact(id).value ?? '').split(',').map(Number);

/** AADSTS numbers by what they mean (sources in shared/facts/sign-in.ts). */
export const AADSTS = {
  consentRequired: numbers('sign-in.aadsts-consent-required'),
  adminConsentRequired: numbers('sign-in.aadsts-admin-consent-required'),
  userDeclined: numbers('sign-in.aadsts-user-declined'),
  conditionalAccess: numbers('sign-in.aadsts-conditional-access'),
  mfaRequired: numbers('sign-in.aadsts-mfa-required'),
  deviceCodeBlocked: numbers('sign-in.device-code-blocked'),
} as const;

/** The first AADSTS number in an error text ("AADSTS65001: …"). */
export function aadstsIn(text: string | undefined): number | undefined {
  const match = /AADSTS(\d{4,8})\b/.exec(text ?? '');
  return match ? Number(match[1]) : undefined;
}

export type SignInCloud = 'worldwide' | 'us-gov-gcc-high' | 'us-gov-dod' | 'china-21vianet';

interface CloudFacts {
  /** Login host, or null when this version does not support the cloud. */
  loginHost: string | null;
  /** SMTP.Send scope, or null when unsourced: never the worldwide one instead. */
  smtpScope: string | null;
  /** Fact that explains a missing value. */
  why: string;
}

const value = (id: string): string | null => fact(id).value ?? null;

export const CLOUDS: Readonly<Record<SignInCloud, CloudFacts>> = {
  worldwide: { loginHost: value('sign-in.login-host-worldwide'), smtpScope: value('sign-in.smtp-scope-worldwide'), why: 'sign-in.smtp-scope-worldwide' },
  'us-gov-gcc-high': { loginHost: value('sign-in.login-host-us-government'), smtpScope: value('sign-in.smtp-scope-gcc-high'), why: 'sign-in.smtp-scope-gcc-high' },
  'us-gov-dod': { loginHost: value('sign-in.login-host-us-government'), smtpScope: value('sign-in.smtp-scope-dod'), why: 'sign-in.smtp-scope-dod' },
  'china-21vianet': { loginHost: null, smtpScope: value('sign-in.smtp-scope-21vianet'), why: 'sign-in.smtp-scope-21vianet' },
};

/** Microsoft login hosts by cloud, as MSAL knows them (its built-in instance metadata). */
const LOGIN_HOST_CLOUD: Readonly<Record<string, SignInCloud>> = {
  'login.microsoftonline.com': 'worldwide',
  'login.windows.net': 'worldwide',
  'login.microsoft.com': 'worldwide',
  'sts.windows.net': 'worldwide',
  'login.microsoftonline.us': 'us-gov-gcc-high',
  'login.usgovcloudapi.net': 'us-gov-gcc-high',
  'login-us.microsoftonline.com': 'us-gov-gcc-high',
  'login.partner.microsoftonline.cn': 'china-21vianet',
  'login.chinacloudapi.cn': 'china-21vianet',
};

/** Hosts MSAL may contact for a Microsoft authority (the network client refuses others). */
export const MICROSOFT_LOGIN_HOSTS: readonly string[] = Object.keys(LOGIN_HOST_CLOUD);

type Audience = 'work' | 'personal' | 'any';

/** Where each preset signs in. Presets not listed (custom, smart host) use "common". */
const PRESET_SIGN_IN: Readonly<Record<string, { cloud: SignInCloud; audience: Audience }>> = {
  microsoft365: { cloud: 'worldwide', audience: 'work' },
  'outlook-com': { cloud: 'worldwide', audience: 'personal' },
  'microsoft365-gcc-high': { cloud: 'us-gov-gcc-high', audience: 'work' },
  'microsoft365-dod': { cloud: 'us-gov-dod', audience: 'work' },
};

const AUDIENCE_PATH: Readonly<Record<Audience, string>> = {
  work: value('sign-in.audience-work') ?? 'organizations',
  personal: value('sign-in.audience-personal') ?? 'consumers',
  any: value('sign-in.audience-any') ?? 'common',
};

export interface SignInTargetInput {
  presetId?: string;
  /** Tenant id or domain (organisation defaults, `--tenant`); ignored for personal accounts. */
  tenant?: string;
  /** Full authority URL (`--authority`): sovereign clouds, or a local test provider. */
  authority?: string;
}

export interface SignInTarget {
  /** Authority URL ending in "/" as MSAL wants it. */
  authority: string;
  cloud: SignInCloud;
  /** SMTP.Send of that cloud plus offline_access. */
  scopes: string[];
  /** True when the authority is not a Microsoft login host (a local provider in tests). */
  customAuthority: boolean;
}

const TENANT = /^[A-Za-z0-9.-]{1,253}$/;

/** Authority and scopes for a sign-in, or why this version cannot sign in there. */
export function signInTarget(input: SignInTargetInput): OAuthResult<SignInTarget> {
  const preset = PRESET_SIGN_IN[input.presetId ?? ''] ?? { cloud: 'worldwide' as const, audience: 'any' as const };
  let cloud = preset.cloud;
  let authority: string;
  let customAuthority = false;
  if (input.authority !== undefined) {
    let url: URL;
    try {
      url = new URL(input.authority);
    } catch {
      return oauthFailure('not-configured', `authority "${input.authority}" is not a URL`, { reason: 'invalid-authority' });
    }
    if (url.protocol !== 'https:' || url.search || url.hash || url.username) {
      return oauthFailure('not-configured', 'the authority must be a plain https:// URL', { reason: 'invalid-authority' });
    }
    const hostCloud = LOGIN_HOST_CLOUD[url.hostname.toLowerCase()];
    // A Microsoft host decides the cloud (never the worldwide scope at a sovereign login);
    // DoD and GCC High share a login host, so the preset tells them apart.
    if (hostCloud) cloud = hostCloud === 'us-gov-gcc-high' && preset.cloud === 'us-gov-dod' ? 'us-gov-dod' : hostCloud;
    else customAuthority = true;
    authority = url.href.endsWith('/') ? url.href : `${url.href}/`;
  } else {
    const loginHost = CLOUDS[cloud].loginHost;
    if (!loginHost) return unsupported(cloud);
    const tenant = preset.audience === 'personal' ? AUDIENCE_PATH.personal : (input.tenant ?? AUDIENCE_PATH[preset.audience]);
    if (!TENANT.test(tenant)) return oauthFailure('not-configured', `tenant "${tenant}" is not a tenant id or domain`, { reason: 'invalid-authority' });
    authority = `https://${loginHost}/${tenant}/`;
  }
  const smtpScope = CLOUDS[cloud].smtpScope;
  if (!smtpScope) return unsupported(cloud);
  const offline = value('sign-in.offline-access-scope') ?? 'offline_access';
  return { ok: true, value: { authority, cloud, scopes: [smtpScope, offline], customAuthority } };
}

function unsupported(cloud: SignInCloud): OAuthResult<never> {
  return oauthFailure('not-configured', `Microsoft sign-in for the ${cloud} cloud is not supported in this version (${fact(CLOUDS[cloud].why).claim})`, {
    reason: 'cloud-not-supported',
  });
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export interface ClientIdSources {
  /** `--client-id` on the command line. */
  commandLine?: string;
  /** The organisation defaults file (`oauth.clientId`, `oauth.tenant`). */
  orgDefaults?: { clientId: string; tenant?: string };
  /** MSA_OAUTH_CLIENT_ID baked in at `vite build` ('' when not set). */
  build?: string;
}

export interface ClientIdChoice {
  clientId: string;
  /** The organisation's tenant, when its defaults name one. */
  tenant?: string;
  source: 'command-line' | 'org-defaults' | 'build';
}

/** The app registration to sign in with: never one borrowed from another product. */
export function resolveClientId(sources: ClientIdSources): OAuthResult<ClientIdChoice> {
  const candidates: Array<[ClientIdChoice['source'], string | undefined]> = [
    ['command-line', sources.commandLine],
    ['org-defaults', sources.orgDefaults?.clientId],
    ['build', sources.build],
  ];
  for (const [source, clientId] of candidates) {
    if (!clientId) continue;
    if (!GUID.test(clientId)) {
      return oauthFailure('not-configured', `the ${source} client id "${clientId}" is not an application (client) id`, { reason: 'invalid-client-id' });
    }
    const tenant = source === 'org-defaults' ? sources.orgDefaults?.tenant : undefined;
    return { ok: true, value: tenant ? { clientId, tenant, source } : { clientId, source } };
  }
  return oauthFailure('not-configured', 'no Microsoft app registration (client id) is set up in this copy', { reason: 'no-client-id' });
}

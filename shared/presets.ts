import type { AuthMethod, PresetId, Security } from './types';

export interface IncomingServer {
  protocol: 'imap' | 'pop3';
  host: string;
  port: number;
  security: Security;
}

export interface Preset {
  id: PresetId;
  /** SMTP host; `null` when it depends on the address (relay) or on the person (custom). */
  host: string | null;
  port: number;
  security: Security;
  /** Sign-in methods the service accepts, recommended first. */
  authMethods: AuthMethod[];
  /** The user name is the full email address (Microsoft services). */
  userIsAddress: boolean;
  incoming: IncomingServer[];
  /** OAuth authority host for "Sign in with Microsoft" where the preset uses it. */
  oauthAuthority?: string;
  /** Microsoft service: 465 is not offered and PLAIN is never advertised. */
  microsoft: boolean;
  /** Source for the values, shown in help and exports. */
  source: string;
}

const M365_INCOMING: IncomingServer[] = [
  { protocol: 'imap', host: 'outlook.office365.com', port: 993, security: 'tls' },
  { protocol: 'pop3', host: 'outlook.office365.com', port: 995, security: 'tls' },
];

/**
 * Values from reference/m365-smtp.md §2. Basic auth for SMTP AUTH is disabled by
 * default at the end of December 2026, so OAuth2 is listed first wherever it works.
 */
export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  microsoft365: {
    id: 'microsoft365',
    host: 'smtp.office365.com',
    port: 587,
    security: 'starttls',
    authMethods: ['oauth2', 'password'],
    userIsAddress: true,
    incoming: M365_INCOMING,
    oauthAuthority: 'https://login.microsoftonline.com/organizations',
    microsoft: true,
    source:
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
  },
  'outlook-com': {
    id: 'outlook-com',
    host: 'smtp-mail.outlook.com',
    port: 587,
    security: 'starttls',
    // Basic auth (and app passwords) ended for Outlook.com on 16 Sep 2024.
    authMethods: ['oauth2'],
    userIsAddress: true,
    incoming: M365_INCOMING,
    oauthAuthority: 'https://login.microsoftonline.com/consumers',
    microsoft: true,
    source:
      'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040',
  },
  'microsoft365-gcc-high': {
    id: 'microsoft365-gcc-high',
    host: 'outlook.office365.us',
    port: 587,
    security: 'starttls',
    authMethods: ['oauth2', 'password'],
    userIsAddress: true,
    incoming: [
      { protocol: 'imap', host: 'outlook.office365.us', port: 993, security: 'tls' },
      { protocol: 'pop3', host: 'outlook.office365.us', port: 995, security: 'tls' },
    ],
    oauthAuthority: 'https://login.microsoftonline.us/organizations',
    microsoft: true,
    source: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-gcc-high-endpoints',
  },
  'microsoft365-relay': {
    id: 'microsoft365-relay',
    // <tenant>.mail.protection.outlook.com: from the domain's MX record.
    host: null,
    port: 25,
    security: 'starttls',
    authMethods: ['none'],
    userIsAddress: false,
    incoming: [],
    microsoft: true,
    source:
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
  },
  'smart-host': {
    id: 'smart-host',
    host: null,
    port: 25,
    security: 'starttls',
    authMethods: ['none', 'password'],
    userIsAddress: false,
    incoming: [],
    microsoft: false,
    source: 'organisation defaults',
  },
  custom: {
    id: 'custom',
    host: null,
    port: 587,
    security: 'starttls',
    authMethods: ['password', 'none'],
    userIsAddress: true,
    incoming: [],
    microsoft: false,
    source: 'entered by hand',
  },
};

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export function isPresetId(value: string): value is PresetId {
  return Object.prototype.hasOwnProperty.call(PRESETS, value);
}

const MICROSOFT_HOST_SUFFIXES = [
  '.office365.com',
  '.outlook.com',
  '.office365.us',
  '.outlook.cn',
  '.protection.outlook.com',
  '.protection.outlook.us',
];

/** True for hosts run by Microsoft's mail service (where 465 is not offered). */
export function isMicrosoftHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return MICROSOFT_HOST_SUFFIXES.some((suffix) => h.endsWith(suffix) || h === suffix.slice(1));
}

/** Consumer brands whose national domains (hotmail.co.uk, outlook.fr, live.de…) use Outlook.com. */
const CONSUMER_BRANDS = new Set(['outlook', 'hotmail', 'live', 'msn', 'windowslive']);

export function isConsumerMicrosoftDomain(domain: string): boolean {
  const labels = domain.trim().toLowerCase().replace(/\.$/, '').split('.');
  // brand + TLD, or brand + second-level + country (co.uk, com.au).
  if (!CONSUMER_BRANDS.has(labels[0] ?? '')) return false;
  return labels.length === 2 || (labels.length === 3 && (labels[1] === 'co' || labels[1] === 'com'));
}

/**
 * Microsoft's MX naming for a tenant domain: dots become hyphens, e.g.
 * contoso.co.uk → contoso-co-uk.mail.protection.outlook.com. The real MX lookup
 * (discover) is authoritative; this is the offline guess.
 */
export function guessMicrosoftMxHost(domain: string): string {
  return `${domain.trim().toLowerCase().replace(/\./g, '-')}.mail.protection.outlook.com`;
}

/** The port each security mode normally uses, for "choosing a port sets the security". */
export function securityForPort(port: number): Security {
  return port === 465 ? 'tls' : 'starttls';
}

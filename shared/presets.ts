import { fact } from './facts';
import type { AuthMethod, PresetId, Security } from './types';

const value = (id: string): string => fact(id).value ?? '';
const port = (id: string): number => Number(value(id));

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

const mailboxServers = (host: string): IncomingServer[] => [
  { protocol: 'imap', host, port: 993, security: 'tls' },
  { protocol: 'pop3', host, port: 995, security: 'tls' },
];
const M365_INCOMING = mailboxServers(value('host.m365-mailbox'));

/**
 * Hosts and ports come from the sourced facts (shared/facts/service.ts), so a moved
 * endpoint is corrected in one place. Basic auth for SMTP AUTH is off by default from
 * the end of December 2026, so OAuth2 is listed first wherever it works.
 */
export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  microsoft365: {
    id: 'microsoft365',
    host: value('host.m365-smtp'),
    port: port('port.m365-submission'),
    security: 'starttls',
    authMethods: ['oauth2', 'password'],
    userIsAddress: true,
    incoming: M365_INCOMING,
    oauthAuthority: 'https://login.microsoftonline.com/organizations',
    microsoft: true,
    source: fact('host.m365-smtp').source,
  },
  'outlook-com': {
    id: 'outlook-com',
    host: value('host.outlook-com-smtp'),
    port: port('port.m365-submission'),
    security: 'starttls',
    // Basic auth (and app passwords) ended for Outlook.com on 16 Sep 2024.
    authMethods: ['oauth2'],
    userIsAddress: true,
    incoming: M365_INCOMING,
    oauthAuthority: 'https://login.microsoftonline.com/consumers',
    microsoft: true,
    source: fact('host.outlook-com-smtp').source,
  },
  'microsoft365-gcc-high': {
    id: 'microsoft365-gcc-high',
    host: value('host.gcc-high'),
    port: port('port.m365-submission'),
    security: 'starttls',
    authMethods: ['oauth2', 'password'],
    userIsAddress: true,
    incoming: mailboxServers(value('host.gcc-high')),
    oauthAuthority: 'https://login.microsoftonline.us/organizations',
    microsoft: true,
    source: fact('host.gcc-high').source,
  },
  // DoD has its own host; the GCC High one is wrong for it (DoD endpoint list).
  'microsoft365-dod': {
    id: 'microsoft365-dod',
    host: value('host.dod'),
    port: port('port.m365-submission'),
    security: 'starttls',
    authMethods: ['oauth2', 'password'],
    userIsAddress: true,
    incoming: mailboxServers(value('host.dod')),
    oauthAuthority: 'https://login.microsoftonline.us/organizations',
    microsoft: true,
    source: fact('host.dod').source,
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
    source: fact('mx.worldwide-suffix').source,
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

// The US government MX suffix is .protection.office365.us (DoD and GCC High endpoint lists).
const MICROSOFT_HOST_SUFFIXES = [
  '.office365.com',
  '.outlook.com',
  '.office365.us',
  '.outlook.cn',
  '.protection.outlook.com',
  value('mx.us-government-suffix'),
];

/** True for hosts run by Microsoft's mail service (where 465 is not offered). */
export function isMicrosoftHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return MICROSOFT_HOST_SUFFIXES.some((suffix) => h.endsWith(suffix) || h === suffix.slice(1));
}

/** The preset a server host belongs to (Microsoft's by name), or 'custom'. */
export function presetIdForHost(host: string): PresetId {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  for (const id of ['outlook-com', 'microsoft365-gcc-high', 'microsoft365-dod', 'microsoft365'] as const) {
    if (h === PRESETS[id].host) return id;
  }
  if (h.endsWith(value('mx.worldwide-suffix')) || h.endsWith(value('mx.us-government-suffix'))) return 'microsoft365-relay';
  return isMicrosoftHost(h) ? 'microsoft365' : 'custom';
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
  return `${domain.trim().toLowerCase().replace(/\./g, '-')}${value('mx.worldwide-suffix')}`;
}

/** The port each security mode normally uses, for "choosing a port sets the security". */
export function securityForPort(port: number): Security {
  return port === 465 ? 'tls' : 'starttls';
}

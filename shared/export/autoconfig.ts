/**
 * Thunderbird autoconfig (config-v1.1.xml, draft-ietf-mailmaint-autoconfig). Microsoft
 * mailboxes use OAuth2 with the <oAuth2> block the ISPDB publishes; Thunderbird itself
 * signs in only for hosts in its built-in provider table, which the notes say.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { t, type MessageKey } from '../i18n';
import { isMicrosoftHost } from '../presets';
import { err, ok, type Result } from '../result';
import type { AuthMethod, PresetId, Security } from '../types';
import type { ExportAccount } from './export-account';
import { factValue } from './fact-words';
import type { GeneratedText } from './mobileconfig';

/** The name the autoconfig URL requires (https://autoconfig.<domain>/mail/config-v1.1.xml). */
export const autoconfigFileName = 'config-v1.1.xml';

const SOCKET_TYPE: Record<Security, string> = { tls: 'SSL', starttls: 'STARTTLS', none: 'plain' };
const AUTHENTICATION: Record<AuthMethod, string> = { oauth2: 'OAuth2', password: 'password-cleartext', none: 'none' };

// Host names Thunderbird's OAuth2Providers table knows (office365.com, outlook.com, hotmail.com).
const THUNDERBIRD_OAUTH_HOSTS = /(^|\.)(office365\.com|outlook\.com|hotmail\.com)$/i;

// Microsoft's endpoints as the ISPDB's office365.com entry lists them, but with the scopes
// Microsoft documents (and Thunderbird's own provider table uses): on outlook.office.com,
// not outlook.office365.com (fact thunderbird.oauth-scopes).
const SCOPE_BASE = factValue('thunderbird.oauth-scopes');
const MICROSOFT_OAUTH2 = {
  issuer: 'login.microsoftonline.com',
  scope: ['IMAP.AccessAsUser.All', 'POP.AccessAsUser.All', 'SMTP.Send'].map((scope) => `${SCOPE_BASE}${scope}`).concat('offline_access').join(' '),
  authURL: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  tokenURL: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
};

/** Provider names for the presets Thunderbird users know by name (a typed table, no keys built at run time). */
const PROVIDER_NAMES: Partial<Record<PresetId, { display: MessageKey; short: MessageKey }>> = {
  microsoft365: { display: 'export.autoconfig.display-name.microsoft365', short: 'export.autoconfig.short-name.microsoft365' },
  'outlook-com': { display: 'export.autoconfig.display-name.outlook-com', short: 'export.autoconfig.short-name.outlook-com' },
  'microsoft365-gcc-high': { display: 'export.autoconfig.display-name.microsoft365-gcc-high', short: 'export.autoconfig.short-name.microsoft365-gcc-high' },
};

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

function shorten(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

export function buildAutoconfig(account: ExportAccount): Result<GeneratedText> {
  if (account.presetId === 'microsoft365-relay') return err('INVALID_INPUT', t('export.invalid.relay-not-for-mail-apps'), 'presetId');
  if (account.incoming.length === 0) return err('INVALID_INPUT', t('export.invalid.incoming-required'), 'incoming.host');

  const oauth = account.microsoft;
  const username = (user: string | null) => (user === account.address ? '%EMAILADDRESS%' : (user ?? undefined));
  const incomingAuth = oauth ? 'OAuth2' : 'password-cleartext';
  const known = PROVIDER_NAMES[account.presetId];
  const displayName = known ? t(known.display) : (account.organization ?? account.domain);
  const shortName = known ? t(known.short) : displayName;

  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    clientConfig: {
      '@_version': '1.1',
      emailProvider: {
        '@_id': account.domain,
        domain: [account.domain],
        // Recommended ≤ 30 / ≤ 12 characters; hard limits 60 / 20.
        displayName: shorten(displayName, 60),
        displayShortName: shorten(shortName, 20),
        incomingServer: account.incoming.map((server) => ({
          '@_type': server.protocol,
          hostname: server.host,
          port: server.port,
          socketType: SOCKET_TYPE[server.security],
          authentication: incomingAuth,
          username: username(server.username),
          // Keep mail on the server so a phone or second computer still sees it.
          ...(server.protocol === 'pop3' ? { pop3: { leaveMessagesOnServer: true } } : {}),
        })),
        outgoingServer: {
          '@_type': 'smtp',
          hostname: account.outgoing.host,
          port: account.outgoing.port,
          socketType: SOCKET_TYPE[account.outgoing.security],
          authentication: AUTHENTICATION[oauth && account.outgoing.auth !== 'none' ? 'oauth2' : account.outgoing.auth],
          username: username(account.outgoing.username),
        },
      },
      ...(oauth && account.presetId !== 'microsoft365-gcc-high' ? { oAuth2: MICROSOFT_OAUTH2 } : {}),
    },
  };

  const notes = [t('export.note.autoconfig.hosting', { domain: account.domain })];
  if (oauth) {
    if (['microsoft365', 'outlook-com'].includes(account.presetId)) notes.push(t('export.note.autoconfig.builtin-microsoft'));
    const unknownHost = [account.outgoing.host, ...account.incoming.map((s) => s.host)].find(
      (host) => !THUNDERBIRD_OAUTH_HOSTS.test(host) && isMicrosoftHost(host),
    );
    if (unknownHost) notes.push(t('export.note.autoconfig.no-builtin-oauth', { host: unknownHost }));
  }
  return ok({ text: builder.build(document) as string, notes });
}

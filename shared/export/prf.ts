/**
 * Classic Outlook profile file (.prf): INI text, Windows-1252, CRLF. Only IMAP/POP +
 * SMTP with a password can be expressed (no OAuth, no password key), so Microsoft
 * mailboxes are refused with the route that works instead. Values follow the Account
 * Management API properties each key maps to (the PROP_* constants of Outlook's
 * Account Management API, as the Office Customization Tool's Section 7 maps them).
 */
import { t, type MessageKey } from '../i18n';
import { err, ok, type Result } from '../result';
import type { Security } from '../types';
import type { ExportAccount, ResolvedIncoming } from './export-account';
import type { GeneratedText } from './mobileconfig';
import { canEncodeWindows1252 } from './windows-1252';

// PROP_SMTP_SECURE_CONNECTION: 0 none, 1 SSL (implicit TLS), 2 TLS (STARTTLS).
const SMTP_SECURE_CONNECTION: Record<Security, number> = { none: 0, tls: 1, starttls: 2 };
// PROP_SMTP_AUTH_METHOD: 0 same credentials as incoming, 1 its own user name and password.
const SMTP_AUTH_SAME_AS_INCOMING = 0;
const SMTP_AUTH_USER_PASS = 1;
// PROP_POP_LEAVE_ON_SERVER bit 0x1: keep copies on the server, so a second device still sees mail.
const LEAVE_ON_SERVER = '0x1';

type Entry = readonly [key: string, value: string | number];

const COMMON_MAPPING: Entry[] = [
  ['AccountName', 'PT_UNICODE,0x0002'],
  ['DisplayName', 'PT_UNICODE,0x000B'],
  ['EmailAddress', 'PT_UNICODE,0x000C'],
  ['{P}Server', 'PT_UNICODE,0x0100'],
  ['{P}UserName', 'PT_UNICODE,0x0101'],
  ['{P}UseSPA', 'PT_LONG,0x0108'],
  ['Organization', 'PT_UNICODE,0x0107'],
  ['ReplyEmailAddress', 'PT_UNICODE,0x0103'],
  ['{P}Port', 'PT_LONG,0x0104'],
  ['{P}UseSSL', 'PT_LONG,0x0105'],
  ['SMTPServer', 'PT_UNICODE,0x0200'],
  ['SMTPUseAuth', 'PT_LONG,0x0203'],
  ['SMTPAuthMethod', 'PT_LONG,0x0208'],
  ['SMTPUserName', 'PT_UNICODE,0x0204'],
  ['SMTPUseSPA', 'PT_LONG,0x0207'],
  ['ConnectionType', 'PT_LONG,0x000F'],
  ['ConnectionOID', 'PT_UNICODE,0x0010'],
  ['SMTPPort', 'PT_LONG,0x0201'],
  ['SMTPSecureConnection', 'PT_LONG,0x020A'],
  ['ServerTimeOut', 'PT_LONG,0x0209'],
];

/** Section 7: how Outlook maps the account keys to MAPI properties (as the Office Customization Tool writes it). */
function mappingSection(protocol: ResolvedIncoming['protocol']): Entry[] {
  const prefix = protocol === 'imap' ? 'IMAP' : 'POP3';
  const lines: Entry[] = [['AccountType', prefix], ...COMMON_MAPPING.map(([k, v]) => [k.replace('{P}', prefix), v] as const)];
  if (protocol === 'pop3') lines.push(['LeaveOnServer', 'PT_LONG,0x1000']);
  else lines.push(['CheckNewImap', 'PT_LONG,0x1100'], ['RootFolder', 'PT_UNICODE,0x1101']);
  return lines;
}

export function buildPrf(account: ExportAccount): Result<GeneratedText> {
  if (account.presetId === 'microsoft365-relay') return err('INVALID_INPUT', t('export.invalid.relay-not-for-mail-apps'), 'presetId');
  if (account.microsoft) return err('INVALID_INPUT', t('export.note.prf.microsoft'), 'presetId');
  const incoming = account.incoming[0];
  if (!incoming) return err('INVALID_INPUT', t('export.invalid.incoming-required'), 'incoming.host');
  if (incoming.security === 'starttls') return err('INVALID_INPUT', t('export.invalid.prf-incoming-starttls'), 'incoming.security');

  const checks: [MessageKey, string | null][] = [
    ['export.field.displayName', account.displayName],
    ['export.field.description', account.description],
    ['export.field.organization', account.organization],
  ];
  for (const [field, value] of checks) {
    if (value !== null && !canEncodeWindows1252(value)) {
      return err('INVALID_INPUT', t('export.invalid.not-windows-1252', { field: t(field) }), field.replace('export.field.', ''));
    }
  }

  const p = incoming.protocol === 'imap' ? 'IMAP' : 'POP3';
  const serviceSection = incoming.protocol === 'imap' ? 'IMAP_I_Mail' : 'I_Mail';
  const smtpUser = account.outgoing.username;
  const account1: Entry[] = [
    ['UniqueService', 'No'],
    ['AccountName', account.description],
    ['DisplayName', account.displayName ?? account.address],
    ['EmailAddress', account.address],
    ['ReplyEmailAddress', account.address],
    ...(account.organization ? ([['Organization', account.organization]] as Entry[]) : []),
    [`${p}Server`, incoming.host],
    [`${p}UserName`, incoming.username],
    [`${p}Port`, incoming.port],
    [`${p}UseSSL`, incoming.security === 'tls' ? 1 : 0],
    [`${p}UseSPA`, 0],
    ['SMTPServer', account.outgoing.host],
    ['SMTPPort', account.outgoing.port],
    ['SMTPSecureConnection', SMTP_SECURE_CONNECTION[account.outgoing.security]],
    ...smtpAuthEntries(smtpUser, incoming.username),
    ['SMTPUseSPA', 0],
    ['ServerTimeOut', 60],
    ['ConnectionType', 0],
    ...(incoming.protocol === 'pop3' ? ([['LeaveOnServer', LEAVE_ON_SERVER]] as Entry[]) : []),
  ];

  const sections: [string, Entry[]][] = [
    [
      'General',
      [
        ['Custom', 1],
        ['ProfileName', account.address],
        ['DefaultProfile', 'Yes'],
        // Append adds the account to the existing default profile instead of replacing it.
        ['OverwriteProfile', 'Append'],
        ['ModifyDefaultProfileIfPresent', 'TRUE'],
        ['BackupProfile', 'No'],
      ],
    ],
    ['Internet Account List', [['Account1', serviceSection]]],
    ['Account1', account1],
    [serviceSection, mappingSection(incoming.protocol)],
  ];

  const header = [`; ${t('export.prf.comment', { address: account.address })}`];
  const body = sections.map(([name, entries]) => [`[${name}]`, ...entries.map(([k, v]) => `${k}=${v}`)].join('\r\n'));
  const notes = [t('export.note.prf.caveat'), t('export.note.prf.run-cmd')];
  return ok({ text: [...header, '', body.join('\r\n\r\n'), ''].join('\r\n'), notes });
}

function smtpAuthEntries(smtpUser: string | null, incomingUser: string): Entry[] {
  if (smtpUser === null) return [['SMTPUseAuth', 0]];
  if (smtpUser === incomingUser) return [['SMTPUseAuth', 1], ['SMTPAuthMethod', SMTP_AUTH_SAME_AS_INCOMING]];
  return [['SMTPUseAuth', 1], ['SMTPAuthMethod', SMTP_AUTH_USER_PASS], ['SMTPUserName', smtpUser]];
}

/**
 * Apple configuration profile (.mobileconfig). Non-Microsoft accounts get the
 * com.apple.mail.managed payload (IMAP/POP + SMTP). That payload has no OAuth, so a
 * Microsoft mailbox instead gets an Exchange payload with OAuth: ActiveSync on
 * iPhone/iPad, or EWS on a Mac (only where IT allows EWS; it ends in Exchange Online on the
 * date in fact exchange-online.ews-off). No profile ever carries
 * a password: Apple allows them only in encrypted profiles, which need MDM.
 */
import { t } from '../i18n';
import { err, ok, type Result } from '../result';
import type { ExportAccount, ResolvedIncoming } from './export-account';
import { ewsDates } from './fact-words';
import { profileIdentifier } from './payload-identifier';
import { plistXml, type PlistNode } from './plist-xml';

export type AppleTarget = 'ios' | 'macos';

export interface MobileconfigOptions {
  /** Fresh UUID per call; injected so golden files are deterministic. */
  uuid?: () => string;
  /** Only matters for Microsoft mailboxes: ActiveSync (iPhone/iPad) or EWS (Mac). */
  appleTarget?: AppleTarget;
}

export interface GeneratedText {
  text: string;
  /** Plain-language limits of this export, for the screen and the CLI. */
  notes: string[];
}

type PlistDict = { [key: string]: PlistNode };

// TargetDeviceType values from TopLevel.yaml.
const TARGET_IPHONE_IPAD = 1;
const TARGET_MAC = 5;

export function defaultUuid(): string {
  return globalThis.crypto.randomUUID().toUpperCase();
}

export function buildMobileconfig(account: ExportAccount, options: MobileconfigOptions = {}): Result<GeneratedText> {
  const uuid = options.uuid ?? defaultUuid;
  if (account.presetId === 'microsoft365-relay') return err('INVALID_INPUT', t('export.invalid.relay-not-for-mail-apps'), 'presetId');

  const identifier = profileIdentifier(account.address);
  const notes: string[] = [];
  let payload: PlistDict;
  let description: string;
  let target: number | undefined;
  let scopeUser = true;

  if (account.microsoft) {
    const appleTarget = options.appleTarget ?? 'ios';
    notes.push(t('export.note.mobileconfig.no-oauth'));
    if (appleTarget === 'ios') {
      payload = exchangePayload('com.apple.eas.account', `${identifier}.eas`, uuid(), account);
      description = t('export.mobileconfig.description.eas', { address: account.address });
      target = TARGET_IPHONE_IPAD;
      // PayloadScope is a macOS key; an iOS-only profile leaves it out.
      scopeUser = false;
      notes.push(t('export.note.mobileconfig.ios-only'));
    } else {
      payload = exchangePayload('com.apple.ews.account', `${identifier}.ews`, uuid(), account);
      description = t('export.mobileconfig.description.ews', { address: account.address, ...ewsDates() });
      target = TARGET_MAC;
      notes.push(t('export.note.mobileconfig.ews-retiring', ewsDates()));
    }
  } else {
    const incoming = account.incoming[0];
    if (!incoming) return err('INVALID_INPUT', t('export.invalid.incoming-required'), 'incoming.host');
    const protocol = t(incoming.protocol === 'imap' ? 'export.value.protocol.imap' : 'export.value.protocol.pop3');
    payload = mailPayload(account, incoming, `${identifier}.${incoming.protocol === 'imap' ? 'imap' : 'pop'}`, uuid());
    description = t('export.mobileconfig.description.password', { address: account.address, protocol });
    notes.push(t('export.note.mobileconfig.password-prompt'));
    if (account.outgoing.security === 'starttls' && account.outgoing.auth !== 'none') notes.push(t('export.note.mobileconfig.ssl-587'));
  }

  const profile: PlistDict = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: identifier,
    PayloadUUID: uuid(),
    PayloadDisplayName: t('export.mobileconfig.display-name', { address: account.address }),
    PayloadDescription: description,
    ...(account.organization ? { PayloadOrganization: account.organization } : {}),
    ...(scopeUser ? { PayloadScope: 'User' } : {}),
    ...(target !== undefined ? { TargetDeviceType: target } : {}),
    PayloadContent: [payload],
  };
  return ok({ text: plistXml(profile), notes });
}

function commonKeys(type: string, identifier: string, uuid: string, displayName: string, account: ExportAccount): PlistDict {
  return {
    PayloadType: type,
    PayloadVersion: 1,
    PayloadIdentifier: identifier,
    PayloadUUID: uuid,
    PayloadDisplayName: displayName,
    ...(account.organization ? { PayloadOrganization: account.organization } : {}),
  };
}

function mailPayload(account: ExportAccount, incoming: ResolvedIncoming, identifier: string, uuid: string): PlistDict {
  const protocol = t(incoming.protocol === 'imap' ? 'export.value.protocol.imap' : 'export.value.protocol.pop3');
  const outgoingAuth = account.outgoing.auth === 'none' ? 'EmailAuthNone' : 'EmailAuthPassword';
  const outgoingUser = account.outgoing.username;
  return {
    ...commonKeys('com.apple.mail.managed', identifier, uuid, t('export.mobileconfig.payload.mail', { protocol }), account),
    EmailAccountType: incoming.protocol === 'imap' ? 'EmailTypeIMAP' : 'EmailTypePOP',
    EmailAccountDescription: account.description,
    ...(account.displayName ? { EmailAccountName: account.displayName } : {}),
    EmailAddress: account.address,
    IncomingMailServerHostName: incoming.host,
    IncomingMailServerPortNumber: incoming.port,
    // The schema default is false (an old Apple guide said otherwise), so always explicit.
    IncomingMailServerUseSSL: incoming.security !== 'none',
    IncomingMailServerAuthentication: 'EmailAuthPassword',
    IncomingMailServerUsername: incoming.username,
    OutgoingMailServerHostName: account.outgoing.host,
    OutgoingMailServerPortNumber: account.outgoing.port,
    OutgoingMailServerUseSSL: account.outgoing.security !== 'none',
    OutgoingMailServerAuthentication: outgoingAuth,
    ...(outgoingUser !== null ? { OutgoingMailServerUsername: outgoingUser } : {}),
    // One password prompt for both servers; only meaningful when both sign in with the same name.
    OutgoingPasswordSameAsIncomingPassword: outgoingAuth === 'EmailAuthPassword' && outgoingUser === incoming.username,
  };
}

function exchangePayload(type: string, identifier: string, uuid: string, account: ExportAccount): PlistDict {
  return {
    ...commonKeys(type, identifier, uuid, t('export.mobileconfig.payload.exchange'), account),
    EmailAddress: account.address,
    UserName: account.address,
    // OAuth with autodiscovery: no Host, no password (the schema says not to give one).
    OAuth: true,
  };
}

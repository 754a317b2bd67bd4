import type { FactTable } from './fact';

/**
 * Facts about the mail apps the exports prepare: Outlook, Apple Mail, iOS Mail, Thunderbird,
 * and devices that only send. The per-app plan (shared/export/app-plan.ts) and its words take
 * dates and names from here, so a changed date is changed once.
 */
export const MAIL_APP_FACTS: FactTable = [
  {
    id: 'exchange-online.ews-blocked-from',
    claim: 'From 1 Oct 2026 Exchange Online blocks EWS unless the tenant sets EWSEnabled=True and lists the app in its AppID allow list (EWSAllowedAppIDs).',
    value: '2026-10-01',
    source: 'https://afi.ai/blog/microsoft-365-retiring-ews-exchange-online-timeline-discovery-parity-gaps-afi-graph',
    alsoSource: 'https://windowsforum.com/threads/exchange-online-ews-retirement-plan-oct-2026-disablement-to-apr-2027-shutdown.434905/',
    checked: '2026-12-01',
    reviewBy: '2027-03-01',
  },
  {
    id: 'exchange-online.ews-off',
    claim: 'On 1 Apr 2027 EWS in Exchange Online is switched off for good; the admin controls go and no exception is granted.',
    value: '2027-04-01',
    source: 'https://afi.ai/blog/microsoft-365-retiring-ews-exchange-online-timeline-discovery-parity-gaps-afi-graph',
    alsoSource: 'https://particlenews.net/story/microsoft-sets-phaseout-of-exchange-online-ews-blocking-in-october-2026-and-ending-april-2027',
    checked: '2026-12-01',
    reviewBy: '2027-03-01',
  },
  {
    id: 'mac-mail.exchange-is-ews',
    claim:
      'Apple Mail, Calendar and Contacts on macOS reach Exchange Online only through EWS (account.exchange allows EAS or EWS, and macOS has no EAS); System Settings › Internet Accounts › Microsoft Exchange is EWS too.',
    source: 'https://github.com/apple/device-management/blob/release/declarative/declarations/configurations/account.exchange.yaml',
    alsoSource: 'https://github.com/leits/MeetingBar/issues/978',
    checked: '2026-12-01',
    reviewBy: '2027-04-01',
  },
  {
    id: 'ios.exchange-uses-activesync',
    claim: 'iPhone and iPad add Microsoft Exchange accounts with Exchange ActiveSync (com.apple.eas.account, OAuth from iOS 12), which the EWS retirement does not affect.',
    source: 'https://github.com/apple/device-management/blob/release/mdm/profiles/com.apple.eas.account.yaml',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
  {
    id: 'ios.profile-install',
    claim:
      'A profile downloaded on iPhone or iPad (from Mail, Safari or AirDrop) is installed in Settings › Profile Downloaded › Install, and is deleted if not installed within 8 minutes; only one waits at a time.',
    value: '8',
    source: 'https://support.apple.com/HT209435',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
  {
    id: 'apple.profile-signature-status',
    claim:
      'Apple devices show an unsigned profile as "Unsigned", one whose signature chains to a trusted root as "Verified", and a signed one they cannot trust as "Not Verified".',
    source: 'https://manualsdump.com/en/manuals/apple-ipod_and_ipod_touch/223591/21',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
  {
    id: 'outlook-new.no-import-file',
    claim: 'New Outlook for Windows has no file that adds an account (none found); accounts are added by address, or copied from classic Outlook in the background.',
    source: 'https://mc.merill.net/message/MC1147392',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
  {
    id: 'outlook-mac.no-import-file',
    claim: 'Outlook for Mac has no account settings file (.olm is a data archive); its preferences can preset the address, and the account is added by address.',
    source: 'https://learn.microsoft.com/en-us/microsoft-365-apps/mac/preferences-outlook',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
  {
    id: 'outlook-classic.prf-no-modern-auth',
    claim:
      'A classic Outlook .prf can describe IMAP/POP + SMTP with a password only: it has no OAuth (modern authentication) and no password key, and Microsoft does not recommend .prf files for Outlook 2016 and later.',
    source: 'https://support.microsoft.com/kb/4046818',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
  {
    id: 'outlook.autodiscover-v2',
    claim:
      "Outlook finds a Microsoft 365 mailbox through Microsoft's Autodiscover v2 service: GET https://outlook.office365.com/autodiscover/autodiscover.json/v1.0/<address>?Protocol=AutodiscoverV1 answers 200 with a JSON Url for a known address, and a redirect otherwise.",
    value: 'https://outlook.office365.com/autodiscover/autodiscover.json/v1.0/',
    source: 'https://github.com/microsoft/CSS-Exchange/blob/main/Shared/Get-ProtocolEndpointViaAutoDv2.ps1',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
  {
    id: 'm365.autodiscover-cname',
    claim: 'A Microsoft 365 domain publishes the CNAME autodiscover.<domain> → autodiscover.outlook.com so mail apps find the mailbox.',
    value: 'autodiscover.outlook.com',
    source: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/external-domain-name-system-records',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
  {
    id: 'thunderbird.oauth-scopes',
    claim: 'Microsoft sign-in for IMAP, POP and SMTP uses scopes on https://outlook.office.com/ (IMAP.AccessAsUser.All, POP.AccessAsUser.All, SMTP.Send), as Thunderbird’s own provider table does.',
    value: 'https://outlook.office.com/',
    source: 'https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth',
    alsoSource: 'https://github.com/mozilla/releases-comm-central/blob/master/mailnews/base/src/OAuth2Providers.sys.mjs',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
  {
    id: 'devices.basic-auth-off-by-default',
    claim:
      'At the end of December 2026 Exchange Online switches SMTP AUTH with a password off by default for existing tenants (admins can switch it back on); the final removal date is to be announced in the second half of 2027.',
    value: '2026-12-31',
    source: 'https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835',
    checked: '2026-12-01',
    reviewBy: '2027-01-31',
  },
  {
    id: 'devices.outlook-com-oauth-only',
    claim: 'Outlook.com accepts only Microsoft sign-in (OAuth2) for IMAP, POP and SMTP; password sign-in ended on 16 Sep 2024.',
    value: '2024-09-16',
    source: 'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
  {
    id: 'devices.direct-send-and-relay',
    claim:
      'A device that cannot sign in can use Direct Send (port 25 to the tenant MX host, internal recipients only) or an SMTP relay connector that IT sets up for its IP address or certificate.',
    source:
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
    checked: '2026-12-01',
    reviewBy: '2027-06-01',
  },
];

import type { Fact, FactTable } from './fact';

// Primary pages, one place each, so a moved Microsoft page is fixed once.
const MFD =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365';
const AUTHSUB = 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission';
const TIMELINE26 =
  'https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835';
const MC786329 = 'https://mc.merill.net/message/MC786329';
const LEGACYTLS = 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/opt-in-exchange-online-endpoint-for-legacy-tls-using-smtp-auth';
const NDR = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online';
const LIMITS = 'https://learn.microsoft.com/en-us/troubleshoot/exchange/send-emails/smtp-submission-improvements';
const SECDEF = 'https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults';
const OAUTH = 'https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth';
const DOD = 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-dod-endpoints';
const GCCHIGH = 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-gcc-high-endpoints';
const DIRECTSEND = 'https://techcommunity.microsoft.com/blog/exchange/introducing-more-control-over-direct-send-in-exchange-online/4408790';
const PRN =
  'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-office-365';

const CHECKED = '2026-12-01';
// Stable facts get a year; anything Microsoft called pending or "to be announced" gets weeks.
const STABLE = '2027-12-01';
const HALF_YEAR = '2027-06-01';
const PENDING = '2027-01-31';

const f = (fact: Omit<Fact, 'checked'> & { checked?: string }): Fact => ({ checked: CHECKED, ...fact });

/** Facts about Microsoft 365 / Outlook.com sending: hosts, ports, sign-in, dates, admin settings. */
export const SERVICE_FACTS: FactTable = [
  // Hosts and ports
  f({ id: 'host.m365-smtp', claim: 'Microsoft 365 client submission uses the DNS name smtp.office365.com, never an IP address.', value: 'smtp.office365.com', source: MFD, reviewBy: HALF_YEAR }),
  f({ id: 'port.m365-submission', claim: 'Submission to smtp.office365.com is on port 587 with STARTTLS (25 with STARTTLS also works).', value: '587', source: MFD, reviewBy: HALF_YEAR }),
  f({ id: 'port.465-unsupported', claim: 'Port 465 (implicit TLS) is not supported on smtp.office365.com.', value: '465', source: MFD, reviewBy: HALF_YEAR }),
  f({ id: 'tls.minimum-version', claim: 'Devices and apps must use TLS 1.2 or newer.', value: 'TLS 1.2', source: MFD, reviewBy: HALF_YEAR }),
  f({ id: 'host.outlook-com-smtp', claim: 'Outlook.com accounts send through smtp-mail.outlook.com, port 587, STARTTLS, OAuth2 only.', value: 'smtp-mail.outlook.com', source: 'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040', reviewBy: HALF_YEAR }),
  f({ id: 'host.m365-mailbox', claim: 'Microsoft 365 IMAP and POP use outlook.office365.com (993 and 995, SSL/TLS).', value: 'outlook.office365.com', source: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges', reviewBy: HALF_YEAR }),
  f({ id: 'host.gcc-high', claim: 'GCC High tenants use outlook.office365.us for SMTP, IMAP and POP.', value: 'outlook.office365.us', source: GCCHIGH, reviewBy: HALF_YEAR }),
  f({ id: 'host.dod', claim: 'DoD tenants use outlook-dod.office365.us (not the GCC High host).', value: 'outlook-dod.office365.us', source: DOD, reviewBy: HALF_YEAR }),
  f({ id: 'mx.us-government-suffix', claim: 'GCC High and DoD MX hosts end in .protection.office365.us.', value: '.protection.office365.us', source: DOD, alsoSource: GCCHIGH, reviewBy: HALF_YEAR }),
  f({ id: 'mx.worldwide-suffix', claim: "A worldwide tenant's MX host (Direct Send, connector relay) is <domain>.mail.protection.outlook.com on port 25.", value: '.mail.protection.outlook.com', source: MFD, reviewBy: HALF_YEAR }),
  f({ id: 'domain.m365-initial-suffix', claim: 'Every Microsoft 365 organisation gets an initial domain ending in .onmicrosoft.com, so such an address is always a Microsoft 365 mailbox.', value: '.onmicrosoft.com', source: 'https://learn.microsoft.com/en-us/microsoft-365/admin/setup/domains-faq', reviewBy: STABLE }),
  f({ id: 'host.legacy-tls', claim: 'The opt-in endpoint for TLS 1.0/1.1 SMTP AUTH clients is smtp-legacy.office365.com (not in GCC, GCC High or DoD).', value: 'smtp-legacy.office365.com', source: LEGACYTLS, reviewBy: HALF_YEAR }),
  f({ id: 'host.legacy-tls-21vianet', claim: "21Vianet's legacy TLS endpoint is smtp-legacy.partner.outlook.cn; its regular SMTP host has no primary source.", value: 'smtp-legacy.partner.outlook.cn', source: LEGACYTLS, reviewBy: HALF_YEAR }),
  f({ id: 'legacy-tls.no-smtp-end-date', claim: 'No retirement date is announced for smtp-legacy.office365.com; the 2026 legacy TLS retirement (MC1293480) covers POP3/IMAP4 only.', source: 'https://mc.merill.net/message/MC1293480', reviewBy: '2027-03-01' }),
  f({ id: 'host.obsolete-regional', claim: 'Old regional names such as smtp-emea.outlook.com no longer resolve.', value: 'smtp-emea.outlook.com', source: 'https://github.com/MicrosoftDocs/SupportArticles-docs/blob/main/support/exchange/exchange-online/send-emails/error-when-connecting-to-exchange-online-via-smtp-client.md', reviewBy: STABLE }),
  f({ id: 'host.entra-login', claim: 'Microsoft sign-in for worldwide tenants and Outlook.com runs at login.microsoftonline.com over HTTPS.', value: 'login.microsoftonline.com', source: OAUTH, reviewBy: HALF_YEAR }),
  f({ id: 'oauth.smtp-send-scope', claim: 'The delegated scope for SMTP with OAuth is https://outlook.office.com/SMTP.Send.', value: 'https://outlook.office.com/SMTP.Send', source: OAUTH, reviewBy: HALF_YEAR }),
  f({ id: 'smtp.auth-success-235', claim: 'Only reply 235 means the AUTH exchange succeeded (RFC 4954 §6).', value: '235', source: 'https://www.rfc-editor.org/rfc/rfc4954#section-6', reviewBy: STABLE }),
  f({ id: 'smtp.login-initial-response', claim: "Exchange's AUTH LOGIN takes the user name (base64) in the AUTH command itself, and a client SHOULD send it there; the server then asks only for the password.", value: 'AUTH LOGIN <username>', source: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-xlogin/bbfaa927-d4dc-4c56-b0e1-8523f66557f2', reviewBy: STABLE }),
  f({ id: 'smtp.exchange-banner', claim: 'Exchange Online greets with "220 <server>.outlook.office365.com Microsoft ESMTP MAIL Service ready at <date>".', value: 'Microsoft ESMTP MAIL Service', source: 'https://github.com/simonrob/email-oauth2-proxy/issues/95', reviewBy: HALF_YEAR }),
  f({ id: 'smtp.exchange-chunking', claim: 'Exchange Online offers PIPELINING, BINARYMIME and CHUNKING (BDAT) in its EHLO reply.', value: 'CHUNKING', source: 'https://github.com/python/cpython/issues/115251', reviewBy: HALF_YEAR }),
  f({ id: 'smtp.exchange-bdat-trouble', claim: 'Sending with BDAT to smtp.office365.com has failed where DATA works (552 5.3.4 "Header size exceeds fixed maximum size"), and MailKit went back to DATA for Exchange; DATA is what Outlook-like clients use.', value: 'DATA', source: 'https://github.com/jstedfast/MailKit/issues/904', alsoSource: 'https://github.com/jstedfast/MailKit/issues/921', reviewBy: HALF_YEAR }),
  f({ id: 'smtp.smtputf8', claim: 'An address with non-ASCII characters before the @ needs the server to offer SMTPUTF8 (RFC 6531).', value: 'SMTPUTF8', source: 'https://www.rfc-editor.org/rfc/rfc6531', reviewBy: STABLE }),

  // Dates and the basic-auth timeline
  f({ id: 'smtp-auth.basic-off-by-default', claim: 'At the end of December 2026 basic auth for SMTP AUTH is switched off by default for existing tenants; admins can switch it back on for now.', value: '2026-12', source: TIMELINE26, alsoSource: MC786329, reviewBy: PENDING }),
  f({ id: 'smtp-auth.new-tenants-without-basic', claim: 'Tenants created after December 2026 do not have basic auth for SMTP AUTH by default.', source: TIMELINE26, reviewBy: PENDING }),
  f({ id: 'smtp-auth.final-date-announcement', claim: 'Microsoft will announce the final removal date in the second half of 2027; the 2024 plan (5.7.30 meaning gone for good in 2025) is superseded.', value: '2027-H2', source: TIMELINE26, alsoSource: MC786329, reviewBy: '2027-03-31' }),
  f({ id: 'smtp-auth.reenable-switch-unnamed', claim: 'Microsoft has not yet named the setting that switches basic SMTP AUTH back on after December 2026.', source: TIMELINE26, reviewBy: PENDING }),
  f({ id: 'outlook-com.basic-auth-ended', claim: 'Outlook.com accounts stopped accepting basic auth (and app passwords) in third-party apps on 16 September 2024.', value: '2024-09-16', source: 'https://support.microsoft.com/en-us/office/modern-authentication-methods-now-needed-to-continue-syncing-outlook-email-in-non-microsoft-email-apps-c5d65390-9676-4763-b41f-d7986499a90d', reviewBy: STABLE }),
  f({ id: 'tls.digicert-g2', claim: 'Exchange Online asks clients to trust DigiCert Global Root G2; newer stores dropped DigiCert Global Root CA (G1).', value: 'DigiCert Global Root G2', source: 'https://techcommunity.microsoft.com/blog/exchange/trust-digicert-global-root-g2-certificate-authority-to-avoid-exchange-online-ema/4488311', reviewBy: HALF_YEAR }),

  // Sign-in policy
  f({ id: 'security-defaults.block-legacy-smtp', claim: 'Security defaults block basic (legacy) authentication for SMTP.', source: SECDEF, reviewBy: HALF_YEAR }),
  f({ id: 'security-defaults.block-device-code', claim: 'Security defaults (and Conditional Access authentication-flow policies) block device-code sign-in; use authorization code + PKCE.', source: SECDEF, alsoSource: 'https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-block-authentication-flows', reviewBy: '2027-03-01' }),
  f({ id: 'oauth.smtp-auth-still-required', claim: 'With OAuth, SMTP AUTH must still be enabled for the mailbox; the XOAUTH2 user must be the signed-in account or a mailbox it may use.', source: OAUTH, alsoSource: AUTHSUB, reviewBy: HALF_YEAR }),

  // Reply-code meanings (Exchange Online NDR table)
  f({ id: 'ndr.5.2.2-submission-quota', claim: 'In Exchange Online a bare 5.2.2 is "Submission quota exceeded" (the sender\'s limit), not a full mailbox.', value: '5.2.2', source: NDR, reviewBy: HALF_YEAR }),
  f({ id: 'ndr.5.4.1-relay-access-denied', claim: '550 5.4.1 Relay Access Denied is what Direct Send gets for an outside recipient; Direct Send delivers to internal recipients only.', value: '5.4.1', source: NDR, alsoSource: MFD, reviewBy: HALF_YEAR }),
  f({ id: 'ndr.5.7.50x-recipient', claim: '5.7.504 (recipient address rejected) and 5.7.505 (banned recipient) are about the recipient.', value: '5.7.504', source: NDR, reviewBy: HALF_YEAR }),
  f({ id: 'ndr.5.7.606-banned-ip', claim: '5.7.606–5.7.649 mean the sending IP is on Microsoft\'s block list; delisting is at sender.office.com.', value: 'https://sender.office.com', source: NDR, reviewBy: HALF_YEAR }),
  f({ id: 'ndr.5.7.520-forwarding', claim: '5.7.520 means the organisation does not allow automatic forwarding to outside addresses (outbound spam policy).', value: '5.7.520', source: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding', reviewBy: HALF_YEAR }),
  f({ id: 'limits.recipients-per-day', claim: 'SMTP AUTH allows 10,000 recipients a day per mailbox.', value: '10000', source: LIMITS, reviewBy: HALF_YEAR }),
  f({ id: 'limits.concurrent-connections', claim: 'SMTP AUTH allows 3 concurrent connections per mailbox.', value: '3', source: LIMITS, reviewBy: HALF_YEAR }),
  f({ id: 'limits.continuous-error-throttling', claim: 'Repeated errors throttle SMTP AUTH for a mailbox (550 5.2.251–5.2.255); support cannot lift it.', source: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions', reviewBy: HALF_YEAR }),
  f({ id: 'directsend.internal-only', claim: 'Direct Send to the MX host cannot deliver to external recipients.', source: MFD, reviewBy: HALF_YEAR }),
  f({ id: 'directsend.reject-setting', claim: 'Set-OrganizationConfig -RejectDirectSend $true makes Direct Send fail with 5.7.68.', value: 'Get-OrganizationConfig | Format-List RejectDirectSend', source: DIRECTSEND, reviewBy: HALF_YEAR }),

  // Admin paths (their words are i18n keys, so each language can use Microsoft's own menu
  // names) and cmdlets (values may hold {address} and {sendFromMailbox})
  f({ id: 'admin.authenticated-smtp', claim: 'The per-mailbox SMTP AUTH switch in the Microsoft 365 admin center.', words: 'finding.admin-path.authenticated-smtp', source: AUTHSUB, reviewBy: HALF_YEAR }),
  f({ id: 'cmdlet.enable-smtp-auth-mailbox', claim: 'Turns SMTP AUTH on for one mailbox; the mailbox setting takes precedence over the organisation one.', value: 'Set-CASMailbox -Identity {address} -SmtpClientAuthenticationDisabled $false', source: AUTHSUB, reviewBy: HALF_YEAR }),
  f({ id: 'cmdlet.get-smtp-auth-org', claim: 'Shows whether SMTP AUTH is off for the organisation.', value: 'Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled', source: AUTHSUB, reviewBy: HALF_YEAR }),
  f({ id: 'cmdlet.get-smtp-auth-mailbox', claim: 'Shows the per-mailbox SMTP AUTH setting.', value: 'Get-CASMailbox -Identity {address} | Format-List SmtpClientAuthenticationDisabled', source: AUTHSUB, reviewBy: HALF_YEAR }),
  f({ id: 'cmdlet.get-user-auth-policy', claim: "Shows which authentication policy applies to the user (policies block basic auth, never OAuth).", value: 'Get-User -Identity {address} | Format-List AuthenticationPolicy', source: 'https://learn.microsoft.com/en-us/powershell/module/exchange/set-authenticationpolicy', reviewBy: HALF_YEAR }),
  f({ id: 'cmdlet.get-auth-policy-smtp', claim: 'Shows whether authentication policies allow basic auth for SMTP.', value: 'Get-AuthenticationPolicy | Format-List Name,AllowBasicAuthSmtp', source: 'https://learn.microsoft.com/en-us/powershell/module/exchange/set-authenticationpolicy', reviewBy: HALF_YEAR }),
  f({ id: 'admin.security-defaults', claim: 'Where security defaults are switched on and off.', words: 'finding.admin-path.security-defaults', source: SECDEF, reviewBy: HALF_YEAR }),
  f({ id: 'admin.sign-in-logs', claim: 'Where the Entra sign-in log shows why a sign-in was blocked.', words: 'finding.admin-path.sign-in-logs', source: 'https://learn.microsoft.com/en-us/entra/identity/monitoring-health/concept-sign-ins', reviewBy: HALF_YEAR }),
  f({ id: 'admin.conditional-access', claim: 'Where Conditional Access policies live.', words: 'finding.admin-path.conditional-access', source: 'https://learn.microsoft.com/en-us/entra/identity/conditional-access/overview', reviewBy: HALF_YEAR }),
  f({ id: 'admin.consent-requests', claim: 'Where admins grant consent to an app or review admin consent requests.', words: 'finding.admin-path.consent-requests', source: 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/configure-admin-consent-workflow', reviewBy: HALF_YEAR }),
  f({ id: 'admin.legacy-tls', claim: 'The Exchange admin center switch for legacy TLS clients.', words: 'finding.admin-path.legacy-tls', source: LEGACYTLS, reviewBy: HALF_YEAR }),
  f({ id: 'cmdlet.allow-legacy-tls', claim: 'Allows TLS 1.0/1.1 clients on smtp-legacy.office365.com.', value: 'Set-TransportConfig -AllowLegacyTLSClients $true', source: LEGACYTLS, reviewBy: HALF_YEAR }),
  f({ id: 'admin.restricted-entities', claim: 'Where blocked senders (5.1.8) are released.', words: 'finding.admin-path.restricted-entities', source: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-1-8-in-exchange-online', reviewBy: HALF_YEAR }),
  f({ id: 'admin.connectors', claim: 'Where inbound connectors for relay are managed.', words: 'finding.admin-path.connectors', source: PRN, reviewBy: HALF_YEAR }),
  f({ id: 'cmdlet.get-inbound-connector', claim: 'Shows the IP addresses and certificate names inbound connectors accept.', value: 'Get-InboundConnector | Format-List Name,SenderIPAddresses,TlsSenderCertificateName', source: PRN, reviewBy: HALF_YEAR }),
  f({ id: 'admin.send-as', claim: 'Where Send As permission is granted on a mailbox.', words: 'finding.admin-path.send-as', source: PRN, reviewBy: HALF_YEAR }),
  f({ id: 'cmdlet.grant-send-as', claim: 'Grants Send As on a mailbox.', value: 'Add-RecipientPermission -Identity "{sendFromMailbox}" -Trustee {address} -AccessRights SendAs', source: PRN, reviewBy: HALF_YEAR }),
  f({ id: 'cmdlet.get-mailbox-size', claim: 'Shows how full a mailbox is.', value: 'Get-MailboxStatistics -Identity {address} | Format-List TotalItemSize', source: LIMITS, reviewBy: HALF_YEAR }),
  f({ id: 'admin.domains', claim: 'Where sending domains are added and verified.', words: 'finding.admin-path.domains', source: NDR, reviewBy: HALF_YEAR }),
  f({ id: 'admin.outbound-spam-forwarding', claim: 'Where automatic forwarding to outside addresses is allowed or blocked.', words: 'finding.admin-path.outbound-spam-forwarding', source: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding', reviewBy: HALF_YEAR }),
];

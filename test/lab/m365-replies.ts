/**
 * Microsoft 365 SMTP replies, word for word as Exchange Online sends them. Where each one is
 * documented: the finding it leads to (SCENARIOS in scenarios.ts) cites Microsoft's page in
 * shared/findings/catalogue/ (links in shared/findings/sources.ts, dated claims in
 * shared/facts/), and replies quoted in public threads are in test/fixtures/error-corpus/
 * with their URLs. Data only: the lab server writes them, tests compare against them.
 */

export interface ScriptedReply {
  code: number;
  /** Enhanced status code, e.g. "5.7.139"; empty for replies that carry none (220 greeting, 334). */
  enhanced: string;
  text: string;
}

/** Host names in the style Exchange Online uses; the lab never resolves them. */
export const M365_FRONTEND = 'BY1PR10CA0041.outlook.office365.com';
export const M365_BACKEND = 'BY1PR10CA0041.namprd10.prod.outlook.com';

const r = (code: number, enhanced: string, text: string): ScriptedReply => ({ code, enhanced, text });

export const M365_REPLIES = {
  // Session and protocol
  startTlsReady: r(220, '2.0.0', 'SMTP server ready'),
  authOk: r(235, '2.7.0', 'Authentication successful'),
  mailOk: r(250, '2.1.0', 'Sender OK'),
  rcptOk: r(250, '2.1.5', 'Recipient OK'),
  dataGo: r(354, '', 'Start mail input; end with <CRLF>.<CRLF>'),
  rsetOk: r(250, '2.0.0', 'Resetting'),
  noopOk: r(250, '2.0.0', 'OK'),
  quit: r(221, '2.0.0', 'Service closing transmission channel'),
  sendHelloFirst: r(503, '5.5.2', 'Send hello first'),
  needMail: r(503, '5.5.2', 'Need mail command'),
  needRcpt: r(503, '5.5.2', 'Need rcpt command'),
  alreadyAuthenticated: r(503, '5.5.2', 'Already authenticated'),
  tlsAlreadyActive: r(503, '5.5.2', 'Already in TLS session'),
  badSyntax: r(501, '5.5.4', 'Invalid arguments'),
  unrecognizedAuth: r(504, '5.7.4', 'Unrecognized authentication type'),
  notAuthenticated: r(530, '5.7.57', 'Client not authenticated to send mail'),
  startTlsRequired: r(451, '5.7.3', 'STARTTLS is required to send mail'),
  tlsTooOld: r(
    421,
    '4.7.66',
    'TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls',
  ),

  // AUTH
  tenantAuthDisabled: r(
    535,
    '5.7.139',
    'Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.',
  ),
  mailboxAuthDisabled: r(
    535,
    '5.7.139',
    'Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.',
  ),
  basicAuthDisabled: r(535, '5.7.139', 'Authentication unsuccessful, basic authentication is disabled.'),
  securityDefaults: r(
    535,
    '5.7.139',
    "Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
  ),
  conditionalAccess: r(
    535,
    '5.7.139',
    'Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.',
  ),
  credentialsIncorrect: r(535, '5.7.139', 'Authentication unsuccessful, the user credentials were incorrect.'),
  federationFailure: r(535, '5.7.139', 'Authentication unsuccessful, federated STS service was unreachable.'),
  authUnsuccessful: r(535, '5.7.3', 'Authentication unsuccessful'),
  basicAuthRemoved: r(550, '5.7.30', 'Basic authentication is not supported for Client Submission.'),

  // MAIL FROM / RCPT TO / DATA
  sendAsDeniedAtMail: r(550, '5.7.60', 'SMTP; Client does not have permissions to send as this sender'),
  restrictedSender: r(550, '5.1.8', 'Access denied, bad outbound sender'),
  recipientNotFound: r(550, '5.1.10', 'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'),
  sendAsDeniedAtData: r(
    554,
    '5.2.252',
    'SendAsDenied; alice@contoso.example not allowed to send as boss@contoso.example; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
  ),
  submissionQuotaExceeded: r(
    554,
    '5.2.0',
    'STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.',
  ),
  outboundSpam: r(
    554,
    '5.2.0',
    'STOREDRV.Submission.Exception:OutboundSpamException; WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade.',
  ),
  mailboxFull: r(
    554,
    '5.2.2',
    'mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot submit message.',
  ),
  concurrencyLimit: r(432, '4.3.2', 'STOREDRV.ClientSubmit; sender thread limit exceeded'),
  temporaryRestriction: r(451, '4.7.500', 'Access denied, please try again later'),
} as const satisfies Record<string, ScriptedReply>;

export type M365ReplyName = keyof typeof M365_REPLIES;

export const SIZE_LIMIT = 157286400;

/** "220 BY1PR10CA0041.outlook.office365.com Microsoft ESMTP MAIL Service ready at Mon, 23 Nov 2026 15:36:44 +0000" */
export function m365Greeting(now: Date = new Date()): string {
  return `220 ${M365_FRONTEND} Microsoft ESMTP MAIL Service ready at ${now.toUTCString().replace('GMT', '+0000')}`;
}

/**
 * The EHLO reply (PHPMailer#1901 order): STARTTLS only before TLS, "AUTH LOGIN XOAUTH2"
 * only after it. BINARYMIME/CHUNKING are left out because the lab does not implement BDAT.
 */
export function ehloLines(offer: { starttls: boolean; auth: boolean; pipelining?: boolean }): string[] {
  const features = [
    `${M365_FRONTEND} Hello [127.0.0.1]`,
    `SIZE ${SIZE_LIMIT}`,
    ...(offer.pipelining === false ? [] : ['PIPELINING']),
    'DSN',
    'ENHANCEDSTATUSCODES',
    ...(offer.starttls ? ['STARTTLS'] : []),
    ...(offer.auth ? ['AUTH LOGIN XOAUTH2'] : []),
    '8BITMIME',
    'SMTPUTF8',
  ];
  return features.map((feature, i) => `250${i === features.length - 1 ? ' ' : '-'}${feature}`);
}

/** "[host timestamp id]" as Exchange Online appends to error replies; classifiers must ignore it. */
export function m365Trailer(now: Date = new Date()): string {
  return `[${M365_BACKEND} ${now.toISOString()} 08DEB430F51D1974]`;
}

/** The reply as one wire line (without CRLF). Errors (4xx/5xx) carry the Microsoft trailer. */
export function formatReply(reply: ScriptedReply, now?: Date): string {
  const parts = [String(reply.code)];
  if (reply.enhanced) parts.push(reply.enhanced);
  if (reply.text) parts.push(reply.text);
  if (reply.code >= 400) parts.push(m365Trailer(now));
  return parts.join(' ');
}

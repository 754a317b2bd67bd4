/**
 * Every lab scenario: what it emulates, what a client observes (the test oracle for the
 * probe, E2E tests and benchmarks), and which server plays it. Ids follow the finding ids
 * of shared/findings/ids.ts where one maps.
 */
import type { Security, StageId } from '../../shared/types';
import type { CertificateSetName } from './certificates';
import { type AuthKind, HEALTHY_PLAN, type M365Plan } from './m365-plan';
import { M365_FRONTEND, M365_REPLIES as R, type ScriptedReply } from './m365-replies';

export interface ScenarioInfo {
  description: string;
  /** What the scenario's server speaks (`Lab.security`). */
  security: Security;
  /** First stage a client with the lab credentials and matching security fails at; null = everything works. */
  failsAt: StageId | null;
  /** The reply sent at `failsAt`. On the wire Microsoft's `[host timestamp id]` trailer follows the text. */
  reply?: ScriptedReply;
  /** AUTH scenarios: which mechanisms get `reply` ('basic' = AUTH LOGIN, 'oauth' = XOAUTH2); the others work. */
  appliesTo?: AuthKind;
  /** Node / OpenSSL error code a client sees for socket- and TLS-level scenarios. */
  clientError?: string;
  /** The finding id (shared/findings/ids.ts) the probe should report. */
  finding: string | null;
}

export type ServerKind =
  | { kind: 'm365'; plan: M365Plan }
  | { kind: 'blackhole' }
  | { kind: 'refused' }
  | { kind: 'no-greeting' }
  | { kind: 'drop-after-ehlo' };

interface Scenario {
  info: ScenarioInfo;
  server: ServerKind;
}

const m365 = (plan: Partial<M365Plan> = {}): ServerKind => ({ kind: 'm365', plan: { ...HEALTHY_PLAN, ...plan } });

function authScenario(reply: ScriptedReply, appliesTo: AuthKind, finding: string, description: string): Scenario {
  return {
    info: { description, security: 'starttls', failsAt: 'auth', reply, appliesTo, finding },
    server: m365({ authReply: { reply, appliesTo } }),
  };
}

/**
 * AUTH answered with a 2xx other than 235. nodemailer takes any 2xx for success; RFC 4954
 * §6 says only 235 means signed in. No `appliesTo` in the oracle: these are not Microsoft's
 * replies, and nodemailer's own verify() "passes" on them (which is the point).
 */
function oddAuthScenario(reply: ScriptedReply, description: string): Scenario {
  return {
    info: { description, security: 'starttls', failsAt: 'auth', reply, finding: 'auth.unexpected-reply' },
    server: m365({ authReply: { reply, appliesTo: 'all' } }),
  };
}

/** Terminal escapes, NUL, a bare CR and a right-to-left override: what no stored text may carry raw. */
export const HOSTILE_GREETING = `220 ${M365_FRONTEND} Microsoft ESMTP \x1b]0;owned\x07\x1b[2J\u202eydaer\u202c MAIL\x00 Service\r ready`;
export const HOSTILE_MAIL_REPLY: ScriptedReply = { code: 550, enhanced: '5.1.8', text: 'Access denied, bad outbound sender \x1b[31m\x1b]0;owned\x07\x1b[0m \u202etxet\u202c\x00' };

function sendScenario(stage: 'mail-from' | 'rcpt-to' | 'data', reply: ScriptedReply, finding: string, description: string): Scenario {
  const key = ({ 'mail-from': 'mailReply', 'rcpt-to': 'rcptReply', data: 'dataReply' } as const)[stage];
  return { info: { description, security: 'starttls', failsAt: stage, reply, finding }, server: m365({ [key]: reply }) };
}

function tlsScenario(certificate: CertificateSetName, clientError: string, finding: string, description: string): Scenario {
  return { info: { description, security: 'starttls', failsAt: 'starttls', clientError, finding }, server: m365({ certificate }) };
}

function networkScenario(server: ServerKind, failsAt: StageId, clientError: string, finding: string, description: string): Scenario {
  return { info: { description, security: 'starttls', failsAt, clientError, finding }, server };
}

const TABLE = {
  healthy: {
    info: {
      description:
        'smtp.office365.com:587 as it should be: Microsoft banner, STARTTLS, "AUTH LOGIN XOAUTH2" only after TLS, PLAIN → 504 5.7.4, ' +
        'lab credentials accepted, messages recorded. Also the port to use for "client speaks implicit TLS to a STARTTLS port" ' +
        '(the client gets ERR_SSL_WRONG_VERSION_NUMBER).',
      security: 'starttls',
      failsAt: null,
      finding: null,
    },
    server: m365(),
  },
  'implicit-tls': {
    info: {
      description:
        'The healthy server on implicit TLS (like a 465 that works elsewhere). Also the port to use for "client speaks STARTTLS or ' +
        'plain to an implicit-TLS port": the server waits for a TLS ClientHello, so the client never gets a greeting.',
      security: 'tls',
      failsAt: null,
      finding: null,
    },
    server: m365({ security: 'tls' }),
  },
  'slow-server': {
    info: {
      description: 'The healthy server, every reply (greeting included) delayed by options.delayMs (default 1500 ms).',
      security: 'starttls',
      failsAt: null,
      finding: null,
    },
    server: m365(),
  },
  'starttls-unavailable': {
    info: {
      description: 'No TLS at all: STARTTLS is neither advertised nor accepted (500 5.3.3); AUTH → 504 5.7.4, MAIL → 451 5.7.3.',
      security: 'none',
      failsAt: 'starttls',
      reply: { code: 500, enhanced: '5.3.3', text: "Unrecognized command 'STARTTLS'" },
      finding: 'tls.starttls-unavailable',
    },
    server: m365({ security: 'none' }),
  },
  'auth-not-offered': {
    info: {
      description:
        'EHLO after TLS lists no AUTH (like the MX host); AUTH → 504 5.7.4, MAIL FROM → 530 5.7.57. nodemailer verify() "passes" here.',
      security: 'starttls',
      failsAt: 'auth',
      reply: R.unrecognizedAuth,
      finding: 'auth.not-offered',
    },
    server: m365({ advertiseAuth: false }),
  },
  'ehlo-required': {
    info: {
      description:
        'Replays nette/mail#71: the EHLO after STARTTLS is answered but not counted, so AUTH → 503 5.5.2 Send hello first and ' +
        'MAIL → 530 5.7.57. (Every lab server genuinely answers 503 5.5.2 to AUTH when EHLO is not repeated after STARTTLS.)',
      security: 'starttls',
      failsAt: 'auth',
      reply: R.sendHelloFirst,
      appliesTo: 'all',
      finding: 'protocol.ehlo-required',
    },
    server: m365({ forgetEhloAfterTls: true }),
  },
  'tls-version-too-old': authScenario(
    R.tlsTooOld,
    'all',
    'tls.version-too-old',
    'Answers AUTH with 421 4.7.66 (TLS 1.0/1.1 not supported) and hangs up, as for a client that negotiated old TLS. ' +
      "The handshake itself is TLS 1.2+: Node's OpenSSL won't negotiate 1.0 by default.",
  ),
  'tenant-auth-disabled': authScenario(R.tenantAuthDisabled, 'all', 'auth.smtp-auth-disabled-tenant', 'SMTP AUTH switched off for the organisation (blocks OAuth too).'),
  'mailbox-auth-disabled': authScenario(R.mailboxAuthDisabled, 'all', 'auth.smtp-auth-disabled-mailbox', 'Authenticated SMTP switched off for this mailbox (blocks OAuth too).'),
  'basic-auth-disabled': authScenario(R.basicAuthDisabled, 'basic', 'auth.basic-auth-disabled', 'Basic auth blocked (policy, Dec 2026 default, Outlook.com); XOAUTH2 works.'),
  'security-defaults': authScenario(R.securityDefaults, 'basic', 'auth.security-defaults', 'Security Defaults block legacy SMTP sign-in; XOAUTH2 works.'),
  'conditional-access': authScenario(R.conditionalAccess, 'basic', 'auth.conditional-access', 'A Conditional Access policy blocks the basic sign-in; XOAUTH2 works.'),
  'bad-credentials': authScenario(R.credentialsIncorrect, 'basic', 'auth.bad-credentials', '535 5.7.139 "the user credentials were incorrect" for any password; XOAUTH2 works.'),
  'auth-rejected': authScenario(
    R.authUnsuccessful,
    'basic',
    // Microsoft's generic 5.7.3 after a password is, first of all, a wrong password (shared/findings/catalogue/auth.ts cites the page).
    'auth.bad-credentials',
    'The generic 535 5.7.3 Authentication unsuccessful for any password (what a wrong password gets on every lab server); XOAUTH2 works.',
  ),
  'oauth-token-rejected': authScenario(R.authUnsuccessful, 'oauth', 'auth.oauth-token-rejected', 'XOAUTH2 token rejected with 535 5.7.3 even for the lab token; LOGIN works.'),
  'federation-failure': authScenario(R.federationFailure, 'basic', 'auth.federation-failure', 'The federated identity provider (ADFS) is unreachable; XOAUTH2 works.'),
  'basic-auth-removed': authScenario(R.basicAuthRemoved, 'basic', 'auth.basic-auth-removed', 'Final stage of the retirement: 550 5.7.30 for basic auth; XOAUTH2 works.'),
  'auth-reply-250': oddAuthScenario({ code: 250, enhanced: '', text: 'OK' }, 'Answers every AUTH with "250 OK": nodemailer signs in, but a successful AUTH is 235.'),
  'auth-reply-2': oddAuthScenario({ code: 2, enhanced: '', text: '' }, 'Answers every AUTH with a bare "2": no reply code at all, yet nodemailer counts it as success.'),
  'auth-reply-282': oddAuthScenario({ code: 282, enhanced: '', text: 'weird' }, 'Answers every AUTH with "282 weird": a 2xx that is not 235.'),
  'control-characters': {
    info: {
      description:
        'A greeting with terminal escapes (set title, clear screen), NUL, a bare CR and U+202E, and a MAIL FROM refusal ' +
        'whose text carries the same: the probe must keep all of it visible as \\x1b, \\x00, \\x0d, \\u202e.',
      security: 'starttls',
      failsAt: 'mail-from',
      reply: HOSTILE_MAIL_REPLY,
      finding: 'send.restricted-sender',
    },
    server: m365({ greeting: HOSTILE_GREETING, mailReply: HOSTILE_MAIL_REPLY }),
  },
  'auth-required': sendScenario('mail-from', R.notAuthenticated, 'auth.required', 'MAIL FROM always → 530 5.7.57, as if the session were not authenticated.'),
  'send-as-denied': sendScenario('mail-from', R.sendAsDeniedAtMail, 'send.send-as-denied', 'MAIL FROM → 550 5.7.60: no Send As permission for the From address.'),
  'send-as-denied-at-data': sendScenario('data', R.sendAsDeniedAtData, 'send.send-as-denied', 'MAIL FROM accepted, end of DATA → 554 5.2.252 SendAsDenied.'),
  'quota-exceeded': sendScenario('data', R.submissionQuotaExceeded, 'send.quota-exceeded', 'End of DATA → 554 5.2.0 SubmissionQuotaExceededException.'),
  'outbound-spam': sendScenario('data', R.outboundSpam, 'send.outbound-spam', 'End of DATA → 554 5.2.0 OutboundSpamException (Outlook.com anti-abuse verdict).'),
  'mailbox-full': sendScenario('data', R.mailboxFull, 'send.mailbox-full', 'End of DATA → 554 5.2.2 mailbox full (the sending mailbox).'),
  'concurrency-limit': sendScenario('data', R.concurrencyLimit, 'send.concurrency-limit', 'End of DATA → 432 4.3.2 sender thread limit exceeded.'),
  'restricted-sender': sendScenario('mail-from', R.restrictedSender, 'send.restricted-sender', 'MAIL FROM → 550 5.1.8 bad outbound sender (Restricted users list).'),
  'temporary-restriction': sendScenario('mail-from', R.temporaryRestriction, 'send.temporary-restriction', 'MAIL FROM → 451 4.7.500 Access denied, please try again later.'),
  'recipient-rejected': sendScenario('rcpt-to', R.recipientNotFound, 'send.recipient-rejected', 'RCPT TO → 550 5.1.10 RecipientNotFound.'),
  intercepted: tlsScenario(
    'intercepted',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'tls.intercepted',
    'Antivirus TLS interception: leaf for smtp.office365.com issued by "avast! Web/Mail Shield Root" (sent in the chain, not trusted).',
  ),
  'untrusted-root': tlsScenario(
    'untrusted-root',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'tls.certificate-untrusted',
    'The 2026 G1 problem: CN=outlook.com ← "DigiCert Cloud Services CA-1" ← a "DigiCert Global Root CA" the client does not have.',
  ),
  'certificate-expired': tlsScenario('expired', 'CERT_HAS_EXPIRED', 'tls.certificate-expired', 'Right names, trusted lab root, expired 10 days ago.'),
  'hostname-mismatch': tlsScenario(
    'hostname-mismatch',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'tls.hostname-mismatch',
    'Trusted lab root, but the leaf is only valid for mail.wrong-host.example (not smtp.office365.com, not 127.0.0.1).',
  ),
  'certificate-not-yet-valid': {
    info: {
      description:
        'Trusted lab root, valid only from 30 days from now, and a banner whose time is 31 days ahead of this computer: what a ' +
        'client with its clock far behind sees (the server states the real time).',
      security: 'starttls',
      failsAt: 'starttls',
      clientError: 'CERT_NOT_YET_VALID',
      finding: 'tls.clock-skew',
    },
    server: m365({ certificate: 'not-yet-valid', clockAheadMs: 31 * 24 * 3600 * 1000 }),
  },
  'certificate-future-dated': tlsScenario(
    'not-yet-valid',
    'CERT_NOT_YET_VALID',
    'tls.certificate-not-yet-valid',
    'The same certificate dated 30 days ahead, but the banner states the same time as this computer: the clock is right, the ' +
      'server\'s certificate is not valid yet.',
  ),
  'port-blocked': networkScenario(
    { kind: 'blackhole' },
    'connect',
    'ETIMEDOUT',
    'network.port-blocked',
    'Silently dropped port (firewall, or 465 at Microsoft): the TCP connect never completes.',
  ),
  'connection-refused': networkScenario({ kind: 'refused' }, 'connect', 'ECONNREFUSED', 'network.connection-refused', 'Nothing listens: connect is refused at once.'),
  'greeting-timeout': networkScenario({ kind: 'no-greeting' }, 'greeting', 'ETIMEDOUT', 'network.greeting-timeout', 'Accepts the connection and never sends a greeting.'),
  'connection-reset': networkScenario(
    { kind: 'drop-after-ehlo' },
    'ehlo',
    'ECONNRESET',
    'network.connection-reset',
    'Sends the Microsoft greeting, then resets the connection when EHLO arrives.',
  ),
} satisfies Record<string, Scenario>;

export type ScenarioId = keyof typeof TABLE;

export const SCENARIO_IDS = Object.keys(TABLE) as ScenarioId[];

export const SCENARIOS: Readonly<Record<ScenarioId, ScenarioInfo>> = Object.fromEntries(
  SCENARIO_IDS.map((id) => [id, TABLE[id].info]),
) as Record<ScenarioId, ScenarioInfo>;

export function serverFor(id: ScenarioId): ServerKind {
  return TABLE[id].server;
}

export function isScenarioId(value: string): value is ScenarioId {
  return Object.hasOwn(TABLE, value);
}

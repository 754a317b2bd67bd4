import { isMicrosoftHost, PRESETS } from '../../presets';
import type { ClassifyContext } from '../classify-types';
import { clockIsOff } from '../clock';
import type { FindingId } from '../ids';
import type { Signal } from '../signal';

export interface RuleScope {
  signal: Signal;
  context: ClassifyContext;
  found: ReadonlyMap<FindingId, number>;
}

/**
 * What the attempt's context changes. Each rule raises `promote` to `score` (never
 * lowers it), removes ids that are wrong in this context and halves those that become
 * less likely. Applied in order, once per piece of evidence.
 */
export interface ContextRule {
  why: string;
  when: (scope: RuleScope) => boolean;
  promote: FindingId;
  score: number;
  remove?: readonly FindingId[];
  demote?: readonly FindingId[];
}

const NETWORK_FAULTS: readonly FindingId[] = [
  'network.port-blocked',
  'network.connection-refused',
  'network.connect-failed',
  'network.connection-reset',
  'network.greeting-timeout',
];
const PASSWORD_REFUSALS: readonly FindingId[] = [
  'auth.basic-auth-disabled',
  'auth.smtp-auth-disabled-mailbox',
  'auth.smtp-auth-disabled-tenant',
  'auth.bad-credentials',
  'auth.rejected',
];
const LOGIN_HOST = /login\.(microsoftonline|windows)\.(com|us)|login\.partner\.microsoftonline\.cn|login\.live\.com/;
const NAME_RESOLUTION_HICCUP = /temporary failure in name resolution|eai_again/;
// Providers whose certificate chains are publicly trusted end to end: a self-signed
// certificate in the chain can only have been put there by something in between.
const PUBLIC_PROVIDER = /(^|\.)(gmail\.com|googlemail\.com|mail\.yahoo\.com|mail\.me\.com|icloud\.com)$/;
const TLS_FAILURES: readonly FindingId[] = ['tls.handshake-failed', 'tls.certificate-untrusted', 'network.connection-reset', 'network.greeting-timeout'];

const commandOf = ({ signal, context }: RuleScope) => (signal.command ?? context.command ?? '').toUpperCase();
const isOAuth = (s: RuleScope) => s.context.authMethod === 'oauth2' || /XOAUTH2|OAUTHBEARER/.test(commandOf(s));
const isMicrosoft = ({ context }: RuleScope) =>
  context.host ? isMicrosoftHost(context.host) : context.presetId ? PRESETS[context.presetId].microsoft : context.microsoftServer === true;
const isOutlookCom = ({ context }: RuleScope) =>
  context.presetId === 'outlook-com' || context.host?.trim().toLowerCase() === PRESETS['outlook-com'].host;
const hasAny = (s: RuleScope, ids: readonly FindingId[]) => ids.some((id) => s.found.has(id));
const atStage = (s: RuleScope, stage: string, command: string) => s.context.stage === stage || commandOf(s).startsWith(command);
// 535 5.7.3 (or either half when a library drops the other) says nothing about the cause.
const generic535 = ({ signal }: RuleScope) =>
  (signal.code === 535 && (signal.enhanced === undefined || signal.enhanced === '5.7.3')) || (signal.code === undefined && signal.enhanced === '5.7.3');

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    why: 'A 535 (5.7.3) right after XOAUTH2 means the token was rejected; there is no password to be wrong.',
    when: (s) => isOAuth(s) && generic535(s),
    promote: 'auth.oauth-token-rejected',
    score: 0.96,
    remove: ['auth.bad-credentials', 'auth.smtp-auth-disabled-mailbox'],
  },
  {
    why: 'A 535 (5.7.3) after a password sign-in is about the password; no token was sent that could be rejected.',
    when: (s) => (s.context.authMethod === 'password' || /AUTH (LOGIN|PLAIN)/.test(commandOf(s))) && generic535(s) && s.found.has('auth.oauth-token-rejected'),
    promote: 'auth.bad-credentials',
    score: 0.7,
    remove: ['auth.oauth-token-rejected'],
  },
  {
    why: 'Microsoft does not offer 465; a failure there is the port, not the network.',
    when: (s) => s.context.port === 465 && isMicrosoft(s) && hasAny(s, [...NETWORK_FAULTS, 'tls.mode-mismatch', 'tls.handshake-failed']),
    promote: 'tls.port-465-unsupported',
    score: 0.99,
    remove: [...NETWORK_FAULTS, 'tls.handshake-failed'],
    demote: ['tls.mode-mismatch'],
  },
  {
    why: 'Outlook.com accepts only OAuth2 since 16 Sep 2024; app passwords fail too.',
    when: (s) => isOutlookCom(s) && !isOAuth(s) && hasAny(s, PASSWORD_REFUSALS),
    promote: 'auth.oauth-required',
    score: 0.98,
    demote: PASSWORD_REFUSALS,
  },
  {
    why: 'Through the relay / Direct Send preset, a refused relay is an outside recipient: Direct Send is internal only.',
    when: (s) => s.context.presetId === 'microsoft365-relay' && s.found.has('auth.required') && /relay/.test(s.signal.text),
    promote: 'relay.external-recipients-not-allowed',
    score: 0.95,
    remove: ['auth.required', 'send.recipient-rejected'],
  },
  {
    why: 'A failure reaching the Microsoft sign-in host is the sign-in that cannot start, not the mail server.',
    when: (s) => LOGIN_HOST.test(s.signal.text) && hasAny(s, ['network.offline', 'network.dns-failure', ...NETWORK_FAULTS]),
    promote: 'auth.oauth-unreachable',
    score: 0.95,
    remove: ['network.dns-failure', ...NETWORK_FAULTS],
  },
  {
    why: 'A name-resolution hiccup with no server reached anywhere means there is no network, not a wrong name.',
    when: (s) => s.context.reachedServer === false && (s.signal.errorCodes.includes('EAI_AGAIN') || NAME_RESOLUTION_HICCUP.test(s.signal.text)),
    promote: 'network.offline',
    score: 0.92,
    demote: ['network.dns-failure'],
  },
  {
    why: 'STARTTLS was accepted and then the connection failed: the TLS handshake failed, not the connection.',
    when: (s) => s.context.startedTls === true && hasAny(s, ['network.connect-failed', 'network.connection-reset']),
    promote: 'tls.handshake-failed',
    score: 0.8,
    remove: ['network.connect-failed'],
    demote: ['network.connection-reset'],
  },
  {
    why: 'From a home network a silent port 25 is the internet provider, not Microsoft.',
    when: (s) => s.context.port === 25 && s.context.network === 'home' && s.found.has('network.port-blocked'),
    promote: 'network.port-25-blocked',
    score: 0.9,
    remove: ['network.port-blocked'],
  },
  {
    why: 'Port 25 is commonly blocked by providers; worth a mention when the network is not known.',
    when: (s) => s.context.port === 25 && s.context.network !== 'home' && s.context.network !== 'office' && s.found.has('network.port-blocked'),
    promote: 'network.port-25-blocked',
    score: 0.65,
  },
  {
    why: 'A server that refuses the STARTTLS command does not offer encryption.',
    when: (s) =>
      atStage(s, 'starttls', 'STARTTLS') &&
      ((s.signal.code !== undefined && [454, 500, 502].includes(s.signal.code)) || s.found.has('protocol.command-unrecognized')),
    promote: 'tls.starttls-unavailable',
    score: 0.92,
    remove: ['protocol.command-unrecognized'],
  },
  {
    why: 'A permanent refusal at RCPT TO is about the recipient.',
    when: (s) => atStage(s, 'rcpt-to', 'RCPT') && (s.signal.code ?? 0) >= 500 && s.found.size === 0,
    promote: 'send.recipient-rejected',
    score: 0.7,
  },
  {
    why: 'An unexplained refusal of AUTH is still a refused sign-in.',
    when: (s) => atStage(s, 'auth', 'AUTH') && (s.signal.code ?? 0) >= 500 && s.found.size === 0,
    promote: 'auth.rejected',
    score: 0.5,
  },
  {
    why: 'Implicit TLS on 587 or 25 meets a plain greeting: the setting is wrong, not the certificate or the network.',
    when: (s) => s.context.security === 'tls' && (s.context.port === 587 || s.context.port === 25) && hasAny(s, TLS_FAILURES),
    promote: 'tls.mode-mismatch',
    score: 0.95,
    demote: TLS_FAILURES,
  },
  {
    why: 'Sign-in is offered only after STARTTLS (the EHLO shows it, or the server is Microsoft on its submission port): STARTTLS was skipped.',
    when: (s) =>
      (hasAny(s, ['auth.not-offered', 'auth.mechanism-unsupported']) && s.context.authOnlyAfterTls === true) ||
      // A probe fact "no AUTH after TLS" was seen after STARTTLS: that is a real absence.
      (s.found.has('auth.not-offered') && isMicrosoft(s) && s.context.port !== 25 && !s.signal.fact && s.context.stage !== 'ehlo-tls' && s.context.startedTls !== true),
    promote: 'protocol.starttls-required',
    score: 0.93,
    demote: ['auth.not-offered', 'auth.mechanism-unsupported'],
  },
  {
    why: 'No greeting on 465 without implicit TLS: the server is waiting for a TLS handshake.',
    when: (s) => s.context.port === 465 && s.context.security !== 'tls' && s.found.has('network.greeting-timeout'),
    promote: 'tls.mode-mismatch',
    score: 0.95,
    demote: ['network.greeting-timeout'],
  },
  {
    why: "Microsoft's (and the big public providers') chains never carry a self-signed certificate; a scanning proxy's does.",
    when: (s) =>
      (isMicrosoft(s) || PUBLIC_PROVIDER.test(s.context.host?.trim().toLowerCase() ?? '')) &&
      (s.signal.errorCodes.includes('SELF_SIGNED_CERT_IN_CHAIN') || /self[- ]signed certificate in certificate chain/.test(s.signal.text)),
    promote: 'tls.intercepted',
    score: 0.93,
  },
  {
    why: "An expired Microsoft certificate is far less likely than this computer's clock being wrong, unless the clock is known to be right.",
    when: (s) => isMicrosoft(s) && s.found.has('tls.certificate-expired') && clockIsOff(s.context.clockOffsetMinutes) !== false,
    promote: 'tls.clock-skew',
    score: 0.92,
  },
  {
    why: "The server's greeting shows this computer's clock is off: that explains any certificate date error.",
    when: (s) => clockIsOff(s.context.clockOffsetMinutes) === true && hasAny(s, ['tls.certificate-expired', 'tls.certificate-not-yet-valid', 'tls.clock-skew']),
    promote: 'tls.clock-skew',
    score: 0.97,
    remove: ['tls.certificate-expired', 'tls.certificate-not-yet-valid'],
  },
  {
    why: "The server's greeting shows the clocks agree: a certificate from the future is the certificate's fault.",
    when: (s) => clockIsOff(s.context.clockOffsetMinutes) === false && s.found.has('tls.certificate-not-yet-valid'),
    promote: 'tls.certificate-not-yet-valid',
    score: 0.95,
    remove: ['tls.clock-skew'],
  },
  {
    why: "The server's greeting shows the clocks agree: an expired certificate is really expired.",
    when: (s) => clockIsOff(s.context.clockOffsetMinutes) === false && s.found.has('tls.certificate-expired'),
    promote: 'tls.certificate-expired',
    score: 0.95,
    remove: ['tls.clock-skew'],
  },
];

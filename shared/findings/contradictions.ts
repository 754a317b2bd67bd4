import type { FindingId } from './ids';

/**
 * What a finding's words assert about the situation. Two findings contradict when one
 * asserts a claim the other's claim opposes: shown side by side they would tell a person
 * two incompatible things ("retype your password" / "don't change your password"). The
 * diagnosis never lists, as another possible cause, a finding that contradicts its answer.
 */
export type Claim =
  | 'password-wrong'
  | 'password-not-the-cause'
  | 'password-was-used'
  | 'oauth-was-used'
  | 'sign-in-was-answered'
  | 'sign-in-never-offered'
  | 'clock-wrong'
  | 'clock-right'
  | 'trust-store-gap'
  | 'connection-intercepted'
  | 'no-server-reached'
  | 'server-answered'
  | 'network-blocks-port'
  | 'not-a-network-fault'
  | 'encryption-not-offered'
  | 'certificate-seen'
  | 'sender-side-limit'
  | 'recipient-side-problem'
  | 'recipient-address-wrong'
  | 'route-internal-only';

/** Claims that cannot both hold, each pair once, with the reason people would notice. */
export const OPPOSING_CLAIMS: readonly { claims: readonly [Claim, Claim]; why: string }[] = [
  { claims: ['password-wrong', 'password-not-the-cause'], why: 'One says to retype the password, the other says the password is not the cause.' },
  { claims: ['password-wrong', 'oauth-was-used'], why: 'No password was sent when signing in with Microsoft.' },
  { claims: ['password-was-used', 'oauth-was-used'], why: 'The sign-in was either a password or Microsoft sign-in, not both.' },
  { claims: ['sign-in-never-offered', 'sign-in-was-answered'], why: 'A server that offers no sign-in cannot have answered one.' },
  { claims: ['clock-wrong', 'clock-right'], why: "One blames this computer's clock, the other says the clock is right." },
  { claims: ['trust-store-gap', 'connection-intercepted'], why: 'One says "an out-of-date certificate store, not an attack", the other that a program intercepts the connection.' },
  { claims: ['no-server-reached', 'server-answered'], why: 'A server that answered was reached.' },
  { claims: ['network-blocks-port', 'not-a-network-fault'], why: 'One blames the network, the other says it is not a network fault.' },
  { claims: ['encryption-not-offered', 'certificate-seen'], why: 'Without encryption on offer no certificate was shown.' },
  { claims: ['sender-side-limit', 'recipient-side-problem'], why: "One blames the sender's mailbox or limit, the other says nothing is wrong on the sender's side." },
  { claims: ['recipient-address-wrong', 'route-internal-only'], why: 'One says the address is mistyped, the other that the route cannot reach outside addresses.' },
];

const SIGN_IN_REPLY: readonly Claim[] = ['sign-in-was-answered', 'server-answered'];
const PASSWORD_BLOCKED: readonly Claim[] = ['password-not-the-cause', 'password-was-used', ...SIGN_IN_REPLY];
const CERTIFICATE: readonly Claim[] = ['certificate-seen', 'server-answered'];

/** The claims each finding's words make; findings that claim nothing contradict nothing. */
export const FINDING_CLAIMS: Partial<Readonly<Record<FindingId, readonly Claim[]>>> = {
  'network.offline': ['no-server-reached', 'network-blocks-port'],
  'network.dns-failure': ['no-server-reached'],
  'network.port-blocked': ['no-server-reached', 'network-blocks-port'],
  'network.port-25-blocked': ['no-server-reached', 'network-blocks-port'],
  'network.connection-refused': ['no-server-reached', 'network-blocks-port'],
  'network.connect-failed': ['no-server-reached', 'network-blocks-port'],
  'tls.port-465-unsupported': ['not-a-network-fault'],
  'tls.starttls-unavailable': ['encryption-not-offered', 'server-answered'],
  'tls.certificate-untrusted': ['trust-store-gap', ...CERTIFICATE],
  'tls.intercepted': ['connection-intercepted', ...CERTIFICATE],
  'tls.hostname-mismatch': CERTIFICATE,
  'tls.certificate-expired': ['clock-right', ...CERTIFICATE],
  'tls.certificate-not-yet-valid': ['clock-right', ...CERTIFICATE],
  'tls.clock-skew': ['clock-wrong', ...CERTIFICATE],
  'auth.smtp-auth-disabled-tenant': PASSWORD_BLOCKED.filter((c) => c !== 'password-was-used'),
  'auth.smtp-auth-disabled-mailbox': PASSWORD_BLOCKED.filter((c) => c !== 'password-was-used'),
  'auth.basic-auth-disabled': PASSWORD_BLOCKED,
  'auth.basic-auth-removed': PASSWORD_BLOCKED,
  'auth.security-defaults': PASSWORD_BLOCKED,
  'auth.oauth-required': PASSWORD_BLOCKED,
  'auth.federation-failure': ['password-not-the-cause', ...SIGN_IN_REPLY],
  'auth.conditional-access': ['password-not-the-cause', ...SIGN_IN_REPLY],
  'auth.bad-credentials': ['password-wrong', 'password-was-used', ...SIGN_IN_REPLY],
  'auth.rejected': SIGN_IN_REPLY,
  // "The server answered sign-in oddly": the password may well be right.
  'auth.unexpected-reply': ['password-not-the-cause', 'password-was-used', ...SIGN_IN_REPLY],
  'auth.oauth-token-rejected': ['oauth-was-used', ...SIGN_IN_REPLY],
  'auth.oauth-account-mismatch': ['oauth-was-used'],
  'auth.not-offered': ['sign-in-never-offered', 'password-not-the-cause', 'server-answered'],
  'auth.required': ['server-answered'],
  'send.quota-exceeded': ['sender-side-limit', 'server-answered'],
  'send.mailbox-full': ['sender-side-limit', 'server-answered'],
  'send.recipient-mailbox-full': ['recipient-side-problem', 'server-answered'],
  'send.recipient-rejected': ['recipient-address-wrong', 'server-answered'],
  'relay.external-recipients-not-allowed': ['route-internal-only', 'server-answered'],
  'relay.direct-send-rejected': ['server-answered'],
  'relay.tenant-attribution': ['server-answered'],
  'send.send-as-denied': ['server-answered'],
  'send.outbound-spam': ['server-answered'],
  'send.throttled': ['server-answered'],
  'send.restricted-sender': ['server-answered'],
  'send.spam-blocked': ['server-answered'],
  'tenant.blocked': ['server-answered'],
  'protocol.ehlo-required': ['server-answered'],
  'protocol.starttls-required': ['server-answered'],
  'protocol.command-unrecognized': ['server-answered'],
};

const OPPOSED = new Map<Claim, Set<Claim>>();
for (const { claims: [a, b] } of OPPOSING_CLAIMS) {
  OPPOSED.set(a, (OPPOSED.get(a) ?? new Set()).add(b));
  OPPOSED.set(b, (OPPOSED.get(b) ?? new Set()).add(a));
}

/** Why `a` and `b` cannot stand side by side, or undefined when they can. */
export function contradiction(a: FindingId, b: FindingId): string | undefined {
  if (a === b) return undefined;
  for (const ca of FINDING_CLAIMS[a] ?? []) {
    for (const cb of FINDING_CLAIMS[b] ?? []) {
      if (OPPOSED.get(ca)?.has(cb)) return OPPOSING_CLAIMS.find(({ claims }) => claims.includes(ca) && claims.includes(cb))?.why;
    }
  }
  return undefined;
}

export function contradicts(a: FindingId, b: FindingId): boolean {
  return contradiction(a, b) !== undefined;
}

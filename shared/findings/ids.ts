/**
 * Every finding id, in catalogue order. Ids are stable: settings, reports and the
 * CLI's --json output keep them, so rename only with a migration. The ones listed in
 * design.md must exist; the rest sharpen a context (OAuth, Outlook.com, port 25).
 */
export const FINDING_IDS = [
  'network.offline',
  'network.dns-failure',
  'network.port-blocked',
  'network.port-25-blocked',
  'network.connection-refused',
  'network.connection-reset',
  'network.greeting-timeout',
  'tls.mode-mismatch',
  'tls.port-465-unsupported',
  'tls.starttls-unavailable',
  'tls.version-too-old',
  'tls.certificate-untrusted',
  'tls.intercepted',
  'tls.hostname-mismatch',
  'tls.certificate-expired',
  'tls.clock-skew',
  'tls.revocation-unreachable',
  'protocol.ehlo-required',
  'protocol.starttls-required',
  'protocol.command-unrecognized',
  'auth.smtp-auth-disabled-tenant',
  'auth.smtp-auth-disabled-mailbox',
  'auth.basic-auth-disabled',
  'auth.basic-auth-removed',
  'auth.oauth-required',
  'auth.security-defaults',
  'auth.conditional-access',
  'auth.bad-credentials',
  'auth.oauth-token-rejected',
  'auth.federation-failure',
  'auth.rejected',
  'auth.unexpected-reply',
  'auth.mechanism-unsupported',
  'auth.not-offered',
  'auth.required',
  'send.send-as-denied',
  'send.outbound-spam',
  'send.quota-exceeded',
  'send.mailbox-full',
  'send.concurrency-limit',
  'send.throttled',
  'send.restricted-sender',
  'send.spam-blocked',
  'send.from-rejected',
  'send.temporary-restriction',
  'send.recipient-rejected',
  'tenant.blocked',
  'relay.tenant-attribution',
  'relay.direct-send-rejected',
  'relay.external-recipients-not-allowed',
  'server.temporary-failure',
  'unknown',
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

const ID_SET: ReadonlySet<string> = new Set(FINDING_IDS);

export function isFindingId(value: string): value is FindingId {
  return ID_SET.has(value);
}

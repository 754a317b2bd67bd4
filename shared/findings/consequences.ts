import { FINDING_IDS, type FindingId } from './ids';

const AUTH_REFUSALS: readonly FindingId[] = [
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
  'auth.mechanism-unsupported',
  'auth.not-offered',
];
const CERTIFICATE_CAUSES: readonly FindingId[] = [
  'tls.version-too-old',
  'tls.certificate-untrusted',
  'tls.intercepted',
  'tls.hostname-mismatch',
  'tls.certificate-expired',
  'tls.certificate-not-yet-valid',
  'tls.clock-skew',
  'tls.revocation-unreachable',
  'tls.mode-mismatch',
  'tls.port-465-unsupported',
];
const ANY_OTHER = FINDING_IDS.filter((id) => id !== 'unknown' && id !== 'send.failed-no-detail');

/**
 * Findings that are the effect of another: when a cause is present, the effect ranks
 * below it, because fixing the cause fixes both ("530 client not authenticated" after a
 * refused password; a dropped connection after a TLS mode mismatch; a generic "could not
 * connect" when the text also says why).
 */
export const EXPLAINED_BY: Partial<Readonly<Record<FindingId, readonly FindingId[]>>> = {
  'auth.required': [...AUTH_REFUSALS, 'protocol.starttls-required', 'tls.starttls-unavailable'],
  'auth.rejected': AUTH_REFUSALS,
  'network.connection-reset': ['tls.mode-mismatch', 'tls.port-465-unsupported', 'tls.version-too-old', 'tls.handshake-failed', 'tls.intercepted'],
  'network.connect-failed': [
    'network.offline',
    'network.dns-failure',
    'network.port-blocked',
    'network.port-25-blocked',
    'network.connection-refused',
    'auth.oauth-unreachable',
    'tls.handshake-failed',
    ...CERTIFICATE_CAUSES,
  ],
  'network.greeting-timeout': ['tls.mode-mismatch', 'tls.port-465-unsupported'],
  'tls.handshake-failed': CERTIFICATE_CAUSES,
  'server.temporary-failure': ['tls.version-too-old', 'send.concurrency-limit', 'send.temporary-restriction', 'send.outbound-spam', 'network.connection-reset'],
  'send.recipient-rejected': ['relay.external-recipients-not-allowed', 'relay.direct-send-rejected', 'send.ip-blocklisted', 'send.forwarding-blocked'],
  'send.failed-no-detail': ANY_OTHER,
};

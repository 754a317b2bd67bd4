import type { FactRules } from './rule-types';

/** Probe observations (shared/types.ts ProbeFact) are unambiguous: one finding each. */
export const FACT_RULES: FactRules = {
  timeout: [{ id: 'network.port-blocked', score: 0.8 }],
  // Stronger than a timeout alone: the host answered on another port, so it is up and only this port is dropped.
  'port-silent-host-up': [{ id: 'network.port-blocked', score: 0.95 }],
  'greeting-timeout': [{ id: 'network.greeting-timeout', score: 0.95 }],
  'no-auth-after-tls': [{ id: 'auth.not-offered', score: 0.95 }],
  'no-starttls': [{ id: 'tls.starttls-unavailable', score: 0.95 }],
  'port-465-microsoft': [{ id: 'tls.port-465-unsupported', score: 0.99 }],
  'tls-mode-mismatch': [{ id: 'tls.mode-mismatch', score: 0.95 }],
  // The person chose no encryption; Microsoft needs STARTTLS before AUTH.
  'plain-connection': [{ id: 'protocol.starttls-required', score: 0.7 }],
  'certificate-intercepted': [{ id: 'tls.intercepted', score: 0.97 }],
  'certificate-untrusted-root': [{ id: 'tls.certificate-untrusted', score: 0.95 }],
  'certificate-hostname-mismatch': [{ id: 'tls.hostname-mismatch', score: 0.95 }],
  'certificate-expired': [{ id: 'tls.certificate-expired', score: 0.95 }],
  // A certificate "from the future" is usually this computer's clock; when the clock is
  // known to agree with the server's, context rules make it the certificate's fault.
  'certificate-not-yet-valid': [
    { id: 'tls.clock-skew', score: 0.85 },
    { id: 'tls.certificate-not-yet-valid', score: 0.6 },
  ],
  'clock-skew': [{ id: 'tls.clock-skew', score: 0.97 }],
  'mechanism-unsupported': [{ id: 'auth.mechanism-unsupported', score: 0.95 }],
  offline: [{ id: 'network.offline', score: 0.99 }],
  'dropped-after-ehlo': [{ id: 'network.connection-reset', score: 0.9 }],
  'auth-unexpected-reply': [{ id: 'auth.unexpected-reply', score: 0.95 }],
  'smtputf8-unsupported': [{ id: 'send.smtputf8-unsupported', score: 0.97 }],
};

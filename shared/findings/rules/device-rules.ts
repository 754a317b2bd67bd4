import type { ErrorRule } from './rule-types';

/**
 * Scan-to-email messages of multifunction printers (HP, Canon, Ricoh, Xerox, Konica
 * Minolta, Brother, Kyocera, Sharp) and their send logs. Devices say little, so these
 * match the few words every vendor uses ("SMTP", "authentication", "connect", "TLS"),
 * never a whole message; a TLS version named next to a handshake failure is the
 * version problem itself.
 */
export const DEVICE_RULES: readonly ErrorRule[] = [
  {
    id: 'network.connect-failed',
    text: /(unable|failed|cannot|could not|can't) (to )?connect(ion)? (to |with )?(the )?(smtp|e-?mail|mail) (server|gateway)|connection (with|to) the smtp server (has )?failed|smtp (server|gateway) (connection error|not responding|did not respond|is not responding|no response|unreachable)|server connection (error|failed)|cannot connect to destination/,
    score: 0.74,
  },
  { id: 'network.port-blocked', text: /smtp (server )?(connection )?time(d)? ?out|server time ?out/, score: 0.7 },
  {
    id: 'auth.rejected',
    text: /smtp (server )?(authentication|auth|login) (failed|failure|error)|(authentication|auth) (failed|error) (with|on|at) (the )?smtp|authentication with the destination has failed|smtp server authentication failed/,
    score: 0.66,
  },
  { id: 'tls.handshake-failed', text: /(ssl|tls|ssl\/tls) handshake (failed|failure|error)|ssl\/tls (negotiation|connection) (failed|error)|ssl communication error/, score: 0.72 },
  // "SSL/TLS handshake failed (TLS 1.0)": the device offered an old version.
  { id: 'tls.version-too-old', text: /handshake (failed|failure|error)[^a-z]{0,4}\(?(tls ?v?1\.[01]|ssl ?v?3)\b|\b(tls ?v?1\.[01]|sslv3) (is )?(not supported|rejected|disabled)/, score: 0.86 },
  { id: 'send.message-too-large', text: /(file|data|attachment|message) size (limit|exceeds|exceeded|too large)|exceeds the (maximum|max) (mail|e-?mail|message) size/, score: 0.7 },
  { id: 'network.dns-failure', text: /(smtp|mail) server (name|address) (could not be|cannot be|not) (resolved|found)|dns (lookup|resolution) (failed|error)/, score: 0.78 },
];

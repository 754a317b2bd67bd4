import type { ErrorRule } from './rule-types';

/**
 * What sending libraries, scripts and mail servers print around a failure: PowerShell
 * Send-MailMessage and System.Net.Mail, Windows SChannel, MailKit, PHPMailer and the
 * WordPress SMTP plugins built on it, JavaMail, Go net/smtp and crypto/x509, Python,
 * curl, Postfix and Exim logs. Node/OpenSSL spellings are in error-rules.ts.
 */
export const LIBRARY_RULES: readonly ErrorRule[] = [
  // .NET System.Net.Mail / PowerShell: the generic prefix alone means no sign-in or no TLS.
  { id: 'auth.required', text: /the smtp server requires a secure connection or the client was not authenticated/, score: 0.55 },
  { id: 'network.connection-reset', text: /unable to read data from the transport connection|net_io_connectionclosed|an existing connection was forcibly closed/, score: 0.8 },
  { id: 'tls.handshake-failed', text: /authentication failed because the remote party has closed the transport stream|a call to sspi failed|the underlying connection was closed: an unexpected error occurred on a send|the message received was unexpected or badly formatted/, score: 0.72 },
  { id: 'tls.version-too-old', text: /cannot communicate, because they do not possess a common algorithm|0x80090331|no appropriate protocol \(protocol is disabled or cipher suites are inappropriate\)/, score: 0.86 },
  { id: 'tls.certificate-untrusted', text: /the remote certificate is invalid according to the validation procedure|certificate chain was issued by an authority that is not trusted|x509: certificate signed by unknown authority/, score: 0.86 },
  { id: 'tls.hostname-mismatch', text: /the target principal name is incorrect|x509: certificate is valid for [^,]+, not |host name did not match the name given in the server's ssl certificate/, score: 0.9 },
  { id: 'network.port-blocked', text: /the operation has timed out|i\/o timeout|operation timed out after \d+|\(28\) (operation timed out|connection timed out)/, score: 0.72 },
  { id: 'server.temporary-failure', text: /service not available, closing transmission channel/, score: 0.6 },
  { id: 'send.failed-no-detail', text: /^(system\.net\.mail\.smtpexception: )?failure sending mail\.?$/, score: 0.55 },

  // MailKit
  { id: 'tls.handshake-failed', text: /an error occurred while attempting to establish an ssl or tls connection/, score: 0.7 },
  { id: 'tls.certificate-untrusted', text: /the server's ssl certificate could not be validated/, score: 0.75 },
  // Its generic text lists the reasons it could be ("a self-signed certificate…"): none is evidence.
  { id: 'tls.handshake-failed', text: /one possibility is that you are trying to connect to a port which does not support ssl\/tls/, score: 0.72, suppress: ['tls.certificate-untrusted'] },
  { id: 'network.connection-reset', text: /the smtp server has unexpectedly disconnected/, score: 0.8 },

  // PHPMailer and WordPress SMTP plugins (WP Mail SMTP, Post SMTP, FluentSMTP, Easy WP SMTP)
  { id: 'network.connect-failed', text: /smtp connect\(\) failed|could not connect to smtp host|failed to connect to server(?!: connection refused)/, score: 0.66 },
  { id: 'auth.rejected', text: /smtp error: could not authenticate|password command failed|username command failed/, score: 0.5 },

  // JavaMail / Jakarta Mail
  { id: 'network.connect-failed', text: /could not connect to smtp host: [^,]+, port: \d+/, score: 0.68 },
  { id: 'tls.handshake-failed', text: /could not convert socket to tls/, score: 0.66 },
  { id: 'tls.mode-mismatch', text: /unsupported or unrecognized ssl message|unrecognized ssl message, plaintext connection/, score: 0.9 },

  // Go net/smtp and crypto/x509
  { id: 'auth.not-offered', text: /smtp: server doesn't support auth/, score: 0.88 },
  { id: 'protocol.starttls-required', text: /\bunencrypted connection\b/, score: 0.7 },
  { id: 'tls.certificate-expired', text: /x509: certificate has expired or is not yet valid: current time \S+ is after/, score: 0.92 },
  { id: 'tls.clock-skew', text: /x509: certificate has expired or is not yet valid: current time \S+ is before/, score: 0.85 },
  { id: 'network.dns-failure', text: /dial tcp: lookup [^:]+: no such host|\bno such host\b/, score: 0.88 },

  // curl
  { id: 'auth.rejected', text: /curl: \(67\)|\blogin denied\b/, score: 0.7 },
  { id: 'network.connect-failed', text: /curl: \(7\)|couldn't connect to server/, score: 0.62 },
  { id: 'tls.starttls-unavailable', text: /curl: \(64\)|requested ssl level failed/, score: 0.8 },

  // Postfix and Exim logs
  { id: 'tls.starttls-unavailable', text: /tls is required, but was not offered by host|tls is required, but host [^ ]+ refused to start tls/, score: 0.9 },
  { id: 'send.smtputf8-unsupported', text: /smtputf8 is required,? but was not offered|smtputf8 (is )?not (supported|offered|available)|non-ascii (characters )?(in |addresses? )?(address|local part|not permitted)/, score: 0.92 },
  { id: 'network.connection-reset', text: /lost connection with [^ ]+ while (sending|receiving|performing)/, score: 0.8 },
  { id: 'auth.mechanism-unsupported', text: /no worthy mechs found|no mechanism available/, score: 0.85 },
  { id: 'network.dns-failure', text: /host or domain name not found|name service error for name=/, score: 0.85 },
  { id: 'tls.certificate-untrusted', text: /certificate verification failed for [^:]+: untrusted issuer/, score: 0.88 },

  // Python, and Windows socket error numbers as many Windows apps print them
  { id: 'network.dns-failure', text: /\[errno 11001\] getaddrinfo failed|socket error:? (code )?11001\b/, score: 0.88 },
  { id: 'network.port-blocked', text: /socket error:? (code )?(10060|10065)\b|wsaetimedout/, score: 0.8 },
  { id: 'network.connection-refused', text: /socket error:? (code )?10061\b|wsaeconnrefused|connection_refused/, score: 0.9 },
  { id: 'network.connection-reset', text: /socket error:? (code )?10054\b|wsaeconnreset/, score: 0.85 },
  { id: 'network.offline', text: /socket error:? (code )?10051\b|wsaenetunreach/, score: 0.85 },
];

import type { ErrorRule } from './rule-types';

/**
 * Node socket/TLS codes, nodemailer codes and the messages other stacks print for the
 * same failure (Python, .NET, Java, PHP, OpenSSL). Sources: the Node errors and tls
 * docs (https://nodejs.org/api/errors.html, https://nodejs.org/api/tls.html) and
 * nodemailer's error objects (https://nodemailer.com/errors/).
 */
export const ERROR_RULES: readonly ErrorRule[] = [
  // network
  { id: 'network.offline', codes: ['ENETUNREACH', 'ENETDOWN'], text: /network is unreachable|network is down|errno 101\b|winerror 10051|no internet/, score: 0.9 },
  { id: 'network.offline', codes: ['EAI_AGAIN'], text: /temporary failure in name resolution/, score: 0.6 },
  { id: 'network.dns-failure', codes: ['ENOTFOUND', 'EDNS', 'EAI_NONAME', 'EAI_FAIL', 'ENODATA'], score: 0.9 },
  { id: 'network.dns-failure', codes: ['EAI_AGAIN'], score: 0.7 },
  {
    id: 'network.dns-failure',
    text: /getaddrinfo|name or service not known|no such host is known|nodename nor servname|could not resolve host|temporary failure in name resolution|php_network_getaddresses|unknownhostexception|the remote name could not be resolved|\.[a-z]{2,} is unknown\b/,
    score: 0.85,
  },
  { id: 'network.port-blocked', codes: ['ETIMEDOUT', 'CONNECT_TIMEOUT', 'ESOCKETTIMEDOUT'], score: 0.75 },
  {
    id: 'network.port-blocked',
    text: /connection timed ?out|connect timed out|connection timeout|operation timed out|errno 110\b|winerror 10060|did not properly respond after a period of time|sockettimeoutexception|tcp connect to \([^)]*: ?\d+\) failed/,
    score: 0.75,
  },
  { id: 'network.port-blocked', codes: ['EHOSTUNREACH'], text: /no route to host|host is unreachable/, score: 0.6 },
  { id: 'network.connection-refused', codes: ['ECONNREFUSED'], text: /connection refused|actively refused|errno 111\b|winerror 10061/, score: 0.95 },
  {
    id: 'network.connection-reset',
    codes: ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ECONNECTION'],
    text: /connection reset|socket hang up|connection closed unexpectedly|server closed the connection|connection unexpectedly closed|broken pipe|forcibly closed|errno 104\b|winerror 10054|smtpserverdisconnected/,
    score: 0.85,
  },
  {
    id: 'network.greeting-timeout',
    codes: ['GREETING_TIMEOUT'],
    text: /greeting never received|timed out waiting for (the )?(server )?greeting/,
    score: 0.92,
    suppress: ['network.port-blocked'],
  },

  // tls
  {
    id: 'tls.mode-mismatch',
    codes: ['ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG', 'ERR_SSL_HTTP_REQUEST'],
    text: /wrong version number|first record does not look like a tls handshake|packet length too long|unexpected packet format|ssl3_get_record/,
    score: 0.95,
  },
  {
    id: 'tls.version-too-old',
    codes: ['ERR_SSL_UNSUPPORTED_PROTOCOL', 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', 'ERR_SSL_NO_PROTOCOLS_AVAILABLE'],
    text: /unsupported protocol|tlsv1 alert protocol version|no protocols available/,
    score: 0.9,
  },
  {
    id: 'tls.certificate-untrusted',
    codes: [
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'UNABLE_TO_GET_ISSUER_CERT',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'CERT_UNTRUSTED',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'CERT_SIGNATURE_FAILURE',
    ],
    text: /unable to get (local )?issuer certificate|unable to verify the first certificate|self[- ]signed certificate|certificate is not trusted|untrusted root|authority that is not trusted|remotecertificatechainerrors|pkix path building failed|unable to find valid certification path/,
    score: 0.9,
  },
  // Python's generic prefix; the reason after it (expired, hostname…) is more specific.
  { id: 'tls.certificate-untrusted', text: /certificate verify failed/, score: 0.6 },
  // A self-signed certificate inside the chain is what scanning proxies present (PHPMailer#776).
  { id: 'tls.intercepted', codes: ['SELF_SIGNED_CERT_IN_CHAIN'], text: /self[- ]signed certificate in certificate chain/, score: 0.5 },
  {
    id: 'tls.intercepted',
    text: /avast|\bavg\b|kaspersky|\beset\b|bitdefender|fortigate|fortinet|sophos|zscaler|netskope|mail shield|ssl scanning|palo alto|watchguard|sonicwall|forcepoint|blue ?coat/,
    score: 0.96,
  },
  {
    id: 'tls.hostname-mismatch',
    codes: ['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH'],
    text: /(does not|doesn't) match certificate'?s altnames|x509: certificate is valid for [^\n]*, not |hostname mismatch|certificate name does not match|remotecertificatenamemismatch|doesn't match any of the subject alternative names|no subject alternative (dns )?name matching/,
    score: 0.95,
  },
  { id: 'tls.certificate-expired', codes: ['CERT_HAS_EXPIRED'], text: /certificate has expired|certificate expired/, score: 0.9 },
  { id: 'tls.clock-skew', codes: ['CERT_HAS_EXPIRED'], score: 0.3 },
  { id: 'tls.clock-skew', codes: ['CERT_NOT_YET_VALID'], text: /certificate is not yet valid/, score: 0.85 },
  { id: 'tls.certificate-not-yet-valid', codes: ['CERT_NOT_YET_VALID'], text: /certificate is not yet valid/, score: 0.6 },
  {
    id: 'tls.revocation-unreachable',
    codes: ['UNABLE_TO_GET_CRL'],
    text: /unable to get certificate crl|revocation server was offline|crypt_e_revocation_offline|revocation function was unable/,
    score: 0.9,
  },
  {
    id: 'tls.starttls-unavailable',
    text: /starttls extension not supported|does not support (required )?starttls|starttls (is )?not (supported|available|offered)|server does not advertise starttls/,
    score: 0.9,
  },

  // JavaMail: "STARTTLS is required but host does not support STARTTLS" is the server's lack, not a setting.
  { id: 'tls.starttls-unavailable', text: /(host|server) does not support starttls/, score: 0.95, suppress: ['protocol.starttls-required'] },

  // auth and session (library messages without a server reply)
  { id: 'auth.not-offered', text: /smtp auth extension not supported|server does not support authentication|no supported authentication (methods|mechanism)/, score: 0.85 },
  // Python's message when AUTH was tried before starttls(): Microsoft lists AUTH only after TLS.
  { id: 'protocol.starttls-required', text: /smtp auth extension not supported/, score: 0.55 },
  { id: 'auth.required', codes: ['ENOAUTH'], text: /missing credentials/, score: 0.8 },
  { id: 'auth.rejected', codes: ['EAUTH'], score: 0.3 },
  { id: 'auth.rejected', text: /could not authenticate|authentication failed|invalid login|login failed/, score: 0.45 },
  { id: 'auth.bad-credentials', text: /username and password not accepted|invalid credentials|incorrect (username|password)/, score: 0.85 },
  { id: 'auth.oauth-token-rejected', codes: ['EOAUTH2'], score: 0.6 },
  { id: 'send.recipient-rejected', text: /all recipients were rejected|recipient command failed/, score: 0.75 },
  // Libraries that refuse an address with non-ASCII letters before the @ (no SMTPUTF8 path).
  { id: 'send.smtputf8-unsupported', text: /non-ascii characters? (are )?not supported in (the )?local-?part/, score: 0.9 },
  { id: 'auth.mechanism-unsupported', text: /offered no compatible authentication mechanisms?/, score: 0.9, suppress: ['auth.rejected'] },
];


import type { ErrorRule } from './rule-types';

/**
 * What mail apps show when sending fails: Outlook classic (its 0x800CCCxx / 0x8004210x
 * codes are the same in every language; the dialog sentences are matched in English,
 * German, French, Spanish and Dutch), Outlook for Mac and new Outlook, Apple Mail and iOS
 * Mail, Thunderbird and K-9 Mail. A server reply quoted inside the dialog is read by the
 * reply rules and, being more specific, outranks these. Code meanings: the Outlook
 * Express / Outlook "IMN" error table (Microsoft KB 813514).
 */
export const CLIENT_RULES: readonly ErrorRule[] = [
  // Outlook classic: connection-level codes
  { id: 'network.dns-failure', text: /0x800ccc0d\b/, score: 0.8 },
  { id: 'network.connect-failed', text: /0x800ccc0e\b|0x80042109\b|0x800ccc15\b/, score: 0.78 },
  { id: 'network.connection-reset', text: /0x800ccc0f\b|0x800ccc13\b/, score: 0.78 },
  { id: 'network.greeting-timeout', text: /0x8004210b\b|0x800ccc19\b/, score: 0.76 },
  { id: 'tls.mode-mismatch', text: /0x800ccc1a\b/, score: 0.8 },
  { id: 'tls.starttls-unavailable', text: /0x800ccc7d\b/, score: 0.78 },
  { id: 'auth.mechanism-unsupported', text: /0x800ccc80\b/, score: 0.8 },
  { id: 'auth.rejected', text: /0x800ccc18\b/, score: 0.7 },
  { id: 'server.temporary-failure', text: /0x800ccc0b\b|0x800ccc67\b/, score: 0.6 },
  // 0x800CCC78: the server refused the sender, usually because no sign-in was set up.
  { id: 'auth.required', text: /0x800ccc78\b/, score: 0.7 },
  { id: 'send.recipient-rejected', text: /0x800ccc79\b/, score: 0.6 },
  { id: 'send.recipient-mailbox-full', text: /0x800ccc6d\b/, score: 0.6 },
  { id: 'send.message-too-large', text: /0x800ccc6c\b/, score: 0.5 },

  // Outlook classic: the dialog sentences
  {
    id: 'network.connect-failed',
    text: /outlook (cannot|is unable to) connect to your outgoing \(smtp\)|cannot connect to the server|outlook kann keine verbindung (mit dem|zum) postausgangsserver|es konnte keine verbindung mit dem server hergestellt werden|outlook ne parvient pas à se connecter à votre serveur de courrier sortant|impossible de se connecter au serveur|outlook no puede conectarse (con|al) (el )?servidor de correo saliente|no se puede conectar (con el|al) servidor|outlook kan geen verbinding maken met (de )?(server voor )?uitgaande e-?mail|kan geen verbinding maken met de server/,
    score: 0.78,
  },
  {
    id: 'network.connection-reset',
    text: /the connection to the server was interrupted|your server has unexpectedly terminated the connection|die verbindung (zum|mit dem) server wurde unterbrochen|la connexion au serveur a été interrompue|se interrumpió la conexión con el servidor|de verbinding met de server is (verbroken|onderbroken)/,
    score: 0.78,
  },
  {
    id: 'tls.mode-mismatch',
    text: /server does not support the connection encryption type you have specified|verschlüsselungstyp für verbindungen|type de chiffrement de connexion|tipo de cifrado de conexión|type versleuteling voor de verbinding/,
    score: 0.82,
  },
  { id: 'network.greeting-timeout', text: /timed out waiting for a response from the (sending|outgoing) \(smtp\) server/, score: 0.8 },
  { id: 'network.dns-failure', text: /the host '[^']*' could not be found|der host „?'?[^'"]*'?“? wurde nicht gefunden/, score: 0.82 },
  { id: 'auth.required', text: /unable to send the message\. please verify the e-?mail address in your account properties/, score: 0.72 },
  { id: 'auth.mechanism-unsupported', text: /none of the authentication methods supported by this client are supported by your server/, score: 0.85 },
  { id: 'send.failed-no-detail', text: /your outgoing \(smtp\) e-?mail server has reported an internal error/, score: 0.6 },

  // Outlook for Mac: 17099 is its generic "could not send"; -3253 a wrong password.
  { id: 'send.failed-no-detail', text: /\berror 17099\b|\(17099\)/, score: 0.6 },

  // Apple Mail (macOS) and Mail on iPhone/iPad
  { id: 'send.failed-no-detail', text: /cannot send message using the server|cannot send mail\. the message was rejected by the server/, score: 0.62 },
  { id: 'network.port-blocked', text: /the connection to the server [^,]{0,80} on port \d+ timed out/, score: 0.85 },
  { id: 'network.connection-refused', text: /refused to allow a connection on port \d+/, score: 0.85 },
  // iOS in German: "Die Verbindung zum Postausgangsserver „…“ ist fehlgeschlagen."
  { id: 'network.connect-failed', text: /the connection to the outgoing server [^,]{0,80} failed|the mail server [^,]{0,80} is not responding|die verbindung zum postausgangsserver [^,]{0,80} ist fehlgeschlagen/, score: 0.78 },
  { id: 'auth.bad-credentials', text: /the user name or password for [^,]{0,80} is incorrect|rejected the password for user/, score: 0.86 },

  // Thunderbird and K-9 Mail / Thunderbird for Android
  { id: 'network.connect-failed', text: /connecting to outgoing server \(smtp\) [^ ]+ failed|unable to open connection to smtp server/, score: 0.8 },
  { id: 'network.connection-reset', text: /connection to outgoing server \(smtp\) [^ ]+ was lost/, score: 0.82 },
  { id: 'network.dns-failure', text: /the outgoing server \(smtp\) [^ ]+ could not be found/, score: 0.85 },
  { id: 'tls.starttls-unavailable', text: /unable to establish a secure link with outgoing server \(smtp\)/, score: 0.88 },
  { id: 'auth.mechanism-unsupported', text: /does not seem to support encrypted passwords|authentication method .{0,40} not supported by the (smtp )?server/, score: 0.82 },
  // Also Thunderbird's Italian "Accesso al server … con nome utente … non riuscito".
  { id: 'auth.rejected', text: /authentication to (the )?smtp server [^ ]* ?failed|login to (outgoing )?server [^ ]+ (with username [^ ]+ )?failed|accesso al server [^ ]+ (con nome utente [^ ]+ )?non riuscito/, score: 0.6 },
  { id: 'send.failed-no-detail', text: /could not be sent using outgoing server \(smtp\) [^ ]+ for an unknown reason/, score: 0.62 },
  { id: 'tls.certificate-untrusted', codes: ['SEC_ERROR_UNKNOWN_ISSUER'], text: /peer's certificate issuer is not recognized/, score: 0.88 },
  { id: 'tls.mode-mismatch', codes: ['SSL_ERROR_RX_RECORD_TOO_LONG'], text: /record that exceeded the maximum permissible length/, score: 0.88 },
];

/** English messages: discover. Keys are stable ids; see shared/i18n/translate.ts. */
export const discover = {
  // Matrix columns and cells.
  'discover.column.port': 'Port',
  'discover.column.mode': 'Mode',
  'discover.column.reach': 'Reach',
  'discover.column.tls': 'Encryption',
  'discover.column.auth': 'Sign-in offered',

  'discover.mode.starttls': 'STARTTLS',
  'discover.mode.tls': 'SSL/TLS',
  'discover.mode.none': 'No encryption',

  'discover.reach.reachable': 'Reachable',
  'discover.reach.blocked': 'Blocked (no answer)',
  'discover.reach.refused': 'Refused',
  'discover.reach.reset': 'Cut off',
  'discover.reach.no-greeting': 'No answer from the mail server',
  'discover.reach.unresolved': 'Server name not found',
  'discover.reach.offline': 'No network',
  'discover.reach.cancelled': 'Cancelled',
  'discover.reach.error': 'Error',
  'discover.reach.not-tried': 'Not tried',

  'discover.tls.verified': 'Secure, certificate checked',
  'discover.tls.unverified': 'Certificate not trusted',
  'discover.tls.not-offered': 'Not offered',
  'discover.tls.mode-mismatch': 'Different encryption mode',
  'discover.tls.not-reached': '—',
  'discover.tls.none': 'Not encrypted',

  'discover.auth.none': 'none',
  'discover.expected': 'expected',

  // Why this port, or why none.
  'discover.reason.works': 'Port {port} ({mode}) answered, the connection was encrypted and the server’s certificate checked out.',
  'discover.reason.auth-offered': 'Once the connection is secure the server offers sign-in ({mechanisms}).',
  'discover.reason.no-auth-offered':
    'The server on port {port} offers no sign-in. That is normal for relay or Direct Send (no password), but a mailbox cannot sign in there.',
  'discover.reason.preferred-port': 'Port 587 with STARTTLS is the port Microsoft recommends for apps and devices that send mail.',
  'discover.reason.fallback-port': 'Port {port} is suggested because port {preferred} did not work from this network.',
  'discover.reason.blocked': 'Port {port} got no answer at all: a firewall on this network or your internet provider probably blocks it.',
  'discover.reason.port-25-blocked':
    'Port 25 got no answer. Home and mobile internet providers often block it; that does not matter as long as port 587 works.',
  'discover.reason.refused': 'Port {port} was refused: nothing accepts mail connections there.',
  'discover.reason.465-microsoft':
    'Port 465 does not work with Microsoft: it is not offered for sending, so this failure is expected and not a network problem.',
  'discover.reason.tls-problem': 'Port {port} answered, but its secure connection could not be trusted ({diagnosis}).',
  'discover.reason.no-tls': 'Port {port} answered but offers no encryption, so a password sent there would not be protected.',
  'discover.reason.no-greeting': 'Port {port} accepted the connection, but no mail server answered on it.',
  'discover.reason.mode-detected': 'Port {port} speaks {mode}, not {tried}; the check was repeated that way.',
  'discover.reason.none-works':
    'No port worked from this network. Try another network (a phone hotspot, for example) to see whether this network is the cause, and send these details to your IT admin.',
  'discover.reason.offline': 'This computer is not connected to any network, so the mail server could not be checked.',
  'discover.reason.dns-failure':
    'This computer is connected to a network but cannot look up server names, so the mail server could not be found. Restart the router or ask IT to check the network’s name service (DNS).',
  'discover.reason.captive-portal':
    'This network seems to need a sign-in page first (as in hotels, trains or guest Wi-Fi): Microsoft’s server name leads to a local address. Open a web page, complete the sign-in, and try again.',
  'discover.reason.clock-skew': 'This computer’s clock is off by about {minutes, plural, one {# minute} other {# minutes}}; secure connections fail until it is corrected.',
  'discover.reason.cancelled': 'The check was cancelled before it finished.',

  // Network status.
  'discover.network.online': 'Connected to a network.',
  'discover.network.offline': 'No network connection.',
  'discover.network.dns-failure': 'Connected, but server names cannot be looked up.',
  'discover.network.captive-portal': 'The network probably needs a sign-in page first.',

  // Where the server name came from.
  'discover.host.given': 'The server you entered.',
  'discover.host.consumer-domain': '{domain} is an Outlook.com address, so mail goes out through smtp-mail.outlook.com.',
  'discover.host.microsoft365-mx': 'Mail for {domain} is handled by Microsoft 365, so mail goes out through smtp.office365.com.',
  'discover.host.microsoft365-dns': '{domain} points to Microsoft 365 in its DNS records, so mail goes out through smtp.office365.com.',
  'discover.host.default':
    'Nothing in the DNS records of {domain} says Microsoft 365; smtp.office365.com is checked anyway because this app sets up Microsoft 365.',

  // Domain checks, each with what it means for sending.
  'discover.domain.mx.microsoft365':
    'Mail for {domain} is delivered to Microsoft 365 ({host}). Send through smtp.office365.com. For a printer or app that cannot sign in, IT can set up relay or Direct Send to {host} on port 25.',
  'discover.domain.mx.outlook-com': 'Mail for {domain} is handled by Outlook.com (personal Microsoft accounts).',
  'discover.domain.mx.other':
    'Mail for {domain} is delivered to {host}, which is not Microsoft 365. If your mailbox is on Microsoft 365 anyway (for example behind a mail filter), ask IT which server to send through.',
  'discover.domain.mx.none': '{domain} has no mail (MX) record, so mail to this domain would not arrive. Check the spelling of the address.',
  'discover.domain.mx.failed': 'The mail (MX) record of {domain} could not be looked up ({code}).',
  'discover.domain.spf.microsoft':
    '{domain} allows Microsoft 365 to send its mail (its SPF record includes spf.protection.outlook.com), so mail sent through Microsoft 365 is not taken for forged.',
  'discover.domain.spf.other':
    '{domain} has an SPF record, but it does not name Microsoft 365. Mail sent through Microsoft 365 may land in spam or be refused; IT can add include:spf.protection.outlook.com.',
  'discover.domain.spf.none': '{domain} publishes no SPF record, so receivers cannot check who may send its mail, and some treat it as spam.',
  'discover.domain.spf.failed': 'The SPF record of {domain} could not be looked up ({code}).',
  'discover.domain.autodiscover.microsoft': 'Outlook can find the settings for {domain} by itself: autodiscover points to Microsoft 365.',
  'discover.domain.autodiscover.other':
    'Autodiscover for {domain} points to {target}, not to Microsoft 365, so Outlook may not set itself up automatically. Sending is not affected.',
  'discover.domain.autodiscover.none':
    '{domain} has no autodiscover record, so Outlook may ask for the settings by hand. Sending is not affected.',
  'discover.domain.autodiscover.failed': 'The autodiscover record of {domain} could not be looked up ({code}).',
  'discover.domain.dmarc.strict':
    '{domain} has a strict DMARC policy (p={policy}): receivers refuse or put in spam any mail that falsely claims to come from it. Send through Microsoft 365 with your own address; a device sending straight to outside addresses will be refused.',
  'discover.domain.dmarc.monitor': '{domain} has a DMARC record that only monitors (p=none); sending is not affected.',
  'discover.domain.dmarc.none': '{domain} has no DMARC record. Sending works; receivers just get less help spotting forged mail.',
  'discover.domain.dmarc.failed': 'The DMARC record of {domain} could not be looked up ({code}).',

  // Clock.
  'discover.clock.ok': 'This computer’s clock agrees with the mail server’s.',
  'discover.clock.ahead': 'This computer’s clock is about {minutes, plural, one {# minute} other {# minutes}} ahead of the mail server’s. Correct the date and time in the system settings.',
  'discover.clock.behind': 'This computer’s clock is about {minutes, plural, one {# minute} other {# minutes}} behind the mail server’s. Correct the date and time in the system settings.',
  'discover.clock.unknown': 'The mail server did not say what time it is, so the clock could not be compared.',

  // CLI output.
  'discover.cli.checking': 'Checking {host} on ports {ports}…',
  'discover.cli.heading.recommendation': 'Recommendation',
  'discover.cli.heading.domain': 'Domain {domain}',
  'discover.cli.heading.clock': 'Clock',
  'discover.cli.heading.network': 'Network',
  'discover.cli.recommend': 'Use {host} port {port} with {mode}.',
  'discover.cli.recommend-none': 'No working way to send was found from this network.',
  'discover.cli.relay': 'Relay / Direct Send host: {host} (port 25)',
  'discover.cli.findings': 'Findings: {ids}',
  'discover.cli.input-missing': 'give an address (user@domain) or --host HOST',
  'discover.cli.input-both': 'give either an address or --host, not both',
  'discover.cli.input-invalid': '"{value}" is neither an email address nor a server name',
  'discover.cli.bad-ports': '--ports: {problem}',
  'discover.problem.not-a-port': '"{value}" is not a port (1–65535, optionally /starttls, /tls or /none)',
  'discover.problem.no-port': 'no port given',
  'discover.problem.not-an-address': '"{value}" is not a valid email address',
  'discover.cli.bad-resolve': '--resolve expects NAME:ADDRESS (for example smtp.office365.com:127.0.0.1), got "{value}"',
  'discover.cli.bad-timeout': '--timeout expects a number of seconds, got "{value}"',
  'discover.cli.secret-refused': '{flag}: discover never signs in, so it takes no password or token',
} as const;

export type DiscoverMessageKey = keyof typeof discover;

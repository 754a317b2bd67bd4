/** English messages: probe. Keys are stable ids; see shared/i18n/translate.ts. */
export const probe = {
  // Stage names in plain words, one per stage of the STAGES table (shared/stages.ts).
  'probe.stage.resolve.name': 'Find the mail server',
  'probe.stage.connect.name': 'Reach the mail server',
  'probe.stage.greeting.name': 'Wait for the server to answer',
  'probe.stage.ehlo.name': 'Introduce this computer',
  'probe.stage.starttls.name': 'Secure the connection',
  'probe.stage.tls.name': 'Secure the connection',
  'probe.stage.ehlo-tls.name': 'Introduce this computer again, securely',
  'probe.stage.auth.name': 'Sign in',
  'probe.stage.mail-from.name': 'Give the sender address',
  'probe.stage.rcpt-to.name': 'Give the recipient address',
  'probe.stage.data.name': 'Send the test message',
  'probe.stage.quit.name': 'Say goodbye',

  // Short status sentences for a stage row.
  'probe.status.pass': 'Done',
  'probe.status.warn': 'Done, with a warning',
  'probe.status.fail': 'Did not work',
  'probe.status.skipped': 'Not tried',
  'probe.status.running': 'Checking…',

  // What a stage saw (shared/stage-details.ts), technical and short: the CLI's table, the
  // saved JSON, the report and the result's step list. Server text arrives as a parameter.
  'probe.detail.resolve.resolved': '{host} → {addresses}',
  'probe.detail.resolve.literal': 'IP address given, no lookup needed',
  'probe.detail.resolve.literal-microsoft': 'IP address given; Microsoft asks for the DNS name',
  'probe.detail.resolve.failed': '{host}: {code}',
  'probe.detail.connect.connected': 'connected to {address}:{port}',
  'probe.detail.connect.failed': '{code}: {message}',
  'probe.detail.connect.port-silent':
    'no answer on port {port} within {waitedMs} ms, although the server answered on port {siblingPort} (round trip {rttMs} ms): something on the network blocks port {port}',
  'probe.detail.reply': '{reply}',
  'probe.detail.error': '{message}',
  'probe.detail.closed': 'the server closed the connection',
  'probe.detail.ready': 'session ready',
  'probe.detail.timeout': 'no answer within {ms} ms',
  'probe.detail.command-timeout': 'no answer to {command} in time',
  'probe.detail.ehlo.starttls-offered': '{count, plural, one {# extension} other {# extensions}}, STARTTLS offered',
  'probe.detail.ehlo.starttls-not-offered': '{count, plural, one {# extension} other {# extensions}}, STARTTLS not offered',
  'probe.detail.ehlo.auth-offered': '{count, plural, one {# extension} other {# extensions}}, AUTH {mechanisms}',
  'probe.detail.ehlo.auth-none-listed': '{count, plural, one {# extension} other {# extensions}}, AUTH (none listed)',
  'probe.detail.ehlo.no-auth': '{count, plural, one {# extension} other {# extensions}}, no AUTH offered',
  'probe.detail.tls.verified': '{protocol} {cipher}; certificate verified for {name}',
  'probe.detail.tls.verified-system-store': '{protocol} {cipher}; certificate verified for {name} (via the system store)',
  'probe.detail.tls.not-verified': '{protocol} {cipher}; certificate NOT verified ({error}), diagnosis {diagnosis}',
  'probe.detail.tls.trusted-by-fingerprint': '{protocol} {cipher}; certificate NOT verified ({error}), diagnosis {diagnosis}; trusted by fingerprint',
  'probe.detail.auth.not-encrypted': 'credentials are never sent over an unencrypted connection',
  'probe.detail.auth.accepted': '{mechanism}: {reply}',
  'probe.detail.auth.rejected': '{mechanism}: {reply}',
  'probe.detail.auth.unexpected-reply': '{mechanism}: {reply} (sign-in succeeds only with 235)',
  'probe.detail.auth.sign-in-failed': 'Microsoft sign-in failed: {failure}',
  'probe.detail.auth.sign-in-failed.aadsts': 'Microsoft sign-in failed: {failure} (AADSTS{aadsts})',
  'probe.detail.quit.no-reply': 'no reply to QUIT',
  'probe.detail.quit.closed': 'the connection closed without a reply to QUIT',
  'probe.detail.internal.stage-left-open': 'internal: stage left open',
  'probe.detail.skipped.earlier-failure': 'not run: an earlier stage failed',
  'probe.detail.skipped.cancelled': 'not run: cancelled',
  'probe.detail.skipped.no-credentials': 'not run: no credentials given',
  'probe.detail.skipped.no-test-message': 'not run: no test message requested',
  'probe.detail.text': '{text}',

  // `mail-setup probe` as text (electron/cli/probe-output.ts): terse, like the tools IT knows.
  'probe.cli.column.stage': 'stage',
  'probe.cli.column.status': 'status',
  'probe.cli.column.time': 'time',
  'probe.cli.column.detail': 'detail',
  'probe.cli.status.pass': 'ok',
  'probe.cli.status.warn': 'WARN',
  'probe.cli.status.fail': 'FAIL',
  'probe.cli.status.skipped': '-',
  'probe.cli.duration': '{ms} ms',
  'probe.cli.tls': 'TLS: {protocol} {cipher}; {verification}; {diagnosis}',
  'probe.cli.tls.verified': 'certificate verified',
  'probe.cli.tls.not-verified': 'certificate NOT verified ({error})',
  'probe.cli.tls.interceptor': 'TLS intercepted by: {product}',
  'probe.cli.tls.system-store': 'Trusted through a certificate in the system store.',
  'probe.cli.tls.certificate': '  {subject}  (issuer: {issuer}; valid to {validTo})',
  'probe.cli.findings': 'Findings:',
  // One line per verdict, so the verdict word is translated with its sentence.
  'probe.cli.verdict.pass': 'Verdict: pass ({ms} ms)',
  'probe.cli.verdict.warn': 'Verdict: warn ({ms} ms)',
  'probe.cli.verdict.fail': 'Verdict: fail ({ms} ms)',
  'probe.cli.verdict.cancelled': 'Verdict: cancelled ({ms} ms)',

  // Verdict sentences for the whole run.
  'probe.verdict.pass': 'Everything worked.',
  'probe.verdict.warn': 'It works, but something needs attention.',
  'probe.verdict.fail': 'Something stopped the test. See the highlighted step.',
  'probe.verdict.cancelled': 'The test was cancelled.',

  // What the certificate check concluded (TlsReport.diagnosis), after "diagnosis" or in a reason.
  'probe.tls.diagnosis.trusted': 'trusted',
  'probe.tls.diagnosis.intercepted': 'intercepted by a security program or proxy',
  'probe.tls.diagnosis.untrusted-root': 'issued by an authority this computer does not trust',
  'probe.tls.diagnosis.hostname-mismatch': 'made out for a different server name',
  'probe.tls.diagnosis.expired': 'expired',
  'probe.tls.diagnosis.not-yet-valid': 'not valid yet',
  'probe.tls.diagnosis.clock-skew': 'this computer’s clock looks wrong',
  'probe.tls.diagnosis.self-signed': 'self-signed',
  'probe.tls.diagnosis.unknown': 'reason not known',

  // Notes shown next to the TLS details.
  'probe.tls.trusted-via-system-store': 'Trusted because of a certificate installed on this computer.',
  'probe.tls.fingerprint-trusted': 'You chose to trust this server’s certificate. Only do this for your own internal mail server.',
  'probe.plain-connection': 'This connection is not encrypted. Use it only for a mail server inside your own network.',

  // The test message sent to the person's own address.
  'probe.test-message.subject': 'Mail Setup Assistant test message',
  'probe.test-message.not-encrypted': 'not encrypted',
  // {when}: date, time and time zone name in the reader's locale, e.g. "2 December 2026 at 10:30:00 CET".
  'probe.test-message.body':
    'Hello,\n\nThis is a test message from Mail Setup Assistant. If you can read it, sending email from this computer works.\n\nWhat was tested: the connection to {host} on port {port} ({security}), signing in, and sending this message.\nWhen: {when}\n\nYou can delete this message.\n',
} as const;
